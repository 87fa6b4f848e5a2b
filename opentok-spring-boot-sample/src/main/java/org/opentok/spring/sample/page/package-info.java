/**
 * What the sample's page needs to know from the server: the mode and where OpenTok.js is.
 */
@NullMarked
package org.opentok.spring.sample.page;

import org.jspecify.annotations.NullMarked;
