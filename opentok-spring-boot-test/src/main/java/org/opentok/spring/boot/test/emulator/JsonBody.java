package org.opentok.spring.boot.test.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON object in a request body, read the way the service checks it: every wrongly
 * typed or out-of-range field is a 400 that names the field.
 *
 * @since 0.1.0
 */
final class JsonBody {

	private final ObjectNode node;

	private final String prefix;

	private JsonBody(ObjectNode node, String prefix) {
		this.node = node;
		this.prefix = prefix;
	}

	static JsonBody parse(byte[] body) {
		JsonNode node;
		try {
			node = Json.MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw ApiError.badRequest("Invalid JSON in the request body");
		}
		if (node == null || !node.isObject()) {
			throw ApiError.badRequest("The request body must be a JSON object");
		}
		return new JsonBody((ObjectNode) node, "");
	}

	ObjectNode node() {
		return this.node;
	}

	boolean has(String name) {
		JsonNode value = this.node.get(name);
		return value != null && !value.isNull();
	}

	String requiredString(String name) {
		String value = optionalString(name);
		if (value == null || value.isBlank()) {
			throw ApiError.badRequest("'" + this.prefix + name + "' is required");
		}
		return value;
	}

	@Nullable String optionalString(String name) {
		JsonNode value = present(name);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			throw invalid(name, "must be a string");
		}
		return value.asString();
	}

	@Nullable Boolean optionalBoolean(String name) {
		JsonNode value = present(name);
		if (value == null) {
			return null;
		}
		if (!value.isBoolean()) {
			throw invalid(name, "must be true or false");
		}
		return value.asBoolean();
	}

	boolean booleanOr(String name, boolean absent) {
		Boolean value = optionalBoolean(name);
		return (value != null) ? value : absent;
	}

	@Nullable Integer optionalInt(String name, int min, int max) {
		JsonNode value = present(name);
		if (value == null) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw invalid(name, "must be a whole number");
		}
		int number = value.asInt();
		if (number < min || number > max) {
			throw invalid(name, "must be between " + min + " and " + max + ", got " + number);
		}
		return number;
	}

	int intOr(String name, int min, int max, int absent) {
		Integer value = optionalInt(name, min, max);
		return (value != null) ? value : absent;
	}

	@Nullable String optionalEnum(String name, List<String> allowed) {
		String value = optionalString(name);
		if (value != null && !allowed.contains(value)) {
			throw invalid(name, "must be one of " + allowed + ", got '" + value + "'");
		}
		return value;
	}

	@Nullable JsonBody optionalObject(String name) {
		JsonNode value = present(name);
		if (value == null) {
			return null;
		}
		if (!value.isObject()) {
			throw invalid(name, "must be a JSON object");
		}
		return new JsonBody((ObjectNode) value, this.prefix + name + ".");
	}

	JsonBody requiredObject(String name) {
		JsonBody value = optionalObject(name);
		if (value == null) {
			throw ApiError.badRequest("'" + this.prefix + name + "' is required");
		}
		return value;
	}

	@Nullable List<JsonBody> optionalObjects(String name) {
		JsonNode value = present(name);
		if (value == null) {
			return null;
		}
		if (!value.isArray()) {
			throw invalid(name, "must be an array");
		}
		List<JsonBody> items = new ArrayList<>();
		int index = 0;
		for (JsonNode item : value.values()) {
			if (!item.isObject()) {
				throw invalid(name + "[" + index + "]", "must be a JSON object");
			}
			items.add(new JsonBody((ObjectNode) item, this.prefix + name + "[" + index + "]."));
			index++;
		}
		return items;
	}

	@Nullable List<String> optionalStrings(String name) {
		JsonNode value = present(name);
		if (value == null) {
			return null;
		}
		if (!value.isArray()) {
			throw invalid(name, "must be an array of strings");
		}
		List<String> items = new ArrayList<>();
		for (JsonNode item : value.values()) {
			if (!item.isString()) {
				throw invalid(name, "must be an array of strings");
			}
			items.add(item.asString());
		}
		return items;
	}

	@Nullable Map<String, String> optionalStringMap(String name) {
		JsonNode value = present(name);
		if (value == null) {
			return null;
		}
		if (!value.isObject()) {
			throw invalid(name, "must be an object of strings");
		}
		Map<String, String> entries = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : value.properties()) {
			if (!entry.getValue().isString()) {
				throw invalid(name + "." + entry.getKey(), "must be a string");
			}
			entries.put(entry.getKey(), entry.getValue().asString());
		}
		return entries;
	}

	ApiError invalid(String name, String problem) {
		return ApiError.badRequest("'" + this.prefix + name + "' " + problem);
	}

	private @Nullable JsonNode present(String name) {
		JsonNode value = this.node.get(name);
		return (value == null || value.isNull()) ? null : value;
	}

}
