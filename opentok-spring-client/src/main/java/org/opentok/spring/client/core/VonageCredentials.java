package org.opentok.spring.client.core;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * A Vonage application's id and RSA private key. REST calls carry an RS256 bearer JWT
 * with the {@code application_id} claim; client tokens are RS256 JWTs too.
 *
 * @param applicationId the Vonage application id
 * @param privateKey the application's RSA private key
 * @since 0.1.0
 */
public record VonageCredentials(String applicationId, PrivateKey privateKey) implements OpenTokCredentials {

	/**
	 * The Vonage Video API base URL.
	 */
	public static final URI VONAGE_API_URL = URI.create("https://video.api.vonage.com");

	private static final String PKCS8_BEGIN = "-----BEGIN PRIVATE KEY-----";

	private static final String PKCS8_END = "-----END PRIVATE KEY-----";

	/**
	 * Validates the id and the key.
	 * @param applicationId the Vonage application id
	 * @param privateKey the application's RSA private key
	 */
	public VonageCredentials {
		if (applicationId == null || applicationId.isBlank()) {
			throw new IllegalArgumentException("'applicationId' must not be blank");
		}
		if (privateKey == null || !"RSA".equals(privateKey.getAlgorithm())) {
			throw new IllegalArgumentException("'privateKey' must be an RSA private key");
		}
	}

	/**
	 * Reads the credentials from a PKCS#8 PEM private key.
	 * @param applicationId the Vonage application id
	 * @param privateKeyPem the PEM text, starting with
	 * {@code -----BEGIN PRIVATE KEY-----}
	 * @return the credentials
	 * @throws IllegalArgumentException if the id is blank or the key cannot be read
	 */
	public static VonageCredentials fromPem(String applicationId, String privateKeyPem) {
		return new VonageCredentials(applicationId, readPkcs8RsaKey(privateKeyPem));
	}

	private static PrivateKey readPkcs8RsaKey(String pem) {
		if (pem == null || pem.isBlank()) {
			throw new IllegalArgumentException("'privateKey' must not be blank");
		}
		String text = pem.strip();
		if (text.startsWith("-----BEGIN RSA PRIVATE KEY-----")) {
			throw new IllegalArgumentException("'privateKey' is a PKCS#1 key; convert it to PKCS#8 with "
					+ "'openssl pkcs8 -topk8 -nocrypt -in key.pem' (it must start with " + PKCS8_BEGIN + ")");
		}
		int begin = text.indexOf(PKCS8_BEGIN);
		int end = text.indexOf(PKCS8_END);
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException(
					"'privateKey' must be a PKCS#8 PEM key between " + PKCS8_BEGIN + " and " + PKCS8_END);
		}
		String base64 = text.substring(begin + PKCS8_BEGIN.length(), end).replaceAll("\\s", "");
		try {
			byte[] der = Base64.getDecoder().decode(base64);
			return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			throw new IllegalArgumentException("'privateKey' is not a readable PKCS#8 RSA private key", ex);
		}
	}

	@Override
	public String projectId() {
		return this.applicationId;
	}

	@Override
	public URI defaultApiUrl() {
		return VONAGE_API_URL;
	}

	@Override
	public String toString() {
		return "VonageCredentials[applicationId=" + this.applicationId + ", privateKey=******]";
	}

}
