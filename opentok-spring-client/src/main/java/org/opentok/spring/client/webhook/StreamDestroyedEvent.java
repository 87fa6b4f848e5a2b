package org.opentok.spring.client.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A stream stopped ({@code streamDestroyed}, session monitoring).
 *
 * @param sessionId the session
 * @param projectId the API key (or Vonage application id) the session belongs to, or
 * {@code null}
 * @param timestamp when the stream stopped, or {@code null} when OpenTok did not say
 * @param rawReason the {@code reason} exactly as sent, or {@code null} when there was
 * none; {@link #reason()} reads it
 * @param stream the stream that stopped
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record StreamDestroyedEvent(String sessionId, @Nullable String projectId, @Nullable Instant timestamp,
		@Nullable String rawReason, EventStream stream, JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.STREAM_DESTROYED;
	}

	/**
	 * Returns why the stream stopped.
	 * @return the reason; {@link DestroyReason#UNKNOWN} for a reason this version does
	 * not know, or none, in which case {@link #rawReason()} holds what arrived
	 */
	public DestroyReason reason() {
		return DestroyReason.fromWire(this.rawReason);
	}

}
