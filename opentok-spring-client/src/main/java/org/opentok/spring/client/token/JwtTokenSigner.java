package org.opentok.spring.client.token;

import java.security.PrivateKey;

import org.opentok.spring.client.internal.JwsSigner;
import org.opentok.spring.client.internal.TextBuffer;

/**
 * Signs JWT client tokens: HS256 with the API secret and the official Java SDK's claims,
 * or RS256 with a Vonage application's private key and its {@code application_id}. The
 * claims around the nonce and JWT id are written once per template, in a fixed order, the
 * HS256 signing input up to the nonce is hashed once per template too, and each token is
 * assembled in a buffer reused from the signer's pool, so a token costs the rest of its
 * signature and the final String, on a fresh virtual thread too (see the benchmarks
 * module).
 */
final class JwtTokenSigner implements TokenSigner {

	private final byte[] leadingClaims;

	private final byte[] trailingClaims;

	private final JwsSigner signer;

	private JwtTokenSigner(TextBuffer leadingClaims, TextBuffer trailingClaims, JwsSigner signer) {
		this.leadingClaims = leadingClaims.toByteArray();
		this.trailingClaims = trailingClaims.toByteArray();
		this.signer = signer;
	}

	static JwtTokenSigner forProject(String apiKey, String apiSecret) {
		TextBuffer trailing = new TextBuffer(64).appendUtf8(",\"ist\":\"project\",\"iss\":").appendJsonString(apiKey);
		return new JwtTokenSigner(new TextBuffer(1).append('{'), trailing,
				JwsSigner.hs256(apiSecret, "{\"alg\":\"HS256\"}"));
	}

	static JwtTokenSigner forVonage(String applicationId, PrivateKey privateKey) {
		TextBuffer leading = new TextBuffer(64).appendUtf8("{\"application_id\":")
			.appendJsonString(applicationId)
			.append(',');
		return new JwtTokenSigner(leading, new TextBuffer(0),
				JwsSigner.rs256(privateKey, "{\"typ\":\"JWT\",\"alg\":\"RS256\"}"));
	}

	@Override
	public Prepared prepare(TokenTemplate template) {
		byte[] head = appendBeforeNonce(new TextBuffer(192), template).toByteArray();
		byte[] middle = appendBeforeJti(new TextBuffer(192), template).toByteArray();
		byte[] tail = appendAfterJti(new TextBuffer(48), template).toByteArray();
		JwsSigner.Start start = this.signer.forPayloadsStartingWith(head);
		return (nonce, entropy) -> {
			JwsSigner.Draft draft = this.signer.draft();
			TextBuffer json = draft.payload().append(head).appendDecimal(nonce).append(middle);
			entropy.appendJti(json).append(tail);
			return draft.sign(start);
		};
	}

	private TextBuffer appendBeforeNonce(TextBuffer json, TokenTemplate template) {
		return json.append(this.leadingClaims)
			.appendUtf8("\"session_id\":")
			.appendJsonString(template.sessionId())
			.appendUtf8(",\"nonce\":");
	}

	private TextBuffer appendBeforeJti(TextBuffer json, TokenTemplate template) {
		json.appendUtf8(",\"role\":\"")
			.appendUtf8(template.role().wireValue())
			.appendUtf8("\",\"scope\":\"session.connect\"");
		if (template.layoutClasses() != null) {
			json.appendUtf8(",\"initial_layout_class_list\":").appendJsonString(template.layoutClasses());
		}
		if (template.data() != null) {
			json.appendUtf8(",\"connection_data\":").appendJsonString(template.data());
		}
		return json.append(this.trailingClaims).appendUtf8(",\"jti\":");
	}

	private static TextBuffer appendAfterJti(TextBuffer json, TokenTemplate template) {
		return json.appendUtf8(",\"exp\":")
			.appendDecimal(template.expiresAt())
			.appendUtf8(",\"iat\":")
			.appendDecimal(template.issuedAt())
			.append('}');
	}

}
