/**
 * Live captions of a session's audio.
 */
@NullMarked
package org.opentok.spring.client.caption;

import org.jspecify.annotations.NullMarked;
