package org.opentok.spring.boot.test.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A request received by the emulator.
 *
 * @param method the HTTP method
 * @param path the decoded path
 * @param query the decoded query parameters (first value of each)
 * @param headers the request headers
 * @param body the raw body, empty until it is read
 * @since 0.1.0
 */
record ApiRequest(String method, String path, Map<String, String> query, Headers headers, byte[] body) {

	private static final byte[] NO_BODY = new byte[0];

	/**
	 * Creates a request whose body is not read yet.
	 * @param method the HTTP method
	 * @param path the decoded path
	 * @param query the decoded query parameters
	 * @param headers the request headers
	 * @return the request with an empty body
	 */
	static ApiRequest head(String method, String path, Map<String, String> query, Headers headers) {
		return new ApiRequest(method, path, query, headers, NO_BODY);
	}

	ApiRequest withBody(byte[] body) {
		return new ApiRequest(this.method, this.path, this.query, this.headers, body);
	}

	static Map<String, String> parseForm(@Nullable String encoded) {
		Map<String, String> values = new LinkedHashMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return values;
		}
		for (String pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			values.putIfAbsent(name, value);
		}
		return values;
	}

	private static String decode(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw ApiError.badRequest("Malformed URL encoding: " + value);
		}
	}

	@Nullable String header(String name) {
		return this.headers.getFirst(name);
	}

	/**
	 * Returns the media type of the body without parameters, lower case.
	 * @return the media type, or an empty string
	 */
	String mediaType() {
		String contentType = header("Content-Type");
		if (contentType == null) {
			return "";
		}
		int semicolon = contentType.indexOf(';');
		return ((semicolon < 0) ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
	}

	String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

}
