package org.opentok.spring.client.core;

/**
 * An OpenTok account's API key and secret, used only for project management calls (their
 * auth JWT says {@code ist=account}).
 *
 * @param apiKey the account's numeric API key
 * @param apiSecret the account's API secret
 * @since 0.1.0
 */
public record AccountCredentials(String apiKey, String apiSecret) {

	/**
	 * Validates the key and the secret.
	 * @param apiKey the account's numeric API key
	 * @param apiSecret the account's API secret
	 */
	public AccountCredentials {
		ProjectCredentials.requireNumericKey("apiKey", apiKey);
		if (apiSecret == null || apiSecret.isBlank()) {
			throw new IllegalArgumentException("'apiSecret' must not be blank");
		}
	}

	@Override
	public String toString() {
		return "AccountCredentials[apiKey=" + this.apiKey + ", apiSecret=******]";
	}

}
