package org.opentok.spring.client.archive;

import java.time.Duration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an archive's {@code duration}, whole seconds written as a number or a numeric
 * string, as a {@link Duration}. Explicit, so that a mapper configured to read durations
 * as milliseconds or nanoseconds cannot change the meaning.
 */
class SecondsDeserializer extends ValueDeserializer<Duration> {

	@Override
	public Duration deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
			return Duration.ofSeconds(parser.getLongValue());
		}
		String text = parser.getString().strip();
		try {
			return Duration.ofSeconds(Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			return (Duration) context.handleWeirdStringValue(Duration.class, text, "expected whole seconds");
		}
	}

}
