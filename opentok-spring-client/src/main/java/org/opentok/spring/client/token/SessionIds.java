package org.opentok.spring.client.token;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.opentok.spring.client.core.Arguments;

/**
 * Reads the API key a session id belongs to: ids are {@code 1_} followed by URL-safe
 * base64 of {@code ~}-separated fields, the second of which is the API key. Runs once per
 * token request, so it scans the decoded bytes instead of decoding to a String and
 * splitting it.
 */
final class SessionIds {

	private SessionIds() {
	}

	static String apiKeyOf(String sessionId) {
		byte[] fields = decode(sessionId);
		int start = indexOf(fields, 0) + 1;
		int end = (start > 0) ? indexOf(fields, start) : -1;
		if (end < 0) {
			end = fields.length;
		}
		if (start <= 0 || start == end) {
			throw invalid(sessionId);
		}
		return new String(fields, start, end - start, StandardCharsets.UTF_8);
	}

	private static int indexOf(byte[] fields, int from) {
		for (int i = from; i < fields.length; i++) {
			if (fields[i] == '~') {
				return i;
			}
		}
		return -1;
	}

	private static byte[] decode(String sessionId) {
		// the version digit before '_' is written as it is into T1 tokens' data
		if (sessionId.length() < 3 || sessionId.charAt(0) < '0' || sessionId.charAt(0) > '9'
				|| sessionId.charAt(1) != '_') {
			throw invalid(sessionId);
		}
		int end = sessionId.length();
		while (end > 2 && sessionId.charAt(end - 1) == '=') {
			end--;
		}
		byte[] base64 = new byte[end - 2];
		for (int i = 0; i < base64.length; i++) {
			char c = sessionId.charAt(i + 2);
			if (c >= 0x80) {
				throw invalid(sessionId);
			}
			base64[i] = (byte) c;
		}
		try {
			return Base64.getUrlDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(sessionId);
		}
	}

	private static IllegalArgumentException invalid(String sessionId) {
		return new IllegalArgumentException(
				"'sessionId' is not an OpenTok session id: '" + Arguments.printable(sessionId) + "'");
	}

}
