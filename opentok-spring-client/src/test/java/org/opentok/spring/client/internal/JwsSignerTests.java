package org.opentok.spring.client.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link JwsSigner}: HS256 signatures checked with the JDK's own {@link Mac},
 * with and without a prehashed payload start.
 */
class JwsSignerTests {

	private static final String SECRET = "0123456789abcdef0123456789abcdef01234567";

	private static final String HEADER = "{\"alg\":\"HS256\"}";

	@Test
	void jwtsOfPayloadsWithAPrehashedStartVerifyWithTheJdkMac() throws GeneralSecurityException {
		JwsSigner signer = JwsSigner.hs256(SECRET, HEADER);
		for (int startLength = 0; startLength < 200; startLength += 7) {
			String payloadStart = "{\"s\":\"" + "x".repeat(startLength) + "\",\"n\":";
			JwsSigner.Start start = signer.forPayloadsStartingWith(payloadStart.getBytes(StandardCharsets.UTF_8));
			for (int nonce = 0; nonce < 70; nonce += 9) {
				String payload = payloadStart + nonce + ",\"pad\":\"" + "y".repeat(nonce) + "\"}";
				JwsSigner.Draft draft = signer.draft();
				draft.payload().appendUtf8(payload);
				String jwt = draft.sign(start);
				assertVerifies(jwt, payload);
			}
		}
	}

	@Test
	void jwtsWithoutAPreparedStartVerifyToo() throws GeneralSecurityException {
		JwsSigner signer = JwsSigner.hs256(SECRET, HEADER);
		String payload = "{\"iss\":\"123456\",\"ist\":\"project\"}";
		assertVerifies(signer.sign(new TextBuffer(64).appendUtf8(payload)), payload);
	}

	@Test
	void aStartOfAnotherSignerIsRefused() {
		JwsSigner signer = JwsSigner.hs256(SECRET, HEADER);
		JwsSigner.Start otherKeys = JwsSigner.hs256("another secret", HEADER).forPayloadsStartingWith(new byte[100]);
		JwsSigner.Draft draft = signer.draft();
		draft.payload().appendUtf8("{}");
		assertThatIllegalArgumentException().isThrownBy(() -> draft.sign(otherKeys))
			.withMessage("'start' must come from the signer of this draft");
	}

	private static void assertVerifies(String jwt, String payload) throws GeneralSecurityException {
		int lastDot = jwt.lastIndexOf('.');
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		byte[] expected = mac.doFinal(jwt.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
		assertThat(Base64.getUrlDecoder().decode(jwt.substring(lastDot + 1))).isEqualTo(expected);
		String encodedPayload = jwt.substring(jwt.indexOf('.') + 1, lastDot);
		assertThat(new String(Base64.getUrlDecoder().decode(encodedPayload), StandardCharsets.UTF_8))
			.isEqualTo(payload);
		assertThat(jwt).startsWith("eyJhbGciOiJIUzI1NiJ9.");
	}

}
