package org.opentok.spring.client.token;

import java.time.Duration;

/**
 * What a {@link TokenGenerator} uses where {@link TokenOptions} leave a value unset.
 *
 * @param format the token format
 * @param role the role
 * @param ttl how long tokens are valid, from 1 second to 30 days
 * @since 0.1.0
 */
public record TokenDefaults(TokenFormat format, Role role, Duration ttl) {

	/**
	 * The shortest time a token may be valid.
	 */
	public static final Duration MIN_TTL = Duration.ofSeconds(1);

	/**
	 * The longest time a token may be valid.
	 */
	public static final Duration MAX_TTL = Duration.ofDays(30);

	private static final TokenDefaults STANDARD = new TokenDefaults(TokenFormat.JWT, Role.PUBLISHER,
			Duration.ofHours(24));

	/**
	 * Validates the defaults.
	 * @param format the token format
	 * @param role the role
	 * @param ttl how long tokens are valid
	 */
	public TokenDefaults {
		if (format == null) {
			throw new IllegalArgumentException("'format' must not be null");
		}
		if (role == null) {
			throw new IllegalArgumentException("'role' must not be null");
		}
		TokenOptions.requireValidTtl("ttl", ttl);
	}

	/**
	 * Returns the standard defaults: JWT, publisher, 24 hours.
	 * @return the standard defaults
	 */
	public static TokenDefaults standard() {
		return STANDARD;
	}

}
