package org.opentok.spring.client.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Independent checks of generated tokens with plain JDK crypto: T1 tokens decoded by
 * hand, JWT HMAC signatures recomputed.
 */
final class TokenVerification {

	private TokenVerification() {
	}

	/**
	 * Decodes a T1 token: strip {@code T1==}, base64-decode, split at the first
	 * {@code :}.
	 * @param token the token
	 * @return its parts
	 */
	static T1Token decodeT1(String token) {
		assertThat(token).startsWith("T1==");
		String inner = new String(Base64.getDecoder().decode(token.substring(4)), StandardCharsets.UTF_8);
		int colon = inner.indexOf(':');
		assertThat(colon).as("':' in %s", inner).isPositive();
		Map<String, String> head = fieldsOf(inner.substring(0, colon));
		assertThat(head).containsOnlyKeys("partner_id", "sig");
		String data = inner.substring(colon + 1);
		return new T1Token(head.get("partner_id"), head.get("sig"), data, fieldsOf(data));
	}

	/**
	 * Decodes a T1 token and checks its signature against the secret.
	 * @param token the token
	 * @param secret the API secret
	 * @return its parts
	 */
	static T1Token verifiedT1(String token, String secret) {
		T1Token decoded = decodeT1(token);
		assertThat(decoded.sig()).as("T1 signature").isEqualTo(hmacSha1Hex(secret, decoded.data()));
		return decoded;
	}

	static String hmacSha1Hex(String secret, String data) {
		return HexFormat.of().formatHex(hmac("HmacSHA1", secret, data.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Whether an HS256 JWT's signature matches, recomputed with {@link Mac}.
	 * @param jwt the compact JWT
	 * @param mac a {@code HmacSHA256} instance initialised with the secret
	 * @return whether the signature is right
	 */
	static boolean hs256SignatureMatches(String jwt, Mac mac) {
		int lastDot = jwt.lastIndexOf('.');
		byte[] expected = mac.doFinal(jwt.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
		byte[] actual = Base64.getUrlDecoder().decode(jwt.substring(lastDot + 1));
		return MessageDigest.isEqual(expected, actual);
	}

	static Mac hmacSha256(String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] hmac(String algorithm, String secret, byte[] data) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> fieldsOf(String formData) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : formData.split("&")) {
			int equals = pair.indexOf('=');
			assertThat(equals).as("'=' in %s", pair).isPositive();
			String previous = fields.put(pair.substring(0, equals), pair.substring(equals + 1));
			assertThat(previous).as("duplicate field in %s", formData).isNull();
		}
		return fields;
	}

	/**
	 * A decoded T1 token.
	 *
	 * @param partnerId the {@code partner_id}
	 * @param sig the hex signature
	 * @param data the signed data
	 * @param fields the data's fields, in order, values as written
	 */
	record T1Token(String partnerId, String sig, String data, Map<String, String> fields) {

	}

}
