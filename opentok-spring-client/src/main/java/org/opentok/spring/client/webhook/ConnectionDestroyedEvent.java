package org.opentok.spring.client.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A client left a session ({@code connectionDestroyed}, session monitoring).
 *
 * @param sessionId the session
 * @param projectId the API key (or Vonage application id) the session belongs to, or
 * {@code null}
 * @param timestamp when the client left, or {@code null} when OpenTok did not say
 * @param rawReason the {@code reason} exactly as sent, or {@code null} when there was
 * none; {@link #reason()} reads it
 * @param connection the connection that ended
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record ConnectionDestroyedEvent(String sessionId, @Nullable String projectId, @Nullable Instant timestamp,
		@Nullable String rawReason, EventConnection connection, JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.CONNECTION_DESTROYED;
	}

	/**
	 * Returns why the client left.
	 * @return the reason; {@link DestroyReason#UNKNOWN} for a reason this version does
	 * not know, or none, in which case {@link #rawReason()} holds what arrived
	 */
	public DestroyReason reason() {
		return DestroyReason.fromWire(this.rawReason);
	}

}
