package org.opentok.spring.client.token;

import java.nio.charset.StandardCharsets;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

import org.opentok.spring.client.internal.Hmac;
import org.opentok.spring.client.internal.ScratchPool;
import org.opentok.spring.client.internal.TextBuffer;

/**
 * Signs legacy {@code T1==} tokens: HMAC-SHA1 over form-encoded data, in the field order
 * of the official Java SDK. The data around the nonce is written once per template, and
 * tokens are written into buffers reused from a pool, whichever thread signs, so a token
 * costs one HMAC, one base64 pass and the final String (see the benchmarks module).
 */
final class T1TokenSigner implements TokenSigner {

	private static final byte[] T1_MAGIC = { 'T', '1', '=', '=' };

	private final byte[] prefix;

	private final ScratchPool<Scratch> scratches;

	T1TokenSigner(String apiKey, String apiSecret) {
		this.prefix = ("partner_id=" + apiKey + "&sig=").getBytes(StandardCharsets.UTF_8);
		SecretKeySpec key = new SecretKeySpec(apiSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1");
		this.scratches = new ScratchPool<>(() -> new Scratch(Hmac.init("HmacSHA1", key), this.prefix));
	}

	@Override
	public Prepared prepare(TokenTemplate template) {
		byte[] head = appendBeforeNonce(new TextBuffer(192), template).toByteArray();
		byte[] tail = appendAfterNonce(new TextBuffer(64), template).toByteArray();
		return (nonce, entropy) -> {
			Scratch scratch = this.scratches.acquire();
			scratch.data().append(head).appendDecimal(nonce).append(tail);
			String token = scratch.finish();
			this.scratches.release(scratch);
			return token;
		};
	}

	private static TextBuffer appendBeforeNonce(TextBuffer data, TokenTemplate template) {
		return data.appendUtf8("create_time=")
			.appendDecimal(template.issuedAt())
			.appendUtf8("&expire_time=")
			.appendDecimal(template.expiresAt())
			.appendUtf8("&session_id=")
			.appendUtf8(template.sessionId())
			.appendUtf8("&nonce=");
	}

	private static TextBuffer appendAfterNonce(TextBuffer data, TokenTemplate template) {
		data.appendUtf8("&role=").appendUtf8(template.role().wireValue()).appendUtf8("&scope=session.connect");
		if (template.layoutClasses() != null) {
			// raw, as the Java SDK writes it: TokenOptions only takes [A-Za-z0-9_-] names
			data.appendUtf8("&initial_layout_class_list=").appendUtf8(template.layoutClasses());
		}
		if (template.data() != null) {
			data.appendUtf8("&connection_data=").appendFormEncoded(template.data());
		}
		return data;
	}

	@Override
	public String toString() {
		return "T1TokenSigner[" + this.scratches + "]";
	}

	/**
	 * A keyed HMAC and the buffers of one token at a time, reused for many; not
	 * thread-safe.
	 */
	private static final class Scratch {

		private final Mac hmacSha1;

		private final byte[] signature;

		/**
		 * {@code partner_id=...&sig=<hex>:<data>}, the hex written once the data is
		 * signed.
		 */
		private final TextBuffer inner = new TextBuffer(512);

		private final TextBuffer token = new TextBuffer(1024);

		private final int hexStart;

		private final int dataStart;

		Scratch(Mac hmacSha1, byte[] prefix) {
			this.hmacSha1 = hmacSha1;
			this.signature = new byte[hmacSha1.getMacLength()];
			this.hexStart = prefix.length;
			this.inner.append(prefix).skip(2 * this.signature.length).append(':');
			this.dataStart = this.inner.length();
		}

		/**
		 * Empties the data after {@code partner_id=...&sig=<hex>:}, for the caller to
		 * write.
		 */
		TextBuffer data() {
			return this.inner.truncate(this.dataStart);
		}

		String finish() {
			this.hmacSha1.update(this.inner.array(), this.dataStart, this.inner.length() - this.dataStart);
			try {
				this.hmacSha1.doFinal(this.signature, 0);
			}
			catch (ShortBufferException ex) {
				throw new IllegalStateException(ex);
			}
			this.inner.overwriteHex(this.hexStart, this.signature);
			return this.token.clear()
				.append(T1_MAGIC)
				.appendBase64(this.inner.array(), 0, this.inner.length())
				.toAsciiString();
		}

	}

}
