package org.opentok.spring.boot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Builds and reads session ids in OpenTok's format: {@code 1_} and the URL-safe base64
 * (no padding) of {@code 1~<apiKey>~<location>~<created ms>~<random>~~}.
 *
 * @since 0.1.0
 */
final class SessionIds {

	private SessionIds() {
	}

	static String create(String projectId, @Nullable String location, Instant createdAt) {
		String payload = "1~" + projectId + "~" + ((location != null) ? location : "") + "~" + createdAt.toEpochMilli()
				+ "~" + Ids.alphanumeric(24) + "~~";
		return "1_" + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Returns the project id a session id names (field 1 of the decoded id).
	 * @param sessionId the session id
	 * @return the API key or application id, or {@code null} if the id is not in
	 * OpenTok's format
	 */
	static @Nullable String projectIdOf(String sessionId) {
		if (sessionId.length() < 3 || sessionId.charAt(1) != '_') {
			return null;
		}
		String base64 = sessionId.substring(2).replace('+', '-').replace('/', '_');
		int padding = base64.indexOf('=');
		if (padding >= 0) {
			base64 = base64.substring(0, padding);
		}
		try {
			String[] fields = new String(Base64.getUrlDecoder().decode(base64), StandardCharsets.UTF_8).split("~");
			return (fields.length > 1 && !fields[1].isEmpty()) ? fields[1] : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
