package org.opentok.spring.client.token;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Reads the API key a session id belongs to: ids are {@code 1_} followed by URL-safe
 * base64 of {@code ~}-separated fields, the second of which is the API key.
 */
final class SessionIds {

	private SessionIds() {
	}

	static String apiKeyOf(String sessionId) {
		String[] fields = decode(sessionId).split("~");
		if (fields.length < 2 || fields[1].isEmpty()) {
			throw invalid(sessionId);
		}
		return fields[1];
	}

	private static String decode(String sessionId) {
		if (sessionId.length() < 3 || sessionId.charAt(1) != '_') {
			throw invalid(sessionId);
		}
		try {
			return new String(Base64.getUrlDecoder().decode(stripPadding(sessionId.substring(2))),
					StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(sessionId);
		}
	}

	private static String stripPadding(String base64) {
		int end = base64.length();
		while (end > 0 && base64.charAt(end - 1) == '=') {
			end--;
		}
		return base64.substring(0, end);
	}

	private static IllegalArgumentException invalid(String sessionId) {
		return new IllegalArgumentException("'sessionId' is not an OpenTok session id: '" + sessionId + "'");
	}

}
