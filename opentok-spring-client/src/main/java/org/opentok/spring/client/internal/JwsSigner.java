package org.opentok.spring.client.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs compact JWS tokens (JWTs) with one key. Each signer sets its key and its output
 * buffer up once per thread, so signing many tokens costs no key setup and allocates
 * little more than the token itself; instances are thread-safe.
 *
 * @since 0.1.0
 */
public abstract sealed class JwsSigner {

	private static final int INITIAL_CAPACITY = 1024;

	private final byte[] encodedHeader;

	JwsSigner(String headerJson) {
		byte[] header = headerJson.getBytes(StandardCharsets.UTF_8);
		this.encodedHeader = new TextBuffer(header.length * 2).appendBase64Url(header, 0, header.length)
			.append('.')
			.toByteArray();
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
	 * @param payloadJson the claims as UTF-8 JSON, for example written by a
	 * {@link TextBuffer}; not changed
	 * @return the compact serialisation {@code header.payload.signature}
	 */
	public String sign(TextBuffer payloadJson) {
		TextBuffer jws = outputBuffer().clear()
			.append(this.encodedHeader)
			.appendBase64Url(payloadJson.array(), 0, payloadJson.length());
		appendSignature(jws.append('.'), jws.length() - 1);
		return jws.toAsciiString();
	}

	abstract TextBuffer outputBuffer();

	/**
	 * Appends the base64url signature of the first {@code signingInputLength} bytes of
	 * {@code jws} to it.
	 */
	abstract void appendSignature(TextBuffer jws, int signingInputLength);

	private static final class Hs256 extends JwsSigner {

		private final ThreadLocal<MacScratch> scratch;

		Hs256(byte[] key, String headerJson) {
			super(headerJson);
			SecretKeySpec keySpec = new SecretKeySpec(key, "HmacSHA256");
			this.scratch = ThreadLocal.withInitial(() -> new MacScratch(Hmac.init("HmacSHA256", keySpec)));
		}

		@Override
		TextBuffer outputBuffer() {
			return this.scratch.get().output;
		}

		@Override
		void appendSignature(TextBuffer jws, int signingInputLength) {
			MacScratch scratch = this.scratch.get();
			scratch.sign(jws.array(), signingInputLength);
			jws.appendBase64Url(scratch.signature, 0, scratch.signature.length);
		}

	}

	private static final class Rs256 extends JwsSigner {

		private final ThreadLocal<RsaScratch> scratch;

		Rs256(PrivateKey privateKey, String headerJson) {
			super(headerJson);
			this.scratch = ThreadLocal.withInitial(() -> {
				try {
					Signature rsa = Signature.getInstance("SHA256withRSA");
					rsa.initSign(privateKey);
					return new RsaScratch(rsa);
				}
				catch (GeneralSecurityException ex) {
					throw new IllegalStateException("Cannot set up RS256 signing", ex);
				}
			});
		}

		@Override
		TextBuffer outputBuffer() {
			return this.scratch.get().output;
		}

		@Override
		void appendSignature(TextBuffer jws, int signingInputLength) {
			Signature rsa = this.scratch.get().rsa;
			try {
				rsa.update(jws.array(), 0, signingInputLength);
				byte[] signature = rsa.sign();
				jws.appendBase64Url(signature, 0, signature.length);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("RS256 signing failed", ex);
			}
		}

	}

	/**
	 * One thread's HMAC, signature array and output buffer, reused for every token.
	 */
	private static final class MacScratch {

		private final Mac mac;

		private final byte[] signature;

		private final TextBuffer output = new TextBuffer(INITIAL_CAPACITY);

		MacScratch(Mac mac) {
			this.mac = mac;
			this.signature = new byte[mac.getMacLength()];
		}

		void sign(byte[] input, int length) {
			this.mac.update(input, 0, length);
			try {
				this.mac.doFinal(this.signature, 0);
			}
			catch (ShortBufferException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	private record RsaScratch(Signature rsa, TextBuffer output) {

		RsaScratch(Signature rsa) {
			this(rsa, new TextBuffer(INITIAL_CAPACITY));
		}

	}

}
