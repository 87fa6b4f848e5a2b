package org.opentok.spring.client.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * Reads the project a session id belongs to: ids are {@code 1_} (or {@code 2_}) followed
 * by URL-safe base64 of {@code ~}-separated fields, the second of which is the API key
 * (or Vonage application id). Runs once per token request, so it scans the decoded bytes
 * instead of decoding to a String and splitting it. {@link Arguments#requireSessionId}
 * checks the full shape a session id must have before it is sent to OpenTok.
 *
 * @since 0.1.0
 */
public final class SessionIds {

	private SessionIds() {
	}

	/**
	 * Returns the API key, or Vonage application id, a session id belongs to: field 1 of
	 * its decoded fields.
	 * @param sessionId the session id
	 * @return the API key or application id
	 * @throws IllegalArgumentException if the id does not decode to {@code ~}-separated
	 * fields with a non-empty field 1
	 */
	public static String projectIdOf(String sessionId) {
		String projectId = readProjectId(sessionId);
		if (projectId == null) {
			throw new IllegalArgumentException(
					"'sessionId' is not an OpenTok session id: " + Arguments.quote(sessionId));
		}
		return projectId;
	}

	static @Nullable String readProjectId(String sessionId) {
		byte[] fields = decode(sessionId);
		if (fields == null) {
			return null;
		}
		int start = indexOf(fields, 0) + 1;
		if (start == 0) {
			return null;
		}
		int end = indexOf(fields, start);
		if (end < 0) {
			end = fields.length;
		}
		return (start < end) ? new String(fields, start, end - start, StandardCharsets.UTF_8) : null;
	}

	private static int indexOf(byte[] fields, int from) {
		for (int i = from; i < fields.length; i++) {
			if (fields[i] == '~') {
				return i;
			}
		}
		return -1;
	}

	private static byte @Nullable [] decode(String sessionId) {
		// the version digit before '_' is written as it is into T1 tokens' data
		if (sessionId.length() < 3 || sessionId.charAt(0) < '0' || sessionId.charAt(0) > '9'
				|| sessionId.charAt(1) != '_') {
			return null;
		}
		int end = sessionId.length();
		while (end > 2 && sessionId.charAt(end - 1) == '=') {
			end--;
		}
		byte[] base64 = new byte[end - 2];
		for (int i = 0; i < base64.length; i++) {
			char c = sessionId.charAt(i + 2);
			if (c >= 0x80) {
				return null;
			}
			base64[i] = (byte) c;
		}
		try {
			return Base64.getUrlDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
