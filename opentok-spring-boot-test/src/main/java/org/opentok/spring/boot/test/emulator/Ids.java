package org.opentok.spring.boot.test.emulator;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Generates the emulator's ids and test credentials in OpenTok's formats.
 *
 * @since 0.1.0
 */
final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private Ids() {
	}

	static String uuid() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Returns an 8-digit API key, the length of real ones.
	 * @return the key
	 */
	static String apiKey() {
		return String.valueOf(40_000_000 + RANDOM.nextInt(50_000_000));
	}

	/**
	 * Returns a 40-character lowercase hex secret, the shape of real ones.
	 * @return the secret
	 */
	static String secret() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	static String alphanumeric(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
		}
		return text.toString();
	}

}
