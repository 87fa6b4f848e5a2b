package org.opentok.spring.boot.autoconfigure.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests, which every JDK ships.
 *
 * @since 0.1.0
 */
final class Sha256 {

	private Sha256() {
	}

	static byte[] digest(byte[] data) {
		return newDigest().digest(data);
	}

	static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	static byte[] digest(String text) {
		return digest(text.getBytes(StandardCharsets.UTF_8));
	}

	static String hex(byte[] data) {
		return HexFormat.of().formatHex(digest(data));
	}

}
