package org.opentok.spring.client.token;

import java.nio.charset.StandardCharsets;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

import org.opentok.spring.client.core.Hmac;
import org.opentok.spring.client.core.TextBuffer;

/**
 * Signs legacy {@code T1==} tokens: HMAC-SHA1 over form-encoded data, in the field order
 * of the official Java SDK. Each thread writes its tokens into its own reused buffers, so
 * a token costs one HMAC and the final String (see the benchmarks module).
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
		TextBuffer data = scratch.data.clear()
			.appendUtf8("create_time=")
			.appendDecimal(template.issuedAt())
			.appendUtf8("&expire_time=")
			.appendDecimal(template.expiresAt())
			.appendUtf8("&session_id=")
			.appendUtf8(template.sessionId())
			.appendUtf8("&nonce=")
			.appendDecimal(nonce)
			.appendUtf8("&role=")
			.appendUtf8(template.role().wireValue())
			.appendUtf8("&scope=session.connect");
		if (template.layoutClasses() != null) {
			data.appendUtf8("&initial_layout_class_list=").appendUtf8(template.layoutClasses());
		}
		if (template.data() != null) {
			data.appendUtf8("&connection_data=").appendFormEncoded(template.data());
		}
		byte[] signature = scratch.sign(data);
		TextBuffer inner = scratch.inner.clear()
			.append(this.prefix)
			.appendHex(signature, 0, signature.length)
			.append(':')
			.append(data.array(), 0, data.length());
		return scratch.token.clear().appendUtf8("T1==").appendBase64(inner.array(), 0, inner.length()).toAsciiString();
	}

	/**
	 * One thread's HMAC and buffers, reused for every token.
	 */
	private static final class Scratch {

		private final Mac hmacSha1;

		private final byte[] signature;

		private final TextBuffer data = new TextBuffer(512);

		private final TextBuffer inner = new TextBuffer(512);

		private final TextBuffer token = new TextBuffer(1024);

		Scratch(Mac hmacSha1) {
			this.hmacSha1 = hmacSha1;
			this.signature = new byte[hmacSha1.getMacLength()];
		}

		byte[] sign(TextBuffer data) {
			this.hmacSha1.update(data.array(), 0, data.length());
			try {
				this.hmacSha1.doFinal(this.signature, 0);
			}
			catch (ShortBufferException ex) {
				throw new IllegalStateException(ex);
			}
			return this.signature;
		}

	}

}
