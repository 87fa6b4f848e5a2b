package org.opentok.spring.client.core;

import java.net.URI;

/**
 * An OpenTok project's API key and secret. REST calls carry an HS256 JWT in
 * {@code X-OPENTOK-AUTH}; client tokens are signed with the secret.
 *
 * @param apiKey the project's numeric API key
 * @param apiSecret the project's API secret
 * @since 0.1.0
 */
public record ProjectCredentials(String apiKey, String apiSecret) implements OpenTokCredentials {

	/**
	 * The OpenTok API base URL.
	 */
	public static final URI OPENTOK_API_URL = URI.create("https://api.opentok.com");

	/**
	 * Validates the key and the secret.
	 * @param apiKey the project's numeric API key
	 * @param apiSecret the project's API secret
	 */
	public ProjectCredentials {
		requireNumericKey("apiKey", apiKey);
		if (apiSecret == null || apiSecret.isBlank()) {
			throw new IllegalArgumentException("'apiSecret' must not be blank");
		}
	}

	static void requireNumericKey(String name, String key) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("'" + name + "' must not be blank");
		}
		if (!key.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new IllegalArgumentException("'" + name + "' must be the numeric OpenTok API key, got '" + key + "'");
		}
	}

	@Override
	public String projectId() {
		return this.apiKey;
	}

	@Override
	public URI defaultApiUrl() {
		return OPENTOK_API_URL;
	}

	@Override
	public String toString() {
		return "ProjectCredentials[apiKey=" + this.apiKey + ", apiSecret=******]";
	}

}
