package org.opentok.spring.boot.autoconfigure;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * An RSA key pair made once per test run, with its private key as PKCS#8 PEM text.
 */
public final class TestKeys {

	/**
	 * The key pair.
	 */
	public static final KeyPair KEY_PAIR = generate();

	/**
	 * The private key as PKCS#8 PEM text.
	 */
	public static final String PRIVATE_KEY_PEM = "-----BEGIN PRIVATE KEY-----\n"
			+ Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(KEY_PAIR.getPrivate().getEncoded())
			+ "\n-----END PRIVATE KEY-----\n";

	private TestKeys() {
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
