/**
 * Live-streaming broadcasts of a session to HLS and RTMP.
 */
@NullMarked
package org.opentok.spring.client.broadcast;

import org.jspecify.annotations.NullMarked;
