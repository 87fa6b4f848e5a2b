package org.opentok.spring.client.token;

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

}
