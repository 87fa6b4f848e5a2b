package org.opentok.spring.client.webhook;

import tools.jackson.databind.JsonNode;

import org.opentok.spring.client.broadcast.Broadcast;
import org.opentok.spring.client.broadcast.BroadcastStatus;

/**
 * A live-streaming broadcast changed ({@code "event":"broadcast"}): sent to the broadcast
 * callback URL when it starts, stops or its HLS or RTMP outputs change status.
 *
 * @param broadcast the broadcast as OpenTok described it in the callback
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record BroadcastStatusEvent(Broadcast broadcast, JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.BROADCAST_STATUS;
	}

	@Override
	public String sessionId() {
		return this.broadcast.sessionId();
	}

	/**
	 * Returns the broadcast's status.
	 * @return the status, {@link BroadcastStatus#UNKNOWN} for one this version does not
	 * know
	 */
	public BroadcastStatus status() {
		return this.broadcast.status();
	}

}
