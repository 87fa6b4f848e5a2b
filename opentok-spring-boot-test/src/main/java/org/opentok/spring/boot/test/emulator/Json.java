package org.opentok.spring.boot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's JSON mapper and node factories.
 *
 * @since 0.1.0
 */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	static ArrayNode strings(Collection<String> values) {
		ArrayNode array = array();
		values.forEach(array::add);
		return array;
	}

	static byte[] bytes(JsonNode node) {
		return MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
	}

	static String text(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	static ObjectNode error(int status, String message) {
		ObjectNode error = object();
		error.put("code", status);
		error.put("message", message);
		error.put("description", message);
		return error;
	}

}
