package org.opentok.spring.boot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An answer of the emulated API.
 *
 * @param status the HTTP status
 * @param contentType the body's content type, or {@code null} without a body
 * @param body the body, empty for none
 * @param headers extra headers
 * @since 0.1.0
 */
record ApiResponse(int status, @Nullable String contentType, byte[] body, Map<String, String> headers) {

	static ApiResponse json(int status, JsonNode body) {
		return new ApiResponse(status, "application/json", Json.bytes(body), Map.of());
	}

	static ApiResponse ok(JsonNode body) {
		return json(200, body);
	}

	static ApiResponse empty(int status) {
		return new ApiResponse(status, null, new byte[0], Map.of());
	}

	static ApiResponse noContent() {
		return empty(204);
	}

	static ApiResponse error(ApiError error) {
		return json(error.status(), Json.error(error.status(), error.getMessage()));
	}

	static ApiResponse of(int status, String contentType, String body) {
		return new ApiResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
	}

	ApiResponse withHeader(String name, String value) {
		Map<String, String> all = new LinkedHashMap<>(this.headers);
		all.put(name, value);
		return new ApiResponse(this.status, this.contentType, this.body, Map.copyOf(all));
	}

}
