package org.opentok.spring.boot.test.emulator;

/**
 * An API key and secret the emulator accepts: a project's (for the API and tokens) or the
 * account's (for project management).
 *
 * @param apiKey the numeric API key
 * @param apiSecret the API secret
 * @since 0.1.0
 */
public record EmulatorCredentials(String apiKey, String apiSecret) {

	/**
	 * Creates credentials.
	 * @param apiKey the numeric API key
	 * @param apiSecret the API secret, at least 32 characters (HS256 needs a 256-bit key)
	 */
	public EmulatorCredentials {
		if (apiKey == null || apiKey.isEmpty() || !apiKey.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new IllegalArgumentException("'apiKey' must be a numeric OpenTok API key, got '" + apiKey + "'");
		}
		if (apiSecret == null || apiSecret.length() < 32) {
			throw new IllegalArgumentException(
					"'apiSecret' must have at least 32 characters (OpenTok secrets have 40), "
							+ "because HS256 needs a 256-bit key");
		}
	}

	@Override
	public String toString() {
		return "EmulatorCredentials[apiKey=" + this.apiKey + ", apiSecret=******]";
	}

}
