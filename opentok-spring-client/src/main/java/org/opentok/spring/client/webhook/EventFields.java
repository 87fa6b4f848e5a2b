package org.opentok.spring.client.webhook;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the top-level fields of a callback body, tolerant of numbers sent as strings and
 * the other way round, strict about values of the wrong shape.
 *
 * @since 0.1.0
 */
final class EventFields {

	private EventFields() {
	}

	static @Nullable String text(JsonNode json, String name) {
		JsonNode value = json.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isNumber()) {
			return value.asString();
		}
		throw new InvalidOpenTokEventException("'" + name + "' must be a string", null);
	}

	// a string field as sent, null when absent or of
	// another shape: for fields a record already read
	static @Nullable String rawText(JsonNode json, String name) {
		JsonNode value = json.get(name);
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

	static @Nullable String firstText(JsonNode json, String name, String alias) {
		String value = text(json, name);
		return (value != null) ? value : text(json, alias);
	}

	static String requiredText(JsonNode json, String name, String event) {
		String value = text(json, name);
		if (value == null || value.isBlank()) {
			throw new InvalidOpenTokEventException("'" + name + "' is missing from the " + event + " event", null);
		}
		return value;
	}

	static JsonNode requiredObject(JsonNode json, String name, String event) {
		JsonNode value = json.get(name);
		if (value == null || !value.isObject()) {
			throw new InvalidOpenTokEventException("'" + name + "' object is missing from the " + event + " event",
					null);
		}
		return value;
	}

	static @Nullable Instant epochMillis(JsonNode json, String name) {
		Long value = wholeNumber(json, name);
		return (value != null) ? Instant.ofEpochMilli(value) : null;
	}

	static @Nullable Duration seconds(JsonNode json, String name) {
		Long value = wholeNumber(json, name);
		return (value != null) ? Duration.ofSeconds(value) : null;
	}

	private static @Nullable Long wholeNumber(JsonNode json, String name) {
		JsonNode value = json.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			return value.longValue();
		}
		if (value.isString()) {
			try {
				return Long.parseLong(value.stringValue().strip());
			}
			catch (NumberFormatException ex) {
				// reported below
			}
		}
		throw new InvalidOpenTokEventException("'" + name + "' must be a whole number", null);
	}

}
