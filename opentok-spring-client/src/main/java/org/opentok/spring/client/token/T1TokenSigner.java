package org.opentok.spring.client.token;

import java.nio.charset.StandardCharsets;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

import org.opentok.spring.client.core.Hmac;
import org.opentok.spring.client.core.TextBuffer;

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
	public Prepared prepare(TokenTemplate template) {
		TextBuffer beforeNonce = new TextBuffer(192).appendUtf8("create_time=")
			.appendDecimal(template.issuedAt())
			.appendUtf8("&expire_time=")
			.appendDecimal(template.expiresAt())
			.appendUtf8("&session_id=")
			.appendUtf8(template.sessionId())
			.appendUtf8("&nonce=");
		TextBuffer afterNonce = new TextBuffer(64).appendUtf8("&role=")
			.appendUtf8(template.role().wireValue())
			.appendUtf8("&scope=session.connect");
		if (template.layoutClasses() != null) {
			afterNonce.appendUtf8("&initial_layout_class_list=").appendUtf8(template.layoutClasses());
		}
		if (template.data() != null) {
			afterNonce.appendUtf8("&connection_data=").appendFormEncoded(template.data());
		}
		byte[] head = beforeNonce.toByteArray();
		byte[] tail = afterNonce.toByteArray();
		return (nonce, entropy) -> sign(head, nonce, tail);
	}

	private String sign(byte[] head, int nonce, byte[] tail) {
		Scratch scratch = this.scratch.get();
		// partner_id=...&sig=<hex>:<data>, the hex filled in once the data is signed
		TextBuffer inner = scratch.inner.clear().append(this.prefix);
		int hexStart = inner.length();
		inner.appendHex(scratch.signature, 0, scratch.signature.length).append(':');
		int dataStart = inner.length();
		inner.append(head).appendDecimal(nonce).append(tail);
		scratch.sign(inner.array(), dataStart, inner.length() - dataStart);
		inner.overwriteHex(hexStart, scratch.signature);
		return scratch.token.clear().appendUtf8("T1==").appendBase64(inner.array(), 0, inner.length()).toAsciiString();
	}

	/**
	 * One thread's HMAC and buffers, reused for every token.
	 */
	private static final class Scratch {

		private final Mac hmacSha1;

		private final byte[] signature;

		private final TextBuffer inner = new TextBuffer(512);

		private final TextBuffer token = new TextBuffer(1024);

		Scratch(Mac hmacSha1) {
			this.hmacSha1 = hmacSha1;
			this.signature = new byte[hmacSha1.getMacLength()];
		}

		void sign(byte[] data, int offset, int length) {
			this.hmacSha1.update(data, offset, length);
			try {
				this.hmacSha1.doFinal(this.signature, 0);
			}
			catch (ShortBufferException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
