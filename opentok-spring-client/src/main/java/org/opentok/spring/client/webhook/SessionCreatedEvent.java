package org.opentok.spring.client.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The first client connected to a session ({@code sessionCreated}, session monitoring).
 *
 * @param sessionId the session
 * @param projectId the API key (or Vonage application id) the session belongs to, or
 * {@code null}
 * @param timestamp when the session started, or {@code null} when OpenTok did not say
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record SessionCreatedEvent(String sessionId, @Nullable String projectId, @Nullable Instant timestamp,
		JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.SESSION_CREATED;
	}

}
