package org.opentok.spring.client.token;

import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.opentok.spring.client.TestRsaKeys;
import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.VonageCredentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TokenGenerator} with Vonage application credentials.
 */
class TokenGeneratorVonageTests {

	private static final String APPLICATION_ID = "9f3c2b1a-0e4d-4c5b-8a7f-6e5d4c3b2a10";

	private static final long NOW = TokenGeneratorTests.NOW;

	private final VonageCredentials credentials = OpenTokCredentials.vonage(APPLICATION_ID, TestRsaKeys.pkcs8Pem());

	private final TokenGenerator generator = new TokenGenerator(this.credentials, TokenDefaults.standard(),
			TokenGeneratorTests.CLOCK);

	@Test
	void tokenIsRs256JwtWithVonageClaims() throws Exception {
		String token = this.generator.generate(TokenGeneratorTests.SESSION_ID,
				TokenOptions.builder().role(Role.SUBSCRIBER).build());
		SignedJWT jwt = verified(token);
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getClaims()).containsOnlyKeys("application_id", "session_id", "nonce", "role", "scope", "jti",
				"exp", "iat");
		assertThat(claims.getStringClaim("application_id")).isEqualTo(APPLICATION_ID);
		assertThat(claims.getStringClaim("session_id")).isEqualTo(TokenGeneratorTests.SESSION_ID);
		assertThat(claims.getStringClaim("role")).isEqualTo("subscriber");
		assertThat(claims.getStringClaim("scope")).isEqualTo("session.connect");
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.ofEpochSecond(NOW));
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.ofEpochSecond(NOW + 86400));
		assertThat(claims.getJWTID()).isNotBlank();
	}

	@Test
	void tokenCarriesDataAndLayoutClasses() throws Exception {
		String token = this.generator.generate(TokenGeneratorTests.SESSION_ID,
				TokenOptions.builder().data("name=\"Zoë\"").initialLayoutClassList("focus", "full").build());
		JWTClaimsSet claims = verified(token).getJWTClaimsSet();
		assertThat(claims.getStringClaim("connection_data")).isEqualTo("name=\"Zoë\"");
		assertThat(claims.getStringClaim("initial_layout_class_list")).isEqualTo("focus full");
	}

	@Test
	void tokenSignedWithAnotherKeyFailsVerification() throws Exception {
		SignedJWT jwt = SignedJWT.parse(this.generator.generate(TokenGeneratorTests.SESSION_ID));
		RSASSAVerifier other = new RSASSAVerifier((RSAPublicKey) TestRsaKeys.generate().getPublic());
		assertThat(jwt.verify(other)).isFalse();
	}

	@Test
	void sessionOwnershipIsNotChecked() throws Exception {
		String otherKeys = TokenGeneratorTests.sessionIdFor("1~654321~~1700000000000~kD3qPzX9VbT7wL2mN8sR4yHc~~");
		assertThat(verified(this.generator.generate(otherKeys)).getJWTClaimsSet().getStringClaim("session_id"))
			.isEqualTo(otherKeys);
	}

	@Test
	void blankSessionIdIsStillRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.generator.generate(""))
			.withMessage("'sessionId' must not be blank");
	}

	@Test
	void t1FormatIsRejected() {
		TokenOptions t1 = TokenOptions.builder().format(TokenFormat.T1).build();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.generator.generate(TokenGeneratorTests.SESSION_ID, t1))
			.withMessageContaining("T1 is not available with Vonage credentials");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.generator.generate(TokenGeneratorTests.SESSION_ID, t1, 3))
			.withMessageContaining("T1 is not available with Vonage credentials");
	}

	@Test
	void bulkTokensAreAllValid() throws Exception {
		List<String> tokens = this.generator.generate(TokenGeneratorTests.SESSION_ID, TokenOptions.defaults(), 50);
		assertThat(tokens).hasSize(50).doesNotHaveDuplicates();
		for (String token : tokens) {
			assertThat(verified(token).getJWTClaimsSet().getStringClaim("application_id")).isEqualTo(APPLICATION_ID);
		}
	}

	@Test
	void toStringHidesTheKey() {
		assertThat(this.generator.toString()).contains(APPLICATION_ID).doesNotContain("PRIVATE KEY");
	}

	private static SignedJWT verified(String token) throws Exception {
		SignedJWT jwt = SignedJWT.parse(token);
		assertThat(jwt.verify(new RSASSAVerifier(TestRsaKeys.publicKey()))).as("RS256 signature").isTrue();
		return jwt;
	}

}
