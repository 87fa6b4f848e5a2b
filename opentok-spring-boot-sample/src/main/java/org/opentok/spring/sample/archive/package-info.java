/**
 * Archives of rooms, with the latest status OpenTok reported through webhooks.
 */
@NullMarked
package org.opentok.spring.sample.archive;

import org.jspecify.annotations.NullMarked;
