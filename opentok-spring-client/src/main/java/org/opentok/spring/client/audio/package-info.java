/**
 * Streaming a session's audio to a WebSocket server (the Audio Connector).
 */
@NullMarked
package org.opentok.spring.client.audio;

import org.jspecify.annotations.NullMarked;
