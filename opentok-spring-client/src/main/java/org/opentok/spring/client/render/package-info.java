/**
 * Experience Composer: rendering a web page into a session as a published stream.
 */
@NullMarked
package org.opentok.spring.client.render;

import org.jspecify.annotations.NullMarked;
