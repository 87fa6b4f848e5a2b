package org.opentok.spring.client.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Signs compact JWS tokens (JWTs) with one key. The keyed HMAC ({@link PrehashedHmac},
 * immutable) or {@link Signature} and the buffers a JWT is written into are set up once
 * and reused through a {@link ScratchPool}, whichever thread signs: a fresh (virtual)
 * thread takes what another gave back, so signing costs no key setup; instances are
 * thread-safe. For many HS256 JWTs whose payloads start alike (client tokens of one
 * session), {@link #forPayloadsStartingWith} hashes the signing input they share once.
 *
 * @since 0.1.0
 */
public final class JwsSigner {

	private static final int PAYLOAD_CAPACITY = 512;

	private static final int OUTPUT_CAPACITY = 1024;

	private final byte[] encodedHeader;

	/**
	 * Signs any payload; for HS256 it holds the key's prehashed HMAC, which
	 * {@link #forPayloadsStartingWith} prepares further.
	 */
	private final Start anyPayload;

	private final ScratchPool<Draft> drafts;

	private JwsSigner(String headerJson, @Nullable PrehashedHmac hmacSha256, Supplier<KeyedSigner> keys) {
		byte[] header = headerJson.getBytes(StandardCharsets.UTF_8);
		this.encodedHeader = new TextBuffer(header.length * 2).appendBase64Url(header, 0, header.length)
			.append('.')
			.toByteArray();
		this.anyPayload = new Start(hmacSha256);
		this.drafts = new ScratchPool<>(() -> new Draft(keys.get()));
	}

	/**
	 * Creates an HS256 signer.
	 * @param secret the shared secret (its UTF-8 bytes are the key)
	 * @param headerJson the JOSE header JSON, for example {@code {"alg":"HS256"}}
	 * @return the signer
	 */
	public static JwsSigner hs256(String secret, String headerJson) {
		PrehashedHmac hmac = PrehashedHmac.forKey("SHA-256", secret.getBytes(StandardCharsets.UTF_8));
		return new JwsSigner(headerJson, hmac, () -> new HmacSigner(hmac.macLength()));
	}

	/**
	 * Creates an RS256 signer.
	 * @param privateKey the RSA private key
	 * @param headerJson the JOSE header JSON, for example
	 * {@code {"typ":"JWT","alg":"RS256"}}
	 * @return the signer
	 */
	public static JwsSigner rs256(PrivateKey privateKey, String headerJson) {
		return new JwsSigner(headerJson, null, () -> new RsaSigner(privateKey));
	}

	/**
	 * Prepares for JWTs whose payloads all start with the given bytes: for HS256, the
	 * whole blocks of the signing input that those bytes fix (the header and the base64
	 * of the payload's start) are hashed now, once, and each JWT signed with the result
	 * hashes only the rest. RS256 signs as without it.
	 * @param payloadStart the bytes every payload signed with the result starts with
	 * @return what to {@linkplain Draft#sign(Start) sign} such JWTs with
	 */
	public Start forPayloadsStartingWith(byte[] payloadStart) {
		PrehashedHmac hmacSha256 = this.anyPayload.hmacSha256;
		if (hmacSha256 == null) {
			return this.anyPayload;
		}
		int encodable = payloadStart.length / 3 * 3;
		TextBuffer signingInputStart = new TextBuffer(this.encodedHeader.length + encodable / 3 * 4)
			.append(this.encodedHeader)
			.appendBase64Url(payloadStart, 0, encodable);
		return new Start(hmacSha256.forMessagesStartingWith(signingInputStart.toByteArray()));
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
			return sign(JwsSigner.this.anyPayload);
		}

		/**
		 * Signs the claims written so far, which start with the bytes {@code start} was
		 * prepared for, and gives this draft back to the pool: the caller must not use it
		 * afterwards.
		 * @param start from {@link JwsSigner#forPayloadsStartingWith} of this signer
		 * @return the compact serialisation {@code header.payload.signature}
		 */
		public String sign(Start start) {
			if (start.signer() != JwsSigner.this) {
				throw new IllegalArgumentException("'start' must come from the signer of this draft");
			}
			TextBuffer jws = this.output.clear()
				.append(JwsSigner.this.encodedHeader)
				.appendBase64Url(this.payload.array(), 0, this.payload.length());
			this.signer.appendSignature(jws.append('.'), jws.length() - 1, start);
			String token = jws.toAsciiString();
			JwsSigner.this.drafts.release(this);
			return token;
		}

	}

	/**
	 * The start that all JWTs signed with it share, hashed once for HS256; immutable.
	 * Made by {@link JwsSigner#forPayloadsStartingWith}, for drafts of the same signer.
	 */
	public final class Start {

		private final @Nullable PrehashedHmac hmacSha256;

		private Start(@Nullable PrehashedHmac hmacSha256) {
			this.hmacSha256 = hmacSha256;
		}

		private JwsSigner signer() {
			return JwsSigner.this;
		}

		@Override
		public String toString() {
			return "Start[prehashedLength=" + ((this.hmacSha256 != null) ? this.hmacSha256.prehashedLength() : 0) + "]";
		}

	}

	/**
	 * A keyed signature algorithm, set up once.
	 */
	private interface KeyedSigner {

		/**
		 * Appends the base64url signature of the first {@code signingInputLength} bytes
		 * of {@code jws}, which start as {@code start} was prepared for, to it.
		 */
		void appendSignature(TextBuffer jws, int signingInputLength, Start start);

	}

	private static final class HmacSigner implements KeyedSigner {

		private final byte[] signature;

		HmacSigner(int macLength) {
			this.signature = new byte[macLength];
		}

		@Override
		public void appendSignature(TextBuffer jws, int signingInputLength, Start start) {
			PrehashedHmac hmac = start.hmacSha256;
			// every Start of an HS256 signer has its HMAC
			hmac.sign(jws.array(), 0, signingInputLength, this.signature);
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
		public void appendSignature(TextBuffer jws, int signingInputLength, Start start) {
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
