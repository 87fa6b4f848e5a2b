package org.opentok.spring.client.token;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.opentok.spring.client.core.Hmac;

/**
 * Signs legacy {@code T1==} tokens: HMAC-SHA1 over form-encoded data, in the field order
 * of the official Java SDK.
 */
final class T1TokenSigner implements TokenSigner {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private final String prefix;

	private final ThreadLocal<Mac> hmacSha1;

	T1TokenSigner(String apiKey, String apiSecret) {
		this.prefix = "partner_id=" + apiKey + "&sig=";
		SecretKeySpec key = new SecretKeySpec(apiSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1");
		this.hmacSha1 = ThreadLocal.withInitial(() -> Hmac.init("HmacSHA1", key));
	}

	@Override
	public String sign(TokenTemplate template, int nonce, TokenEntropy entropy) {
		StringBuilder data = new StringBuilder(256).append("create_time=")
			.append(template.issuedAt())
			.append("&expire_time=")
			.append(template.expiresAt())
			.append("&session_id=")
			.append(template.sessionId())
			.append("&nonce=")
			.append(nonce)
			.append("&role=")
			.append(template.role().wireValue())
			.append("&scope=session.connect");
		if (template.layoutClasses() != null) {
			data.append("&initial_layout_class_list=").append(template.layoutClasses());
		}
		if (template.data() != null) {
			data.append("&connection_data=").append(URLEncoder.encode(template.data(), StandardCharsets.UTF_8));
		}
		byte[] dataBytes = data.toString().getBytes(StandardCharsets.UTF_8);
		byte[] signature = this.hmacSha1.get().doFinal(dataBytes);
		StringBuilder inner = new StringBuilder(this.prefix.length() + 41 + dataBytes.length).append(this.prefix);
		for (byte b : signature) {
			inner.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
		}
		inner.append(':').append(data);
		return "T1==" + Base64.getEncoder().encodeToString(inner.toString().getBytes(StandardCharsets.UTF_8));
	}

}
