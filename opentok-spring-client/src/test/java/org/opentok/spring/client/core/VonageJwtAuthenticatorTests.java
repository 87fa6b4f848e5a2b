package org.opentok.spring.client.core;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import org.opentok.spring.client.TestRsaKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link VonageJwtAuthenticator}.
 */
class VonageJwtAuthenticatorTests {

	private static final String APPLICATION_ID = "9f3c2b1a-0e4d-4c5b-8a7f-6e5d4c3b2a10";

	@Test
	void authenticateSetsRs256BearerJwt() throws Exception {
		VonageCredentials credentials = OpenTokCredentials.vonage(APPLICATION_ID, TestRsaKeys.pkcs8Pem());
		Clock clock = Clock.fixed(Instant.ofEpochSecond(1700000030), ZoneOffset.UTC);
		VonageJwtAuthenticator authenticator = new VonageJwtAuthenticator(credentials, clock,
				() -> "5e0b8b9e-8f6a-4c1e-9d2b-7a3c4d5e6f70");
		HttpHeaders headers = new HttpHeaders();
		authenticator.authenticate(headers);
		assertThat(headers.containsHeader(OpenTokJwtAuthenticator.HEADER)).isFalse();
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		assertThat(authorization).startsWith("Bearer ");
		SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()));
		assertThat(jwt.verify(new RSASSAVerifier(TestRsaKeys.publicKey()))).isTrue();
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getClaims()).containsOnlyKeys("application_id", "iat", "exp", "jti");
		assertThat(claims.getStringClaim("application_id")).isEqualTo(APPLICATION_ID);
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.ofEpochSecond(1700000000));
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.ofEpochSecond(1700000080));
		assertThat(claims.getJWTID()).isEqualTo("5e0b8b9e-8f6a-4c1e-9d2b-7a3c4d5e6f70");
	}

	@Test
	void jwtSignedWithAnotherKeyFailsVerification() throws Exception {
		VonageCredentials credentials = OpenTokCredentials.vonage(APPLICATION_ID, TestRsaKeys.pkcs8Pem());
		VonageJwtAuthenticator authenticator = new VonageJwtAuthenticator(credentials, Clock.systemUTC());
		SignedJWT jwt = SignedJWT.parse(authenticator.currentJwt());
		RSASSAVerifier otherKey = new RSASSAVerifier((RSAPublicKey) TestRsaKeys.generate().getPublic());
		assertThat(jwt.verify(otherKey)).isFalse();
		assertThat(jwt.verify(new RSASSAVerifier(TestRsaKeys.publicKey()))).isTrue();
	}

	@Test
	void sameJwtIsReusedForTenSeconds() {
		MutableClock clock = new MutableClock(Instant.ofEpochSecond(1700000030));
		VonageJwtAuthenticator authenticator = new VonageJwtAuthenticator(
				OpenTokCredentials.vonage(APPLICATION_ID, TestRsaKeys.pkcs8Pem()), clock);
		String first = authenticator.currentJwt();
		clock.advance(Duration.ofSeconds(9));
		assertThat(authenticator.currentJwt()).isEqualTo(first);
		clock.advance(Duration.ofSeconds(1));
		assertThat(authenticator.currentJwt()).isNotEqualTo(first);
	}

	@Test
	void toStringNamesTheApplicationButNotTheKey() {
		VonageJwtAuthenticator authenticator = new VonageJwtAuthenticator(
				OpenTokCredentials.vonage(APPLICATION_ID, TestRsaKeys.pkcs8Pem()), Clock.systemUTC());
		String jwt = authenticator.currentJwt();
		assertThat(authenticator.toString()).contains(APPLICATION_ID).doesNotContain("PRIVATE KEY").doesNotContain(jwt);
	}

}
