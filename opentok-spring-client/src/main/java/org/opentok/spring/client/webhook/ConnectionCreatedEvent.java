package org.opentok.spring.client.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A client connected to a session ({@code connectionCreated}, session monitoring).
 *
 * @param sessionId the session
 * @param projectId the API key (or Vonage application id) the session belongs to, or
 * {@code null}
 * @param timestamp when the client connected, or {@code null} when OpenTok did not say
 * @param connection the new connection
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record ConnectionCreatedEvent(String sessionId, @Nullable String projectId, @Nullable Instant timestamp,
		EventConnection connection, JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.CONNECTION_CREATED;
	}

}
