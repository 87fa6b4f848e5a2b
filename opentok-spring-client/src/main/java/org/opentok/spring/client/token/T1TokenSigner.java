package org.opentok.spring.client.token;

import java.nio.charset.StandardCharsets;

import org.opentok.spring.client.internal.PrehashedHmac;
import org.opentok.spring.client.internal.ScratchPool;
import org.opentok.spring.client.internal.TextBuffer;

/**
 * Signs legacy {@code T1==} tokens: HMAC-SHA1 over form-encoded data, in the field order
 * of the official Java SDK. The data around the nonce is written once per template, and
 * its whole blocks before the nonce are hashed once too; tokens are written into buffers
 * reused from a pool, whichever thread signs, so a token costs the HMAC of its last
 * blocks, one base64 pass and the final String (see the benchmarks module).
 */
final class T1TokenSigner implements TokenSigner {

	private static final byte[] T1_MAGIC = { 'T', '1', '=', '=' };

	private final byte[] prefix;

	private final PrehashedHmac hmacSha1;

	private final ScratchPool<Scratch> scratches;

	T1TokenSigner(String apiKey, String apiSecret) {
		this.prefix = ("partner_id=" + apiKey + "&sig=").getBytes(StandardCharsets.UTF_8);
		this.hmacSha1 = PrehashedHmac.forKey("SHA-1", apiSecret.getBytes(StandardCharsets.UTF_8));
		this.scratches = new ScratchPool<>(() -> new Scratch(this.prefix, this.hmacSha1.macLength()));
	}

	@Override
	public Prepared prepare(TokenTemplate template) {
		byte[] head = appendBeforeNonce(new TextBuffer(192), template).toByteArray();
		byte[] tail = appendAfterNonce(new TextBuffer(64), template).toByteArray();
		PrehashedHmac hmac = this.hmacSha1.forMessagesStartingWith(head);
		return (nonce, entropy) -> {
			Scratch scratch = this.scratches.acquire();
			scratch.data().append(head).appendDecimal(nonce).append(tail);
			String token = scratch.finish(hmac);
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
	 * The buffers of one token at a time, reused for many; not thread-safe.
	 */
	private static final class Scratch {

		private final byte[] signature;

		/**
		 * {@code partner_id=...&sig=<hex>:<data>}, the hex written once the data is
		 * signed.
		 */
		private final TextBuffer inner = new TextBuffer(512);

		private final TextBuffer token = new TextBuffer(1024);

		private final int hexStart;

		private final int dataStart;

		Scratch(byte[] prefix, int macLength) {
			this.signature = new byte[macLength];
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

		/**
		 * Signs the data written, with an HMAC prepared for its start, and returns the
		 * token.
		 */
		String finish(PrehashedHmac hmac) {
			hmac.sign(this.inner.array(), this.dataStart, this.inner.length() - this.dataStart, this.signature);
			this.inner.overwriteHex(this.hexStart, this.signature);
			return this.token.clear()
				.append(T1_MAGIC)
				.appendBase64(this.inner.array(), 0, this.inner.length())
				.toAsciiString();
		}

	}

}
