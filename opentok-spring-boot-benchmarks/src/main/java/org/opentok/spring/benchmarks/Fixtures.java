package org.opentok.spring.benchmarks;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;

/**
 * The inputs every contender gets: the fact sheet's project, session and secret, and one
 * RSA key for the Vonage variant.
 *
 * @since 0.1.0
 */
final class Fixtures {

	static final String API_KEY = "123456";

	static final int API_KEY_NUMBER = 123456;

	static final String API_SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	static final String APPLICATION_ID = "c6f3a7d4-9b1e-4f2a-8c5d-3e7b9a1f0d2c";

	/**
	 * Vector V1 of the fact sheet: a session of API key 123456.
	 */
	static final String SESSION_ID = "1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4";

	static final String CONNECTION_DATA = "name=Alice & Bob";

	static final Duration TTL = Duration.ofHours(24);

	static final String ARCHIVE_ID = "b40ef09b-3811-4726-b508-e41a0f96c68f";

	private static final KeyPair RSA_KEYS = generateRsaKeys();

	private Fixtures() {
	}

	static KeyPair rsaKeys() {
		return RSA_KEYS;
	}

	private static KeyPair generateRsaKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
