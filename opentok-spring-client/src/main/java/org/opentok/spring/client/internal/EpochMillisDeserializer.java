package org.opentok.spring.client.internal;

import java.time.Instant;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads OpenTok's times, milliseconds since the epoch written as a number or a numeric
 * string, as {@link Instant}s. Use with
 * {@code @JsonDeserialize(using = EpochMillisDeserializer.class)}.
 *
 * @since 0.1.0
 */
public class EpochMillisDeserializer extends ValueDeserializer<Instant> {

	@Override
	public Instant deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
			return Instant.ofEpochMilli(parser.getLongValue());
		}
		String text = parser.getString().strip();
		try {
			return Instant.ofEpochMilli(Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			return (Instant) context.handleWeirdStringValue(Instant.class, text,
					"expected milliseconds since the epoch");
		}
	}

}
