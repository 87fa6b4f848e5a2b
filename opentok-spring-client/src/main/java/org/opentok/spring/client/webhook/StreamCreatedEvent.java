package org.opentok.spring.client.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A client started publishing a stream ({@code streamCreated}, session monitoring).
 *
 * @param sessionId the session
 * @param projectId the API key (or Vonage application id) the session belongs to, or
 * {@code null}
 * @param timestamp when the stream was published, or {@code null} when OpenTok did not
 * say
 * @param stream the new stream
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record StreamCreatedEvent(String sessionId, @Nullable String projectId, @Nullable Instant timestamp,
		EventStream stream, JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.STREAM_CREATED;
	}

}
