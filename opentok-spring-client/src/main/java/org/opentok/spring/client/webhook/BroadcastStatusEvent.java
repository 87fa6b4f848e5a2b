package org.opentok.spring.client.webhook;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.opentok.spring.client.broadcast.Broadcast;
import org.opentok.spring.client.broadcast.BroadcastStatus;

/**
 * A live-streaming broadcast changed ({@code "event":"broadcast"}): sent to the broadcast
 * callback URL when it starts, stops or fails, or its HLS or RTMP outputs change status.
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
	 * know, in which case {@link #rawStatus()} holds what arrived
	 */
	public BroadcastStatus status() {
		return this.broadcast.status();
	}

	/**
	 * Returns the {@code status} of the callback exactly as sent.
	 * @return the status string, or {@code null} when there was none
	 */
	public @Nullable String rawStatus() {
		return EventFields.rawText(this.json, "status");
	}

}
