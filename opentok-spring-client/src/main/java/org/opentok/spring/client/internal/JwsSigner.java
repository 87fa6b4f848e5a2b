package org.opentok.spring.client.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs compact JWS tokens (JWTs) with one key. The keyed {@link Mac} or
 * {@link Signature} and the buffers a JWT is written into are set up once and reused
 * through a {@link ScratchPool}, whichever thread signs: a fresh (virtual) thread takes
 * what another gave back, so signing costs no key setup and allocates little more than
 * the token itself; instances are thread-safe.
 *
 * @since 0.1.0
 */
public final class JwsSigner {

	private static final int PAYLOAD_CAPACITY = 512;

	private static final int OUTPUT_CAPACITY = 1024;

	private final byte[] encodedHeader;

	private final ScratchPool<Draft> drafts;

	private JwsSigner(String headerJson, Supplier<KeyedSigner> keys) {
		byte[] header = headerJson.getBytes(StandardCharsets.UTF_8);
		this.encodedHeader = new TextBuffer(header.length * 2).appendBase64Url(header, 0, header.length)
			.append('.')
			.toByteArray();
		this.drafts = new ScratchPool<>(() -> new Draft(keys.get()));
	}

	/**
	 * Creates an HS256 signer.
	 * @param secret the shared secret (its UTF-8 bytes are the key)
	 * @param headerJson the JOSE header JSON, for example {@code {"alg":"HS256"}}
	 * @return the signer
	 */
	public static JwsSigner hs256(String secret, String headerJson) {
		SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		return new JwsSigner(headerJson, () -> new HmacSigner(Hmac.init("HmacSHA256", key)));
	}

	/**
	 * Creates an RS256 signer.
	 * @param privateKey the RSA private key
	 * @param headerJson the JOSE header JSON, for example
	 * {@code {"typ":"JWT","alg":"RS256"}}
	 * @return the signer
	 */
	public static JwsSigner rs256(PrivateKey privateKey, String headerJson) {
		return new JwsSigner(headerJson, () -> new RsaSigner(privateKey));
	}

	/**
	 * Signs a JWT with the given claims.
	 * @param payloadJson the claims as UTF-8 JSON, for example written by a
	 * {@link TextBuffer}; not changed
	 * @return the compact serialisation {@code header.payload.signature}
	 */
	public String sign(TextBuffer payloadJson) {
		Draft draft = draft();
		draft.payload().append(payloadJson.array(), 0, payloadJson.length());
		return draft.sign();
	}

	/**
	 * Starts a JWT: returns an empty payload buffer, from the pool, for the caller to
	 * write the claims into and then {@linkplain Draft#sign() sign}. A draft that is
	 * never signed is left to the garbage collector.
	 * @return a draft only the caller holds
	 */
	public Draft draft() {
		Draft draft = this.drafts.acquire();
		draft.payload.clear();
		return draft;
	}

	@Override
	public String toString() {
		return "JwsSigner[header=" + new String(this.encodedHeader, StandardCharsets.US_ASCII) + "]";
	}

	/**
	 * A JWT being written: its claims buffer, and the keyed signer and output buffer it
	 * is signed with. Not thread-safe; back in the pool once signed.
	 */
	public final class Draft {

		private final TextBuffer payload = new TextBuffer(PAYLOAD_CAPACITY);

		private final TextBuffer output = new TextBuffer(OUTPUT_CAPACITY);

		private final KeyedSigner signer;

		Draft(KeyedSigner signer) {
			this.signer = signer;
		}

		/**
		 * Returns the buffer to write the claims JSON into, empty at first.
		 * @return the payload buffer
		 */
		public TextBuffer payload() {
			return this.payload;
		}

		/**
		 * Signs the claims written so far and gives this draft back to the pool: the
		 * caller must not use it afterwards.
		 * @return the compact serialisation {@code header.payload.signature}
		 */
		public String sign() {
			TextBuffer jws = this.output.clear()
				.append(JwsSigner.this.encodedHeader)
				.appendBase64Url(this.payload.array(), 0, this.payload.length());
			this.signer.appendSignature(jws.append('.'), jws.length() - 1);
			String token = jws.toAsciiString();
			JwsSigner.this.drafts.release(this);
			return token;
		}

	}

	/**
	 * A keyed signature algorithm, set up once.
	 */
	private interface KeyedSigner {

		/**
		 * Appends the base64url signature of the first {@code signingInputLength} bytes
		 * of {@code jws} to it.
		 */
		void appendSignature(TextBuffer jws, int signingInputLength);

	}

	private static final class HmacSigner implements KeyedSigner {

		private final Mac mac;

		private final byte[] signature;

		HmacSigner(Mac mac) {
			this.mac = mac;
			this.signature = new byte[mac.getMacLength()];
		}

		@Override
		public void appendSignature(TextBuffer jws, int signingInputLength) {
			this.mac.update(jws.array(), 0, signingInputLength);
			try {
				this.mac.doFinal(this.signature, 0);
			}
			catch (ShortBufferException ex) {
				throw new IllegalStateException(ex);
			}
			jws.appendBase64Url(this.signature, 0, this.signature.length);
		}

	}

	private static final class RsaSigner implements KeyedSigner {

		private final Signature rsa;

		RsaSigner(PrivateKey privateKey) {
			try {
				this.rsa = Signature.getInstance("SHA256withRSA");
				this.rsa.initSign(privateKey);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Cannot set up RS256 signing", ex);
			}
		}

		@Override
		public void appendSignature(TextBuffer jws, int signingInputLength) {
			try {
				this.rsa.update(jws.array(), 0, signingInputLength);
				byte[] signature = this.rsa.sign();
				jws.appendBase64Url(signature, 0, signature.length);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("RS256 signing failed", ex);
			}
		}

	}

}
