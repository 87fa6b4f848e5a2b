package org.opentok.spring.client.token;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

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
	T1;

	/**
	 * Returns the format a user named, by constant name ({@code JWT}), matched exactly:
	 * how Jackson reads this type from JSON.
	 * @param value the constant name
	 * @return the format
	 * @throws IllegalArgumentException if {@code value} names no format, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static TokenFormat parse(@Nullable String value) {
		return WireEnums.parse(values(), Enum::name, null, value);
	}

}
