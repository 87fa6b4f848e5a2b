package org.opentok.spring.client.token;

import java.security.PrivateKey;

import org.opentok.spring.client.core.JsonText;
import org.opentok.spring.client.core.JwsSigner;

/**
 * Signs JWT client tokens: HS256 with the API secret and the official Java SDK's claims,
 * or RS256 with a Vonage application's private key and its {@code application_id}.
 */
final class JwtTokenSigner implements TokenSigner {

	private final String leadingClaims;

	private final String trailingClaims;

	private final JwsSigner signer;

	private JwtTokenSigner(String leadingClaims, String trailingClaims, JwsSigner signer) {
		this.leadingClaims = leadingClaims;
		this.trailingClaims = trailingClaims;
		this.signer = signer;
	}

	static JwtTokenSigner forProject(String apiKey, String apiSecret) {
		String trailing = JsonText.appendString(new StringBuilder(",\"ist\":\"project\",\"iss\":"), apiKey).toString();
		return new JwtTokenSigner("{", trailing, JwsSigner.hs256(apiSecret, "{\"alg\":\"HS256\"}"));
	}

	static JwtTokenSigner forVonage(String applicationId, PrivateKey privateKey) {
		String leading = JsonText.appendString(new StringBuilder("{\"application_id\":"), applicationId)
			.append(',')
			.toString();
		return new JwtTokenSigner(leading, "", JwsSigner.rs256(privateKey, "{\"typ\":\"JWT\",\"alg\":\"RS256\"}"));
	}

	@Override
	public String sign(TokenTemplate template, int nonce, TokenEntropy entropy) {
		StringBuilder json = new StringBuilder(384).append(this.leadingClaims).append("\"session_id\":");
		JsonText.appendString(json, template.sessionId())
			.append(",\"nonce\":")
			.append(nonce)
			.append(",\"role\":\"")
			.append(template.role().wireValue())
			.append("\",\"scope\":\"session.connect\"");
		if (template.layoutClasses() != null) {
			JsonText.appendString(json.append(",\"initial_layout_class_list\":"), template.layoutClasses());
		}
		if (template.data() != null) {
			JsonText.appendString(json.append(",\"connection_data\":"), template.data());
		}
		json.append(this.trailingClaims).append(",\"jti\":");
		JsonText.appendString(json, entropy.jti())
			.append(",\"exp\":")
			.append(template.expiresAt())
			.append(",\"iat\":")
			.append(template.issuedAt())
			.append('}');
		return this.signer.sign(json.toString());
	}

}
