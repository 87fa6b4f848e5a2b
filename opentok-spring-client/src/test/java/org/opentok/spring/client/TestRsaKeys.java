package org.opentok.spring.client;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * One RSA key pair per test JVM, with its private key as PEM text the way a Vonage
 * dashboard hands it out.
 */
public final class TestRsaKeys {

	private static final KeyPair KEY_PAIR = generate();

	private TestRsaKeys() {
	}

	public static RSAPublicKey publicKey() {
		return (RSAPublicKey) KEY_PAIR.getPublic();
	}

	public static KeyPair keyPair() {
		return KEY_PAIR;
	}

	public static String pkcs8Pem() {
		return pem("PRIVATE KEY", KEY_PAIR.getPrivate().getEncoded());
	}

	public static String pem(String label, byte[] der) {
		Base64.Encoder mime = Base64.getMimeEncoder(64, "\r\n".getBytes(StandardCharsets.US_ASCII));
		return "-----BEGIN " + label + "-----\r\n" + mime.encodeToString(der) + "\r\n-----END " + label + "-----\r\n";
	}

	public static KeyPair generate() {
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
