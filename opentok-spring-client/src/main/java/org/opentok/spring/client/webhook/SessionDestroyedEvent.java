package org.opentok.spring.client.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A session ended ({@code sessionDestroyed}, session monitoring): the last client left,
 * or OpenTok disconnected every client, for example when the session's media server was
 * rotated ({@link DestroyReason#SERVER_ROTATION}) or failed. The session id stays valid
 * and can be connected to again.
 *
 * @param sessionId the session
 * @param projectId the API key (or Vonage application id) the session belongs to, or
 * {@code null}
 * @param timestamp when the session ended, or {@code null} when OpenTok did not say
 * @param rawReason the {@code reason} exactly as sent, or {@code null} when there was
 * none; {@link #reason()} reads it
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record SessionDestroyedEvent(String sessionId, @Nullable String projectId, @Nullable Instant timestamp,
		@Nullable String rawReason, JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.SESSION_DESTROYED;
	}

	/**
	 * Returns why the session ended.
	 * @return the reason; {@link DestroyReason#UNKNOWN} for a reason this version does
	 * not know, or none, in which case {@link #rawReason()} holds what arrived
	 */
	public DestroyReason reason() {
		return DestroyReason.fromWire(this.rawReason);
	}

}
