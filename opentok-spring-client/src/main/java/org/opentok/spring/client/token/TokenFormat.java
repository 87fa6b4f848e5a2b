package org.opentok.spring.client.token;

/**
 * The format of client tokens.
 *
 * @since 0.1.0
 */
public enum TokenFormat {

	/**
	 * A JWT, signed HS256 with the API secret (RS256 with a Vonage private key). What the
	 * newest official SDKs make; the default.
	 */
	JWT,

	/**
	 * The legacy {@code T1==} token, signed HMAC-SHA1 with the API secret. Not available
	 * with Vonage credentials.
	 */
	T1

}
