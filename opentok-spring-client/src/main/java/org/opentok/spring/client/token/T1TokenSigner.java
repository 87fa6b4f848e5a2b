package org.opentok.spring.client.token;

import java.nio.charset.StandardCharsets;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

import org.opentok.spring.client.internal.Hmac;
import org.opentok.spring.client.internal.TextBuffer;

/**
 * Signs legacy {@code T1==} tokens: HMAC-SHA1 over form-encoded data, in the field order
 * of the official Java SDK. The data around the nonce is written once per template, and
 * each thread writes its tokens into its own reused buffers, so a token costs one HMAC,
 * one base64 pass and the final String (see the benchmarks module).
 */
final class T1TokenSigner implements TokenSigner {

	private final byte[] prefix;

	private final ThreadLocal<Scratch> scratch;

	T1TokenSigner(String apiKey, String apiSecret) {
		this.prefix = ("partner_id=" + apiKey + "&sig=").getBytes(StandardCharsets.UTF_8);
		SecretKeySpec key = new SecretKeySpec(apiSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1");
		this.scratch = ThreadLocal.withInitial(() -> new Scratch(Hmac.init("HmacSHA1", key)));
	}

	@Override
	public String sign(TokenTemplate template, int nonce, TokenEntropy entropy) {
		Scratch scratch = this.scratch.get();
		TextBuffer inner = scratch.startInner(this.prefix);
		appendAfterNonce(appendBeforeNonce(inner, template).appendDecimal(nonce), template);
		return scratch.finish();
	}

	@Override
	public Prepared prepare(TokenTemplate template) {
		byte[] head = appendBeforeNonce(new TextBuffer(192), template).toByteArray();
		byte[] tail = appendAfterNonce(new TextBuffer(64), template).toByteArray();
		return (nonce, entropy) -> {
			Scratch scratch = this.scratch.get();
			scratch.startInner(this.prefix).append(head).appendDecimal(nonce).append(tail);
			return scratch.finish();
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

	/**
	 * One thread's HMAC and buffers, reused for every token.
	 */
	private static final class Scratch {

		private final Mac hmacSha1;

		private final byte[] signature;

		private final TextBuffer inner = new TextBuffer(512);

		private final TextBuffer token = new TextBuffer(1024);

		private int hexStart;

		private int dataStart;

		Scratch(Mac hmacSha1) {
			this.hmacSha1 = hmacSha1;
			this.signature = new byte[hmacSha1.getMacLength()];
		}

		/**
		 * Starts {@code partner_id=...&sig=<hex>:}, the hex a placeholder until the data
		 * that the caller appends next is signed.
		 */
		TextBuffer startInner(byte[] prefix) {
			this.inner.clear().append(prefix);
			this.hexStart = this.inner.length();
			this.inner.appendHex(this.signature, 0, this.signature.length).append(':');
			this.dataStart = this.inner.length();
			return this.inner;
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
				.appendUtf8("T1==")
				.appendBase64(this.inner.array(), 0, this.inner.length())
				.toAsciiString();
		}

	}

}
