package org.opentok.spring.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.support.MockOpenTok;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenDefaults;
import org.opentok.spring.client.token.TokenFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests for {@link OpenTok}.
 */
class OpenTokTests {

	private static final String ACCOUNT_SECRET = "0123456789abcdef0123456789abcdef01234567";

	private static final String SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	private static final String SESSION_ID = "1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4";

	private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1700000000), ZoneOffset.UTC);

	@Test
	void builderWiresTokensWithItsClockAndDefaults() throws Exception {
		OpenTok openTok = OpenTok.builder("123456", SECRET)
			.clock(CLOCK)
			.tokenDefaults(new TokenDefaults(TokenFormat.JWT, Role.MODERATOR, Duration.ofHours(1)))
			.build();
		SignedJWT jwt = SignedJWT.parse(openTok.tokens().generate(SESSION_ID));
		assertThat(jwt.verify(new MACVerifier(SECRET))).isTrue();
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getStringClaim("role")).isEqualTo("moderator");
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.ofEpochSecond(1700000000));
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.ofEpochSecond(1700003600));
		assertThat(openTok.sessions()).isNotNull();
	}

	@Test
	void vonageBuilderSignsTokensWithThePrivateKey() throws Exception {
		OpenTok openTok = OpenTok.vonageBuilder("9f3c2b1a-0e4d-4c5b-8a7f-6e5d4c3b2a10", TestRsaKeys.pkcs8Pem()).build();
		SignedJWT jwt = SignedJWT.parse(openTok.tokens().generate(SESSION_ID));
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(jwt.verify(new RSASSAVerifier(TestRsaKeys.publicKey()))).isTrue();
	}

	@Test
	void builderRejectsInvalidCredentials() {
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTok.builder("key", SECRET))
			.withMessageContaining("'apiKey'")
			.withMessageNotContaining(SECRET);
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTok.builder("123456", " "))
			.withMessage("'apiSecret' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTok.vonageBuilder("app", "not a key"))
			.withMessageContaining("'privateKey'");
	}

	@Test
	void facadeHandsOutAClientForEveryArea() {
		OpenTok openTok = OpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET).build();

		assertThat(List.of(openTok.sessions(), openTok.tokens(), openTok.archives(), openTok.broadcasts(),
				openTok.streams(), openTok.connections(), openTok.signals(), openTok.moderation(), openTok.sip(),
				openTok.audioConnector(), openTok.renders(), openTok.captions(), openTok.callbacks()))
			.doesNotContainNull()
			.doesNotHaveDuplicates();
	}

	@Test
	void projectsNeedAccountCredentials() {
		OpenTok openTok = OpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET).build();

		assertThatIllegalStateException().isThrownBy(openTok::projects).withMessageContaining("accountCredentials");
	}

	@Test
	void projectsSignAsTheAccountAndEverythingElseAsTheProject() throws Exception {
		try (MockOpenTok server = new MockOpenTok()) {
			server.respond(request().withPath("/v2/project"),
					response().withStatusCode(200).withHeader("Content-Type", "application/json").withBody("[]"));
			server.respond(request().withPath("/v2/project/123456/callback"),
					response().withStatusCode(200).withHeader("Content-Type", "application/json").withBody("[]"));
			OpenTok openTok = OpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
				.accountCredentials("987654", ACCOUNT_SECRET)
				.apiUrl("http://localhost:" + server.server().getPort())
				.retryPolicy(RetryPolicy.none())
				.build();

			openTok.projects().list();
			openTok.callbacks().list();

			SignedJWT account = SignedJWT
				.parse(server.server().retrieveRecordedRequests(request().withPath("/v2/project"))[0]
					.getFirstHeader("X-OPENTOK-AUTH"));
			assertThat(account.verify(new MACVerifier(ACCOUNT_SECRET))).isTrue();
			assertThat(account.getJWTClaimsSet().getStringClaim("ist")).isEqualTo("account");
			assertThat(account.getJWTClaimsSet().getIssuer()).isEqualTo("987654");
			MockOpenTok.assertProjectAuth(
					server.server().retrieveRecordedRequests(request().withPath("/v2/project/123456/callback"))[0]);
		}
	}

}
