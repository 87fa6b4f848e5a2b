package org.opentok.spring.client.webhook;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object this version does not recognise as any OpenTok callback, such as an event
 * OpenTok added later. Listen for it to log or store what arrives.
 *
 * @param event the body's {@code event} field, or {@code null} when it has none
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record UnknownOpenTokEvent(@Nullable String event, JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.UNKNOWN;
	}

	@Override
	public @Nullable String sessionId() {
		JsonNode sessionId = this.json.get("sessionId");
		return (sessionId != null && sessionId.isString()) ? sessionId.stringValue() : null;
	}

}
