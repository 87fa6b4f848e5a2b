package org.opentok.spring.client.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs compact JWS tokens (JWTs) with one key. Each signer sets its key up once per
 * thread, so signing many tokens costs no key setup; instances are thread-safe.
 *
 * @since 0.1.0
 */
public abstract sealed class JwsSigner {

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final String encodedHeader;

	JwsSigner(String headerJson) {
		this.encodedHeader = BASE64URL.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + ".";
	}

	/**
	 * Creates an HS256 signer.
	 * @param secret the shared secret (its UTF-8 bytes are the key)
	 * @param headerJson the JOSE header JSON, for example {@code {"alg":"HS256"}}
	 * @return the signer
	 */
	public static JwsSigner hs256(String secret, String headerJson) {
		return new Hs256(secret.getBytes(StandardCharsets.UTF_8), headerJson);
	}

	/**
	 * Creates an RS256 signer.
	 * @param privateKey the RSA private key
	 * @param headerJson the JOSE header JSON, for example
	 * {@code {"typ":"JWT","alg":"RS256"}}
	 * @return the signer
	 */
	public static JwsSigner rs256(PrivateKey privateKey, String headerJson) {
		return new Rs256(privateKey, headerJson);
	}

	/**
	 * Signs a JWT with the given claims.
	 * @param payloadJson the claims as JSON text
	 * @return the compact serialisation {@code header.payload.signature}
	 */
	public String sign(String payloadJson) {
		String signingInput = this.encodedHeader
				+ BASE64URL.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
		byte[] signature = signatureOf(signingInput.getBytes(StandardCharsets.US_ASCII));
		return signingInput + "." + BASE64URL.encodeToString(signature);
	}

	abstract byte[] signatureOf(byte[] signingInput);

	private static final class Hs256 extends JwsSigner {

		private final ThreadLocal<Mac> mac;

		Hs256(byte[] key, String headerJson) {
			super(headerJson);
			SecretKeySpec keySpec = new SecretKeySpec(key, "HmacSHA256");
			this.mac = ThreadLocal.withInitial(() -> Hmac.init("HmacSHA256", keySpec));
		}

		@Override
		byte[] signatureOf(byte[] signingInput) {
			return this.mac.get().doFinal(signingInput);
		}

	}

	private static final class Rs256 extends JwsSigner {

		private final ThreadLocal<Signature> signature;

		Rs256(PrivateKey privateKey, String headerJson) {
			super(headerJson);
			this.signature = ThreadLocal.withInitial(() -> {
				try {
					Signature rsa = Signature.getInstance("SHA256withRSA");
					rsa.initSign(privateKey);
					return rsa;
				}
				catch (GeneralSecurityException ex) {
					throw new IllegalStateException("Cannot set up RS256 signing", ex);
				}
			});
		}

		@Override
		byte[] signatureOf(byte[] signingInput) {
			Signature rsa = this.signature.get();
			try {
				rsa.update(signingInput);
				return rsa.sign();
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("RS256 signing failed", ex);
			}
		}

	}

}
