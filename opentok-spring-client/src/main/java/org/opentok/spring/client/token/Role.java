package org.opentok.spring.client.token;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * What a client token allows its holder to do in a session.
 *
 * @since 0.1.0
 */
public enum Role {

	/**
	 * Subscribe to streams only.
	 */
	SUBSCRIBER("subscriber"),

	/**
	 * Publish and subscribe (the default).
	 */
	PUBLISHER("publisher"),

	/**
	 * Publish, subscribe and moderate: force other clients to disconnect or mute.
	 */
	MODERATOR("moderator"),

	/**
	 * Publish only, without subscribing.
	 */
	PUBLISHER_ONLY("publisheronly");

	private final String wireValue;

	Role(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string tokens carry for this role, such as {@code publisheronly}.
	 * @return the wire value
	 */
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the role a user named, by constant name or wire string ({@code SUBSCRIBER}
	 * or {@code subscriber}), matched exactly: how Jackson reads this type from JSON.
	 * @param value the constant name or wire string
	 * @return the role
	 * @throws IllegalArgumentException if {@code value} names no role, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static Role parse(@Nullable String value) {
		return WireEnums.parse(values(), Role::wireValue, null, value);
	}

}
