package org.opentok.spring.client.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The last client left a session ({@code sessionDestroyed}, session monitoring). The
 * session id stays valid and can be connected to again.
 *
 * @param sessionId the session
 * @param projectId the API key (or Vonage application id) the session belongs to, or
 * {@code null}
 * @param timestamp when the session ended, or {@code null} when OpenTok did not say
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record SessionDestroyedEvent(String sessionId, @Nullable String projectId, @Nullable Instant timestamp,
		JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.SESSION_DESTROYED;
	}

}
