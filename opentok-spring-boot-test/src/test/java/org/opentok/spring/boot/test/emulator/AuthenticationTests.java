package org.opentok.spring.boot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.core.OpenTokAuthenticationException;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.Session;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.client.token.TokenFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The REST auth checks: {@code X-OPENTOK-AUTH} HS256 JWTs and Vonage bearer JWTs.
 */
class AuthenticationTests {

	private static final String APPLICATION_ID = "8e3a1f2c-0000-4000-8000-00000000000a";

	private static final KeyPair vonageKeys = rsaKeys();

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture(OpenTokEmulator.builder()
		.vonageApplication(APPLICATION_ID, vonageKeys.getPublic())
		.project("123456", "abcdef0123456789abcdef0123456789abcdef01"));

	private static KeyPair rsaKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static EmulatorFixture.Raw listArchivesWith(String jwt) {
		return fixture.send("GET", fixture.projectPath("/archive"), Map.of("X-OPENTOK-AUTH", jwt), null);
	}

	@Test
	void acceptsAnIndependentlySignedJwt() {
		assertThat(listArchivesWith(fixture.projectJwt()).status()).isEqualTo(200);
	}

	@Test
	void refusesARequestWithoutAuth() {
		EmulatorFixture.Raw answer = fixture.send("GET", fixture.projectPath("/archive"), Map.of(), null);
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.contentType()).isEqualTo("application/json");
		assertThat(answer.json().path("code").asInt()).isEqualTo(403);
		assertThat(answer.message()).contains("X-OPENTOK-AUTH");
	}

	@Test
	void refusesAJwtForgedWithAnotherSecret() {
		EmulatorCredentials forger = new EmulatorCredentials(fixture.emulator().credentials().apiKey(),
				"0000000000000000000000000000000000000000");
		Instant now = Instant.now();
		EmulatorFixture.Raw answer = listArchivesWith(
				EmulatorFixture.authJwt(forger, "project", now, now.plusSeconds(60)));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.message()).contains("signature does not match");
	}

	@Test
	void refusesAnExpiredJwt() {
		Instant now = Instant.now();
		EmulatorFixture.Raw answer = listArchivesWith(EmulatorFixture.authJwt(fixture.emulator().credentials(),
				"project", now.minusSeconds(200), now.minusSeconds(20)));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.message()).contains("expired");
	}

	@Test
	void refusesAJwtThatLivesLongerThanFiveMinutes() {
		Instant now = Instant.now();
		EmulatorFixture.Raw answer = listArchivesWith(
				EmulatorFixture.authJwt(fixture.emulator().credentials(), "project", now, now.plusSeconds(301)));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.message()).contains("at most 5 minutes");
	}

	@Test
	void refusesAJwtIssuedInTheFuture() {
		Instant later = Instant.now().plusSeconds(600);
		EmulatorFixture.Raw answer = listArchivesWith(
				EmulatorFixture.authJwt(fixture.emulator().credentials(), "project", later, later.plusSeconds(60)));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.message()).contains("in the future");
	}

	@Test
	void refusesAJwtWithoutIssuedAt() throws JOSEException {
		EmulatorCredentials project = fixture.emulator().credentials();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
				new JWTClaimsSet.Builder().issuer(project.apiKey())
					.claim("ist", "project")
					.expirationTime(Date.from(Instant.now().plusSeconds(60)))
					.build());
		jwt.sign(new MACSigner(project.apiSecret().getBytes(StandardCharsets.UTF_8)));
		EmulatorFixture.Raw answer = listArchivesWith(jwt.serialize());
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.message()).contains("no iat");
	}

	@Test
	void refusesAnAccountJwtOnAProjectCall() {
		Instant now = Instant.now();
		EmulatorFixture.Raw answer = listArchivesWith(
				EmulatorFixture.authJwt(fixture.emulator().credentials(), "account", now, now.plusSeconds(60)));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.message()).contains("ist must be 'project'");
	}

	@Test
	void refusesAnUnknownApiKey() {
		Instant now = Instant.now();
		EmulatorCredentials stranger = new EmulatorCredentials("999999", "abcdef0123456789abcdef0123456789abcdef01");
		EmulatorFixture.Raw answer = listArchivesWith(
				EmulatorFixture.authJwt(stranger, "project", now, now.plusSeconds(60)));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.message()).contains("999999");
	}

	@Test
	void refusesACallToAnotherProjectsPath() {
		EmulatorCredentials other = fixture.emulator().addProject();
		EmulatorFixture.Raw answer = fixture.send("GET", "/v2/project/" + other.apiKey() + "/archive",
				Map.of("X-OPENTOK-AUTH", fixture.projectJwt()), null);
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.message()).contains("not for project " + other.apiKey());
	}

	@Test
	void refusesSomethingThatIsNotAJwt() {
		assertThat(listArchivesWith("not-a-jwt").status()).isEqualTo(403);
	}

	@Test
	void refusesTheClientWhenItsClockIsTenMinutesBehind() {
		EmulatorCredentials project = fixture.emulator().credentials();
		OpenTok late = OpenTok.builder(project.apiKey(), project.apiSecret())
			.apiUrl(fixture.emulator().baseUrl())
			.retryPolicy(RetryPolicy.none())
			.clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10)))
			.build();
		assertThatExceptionOfType(OpenTokAuthenticationException.class).isThrownBy(() -> late.sessions().create())
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("403", "expired"));
	}

	@Test
	void acceptsAVonageApplicationsBearerJwtAndItsTokens() {
		OpenTok vonage = OpenTok.vonageBuilder(APPLICATION_ID, pem(vonageKeys))
			.apiUrl(fixture.emulator().baseUrl())
			.retryPolicy(RetryPolicy.none())
			.build();
		Session session = vonage.sessions().create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build());
		assertThat(session.projectId()).isEqualTo(APPLICATION_ID);
		fixture.emulator().connect(session.sessionId());
		assertThat(vonage.archives().start(session.sessionId()).projectId()).isNull();
		assertThat(fixture.emulator().requests()).last()
			.satisfies((request) -> assertThat(request.path()).isEqualTo("/v2/project/" + APPLICATION_ID + "/archive"));
		TokenVerification token = fixture.emulator().verifyToken(vonage.tokens().generate(session.sessionId()));
		assertThat(token.valid()).as(token.reason()).isTrue();
		assertThat(token.format()).isEqualTo(TokenFormat.JWT);
		assertThat(token.projectId()).isEqualTo(APPLICATION_ID);
	}

	@Test
	void refusesABearerJwtSignedWithAnotherKey() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		OpenTok impostor = OpenTok.vonageBuilder(APPLICATION_ID, pem(generator.generateKeyPair()))
			.apiUrl(fixture.emulator().baseUrl())
			.retryPolicy(RetryPolicy.none())
			.build();
		assertThatExceptionOfType(OpenTokAuthenticationException.class).isThrownBy(() -> impostor.sessions().create())
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("signature does not match"));
	}

	@Test
	void refusesAProjectJwtSentAsBearer() {
		EmulatorFixture.Raw answer = fixture.send("GET", fixture.projectPath("/archive"),
				Map.of("Authorization", "Bearer " + fixture.projectJwt()), null);
		EmulatorFixture.Raw missing = fixture.send("GET", fixture.projectPath("/archive"), Map.of(), null);
		assertThat(answer.status()).isEqualTo(missing.status()).isEqualTo(403);
		assertThat(answer.contentType()).isEqualTo("application/json");
		assertThat(answer.json().path("code").asInt()).isEqualTo(403);
		assertThat(answer.message()).contains("Bearer", "RS256", "X-OPENTOK-AUTH");
		assertThat(fixture.emulator().requests()).last()
			.satisfies((request) -> assertThat(request.status()).isEqualTo(403));
	}

	@Test
	void refusesAnAccountJwtSentAsBearer() {
		Instant now = Instant.now();
		String accountJwt = EmulatorFixture.authJwt(fixture.emulator().account(), "account", now, now.plusSeconds(60));
		EmulatorFixture.Raw asHeader = fixture.send("GET", "/v2/project", Map.of("X-OPENTOK-AUTH", accountJwt), null);
		EmulatorFixture.Raw asBearer = fixture.send("GET", "/v2/project",
				Map.of("Authorization", "Bearer " + accountJwt), null);
		assertThat(asHeader.status()).isEqualTo(200);
		assertThat(asBearer.status()).isEqualTo(403);
		assertThat(asBearer.json().path("code").asInt()).isEqualTo(403);
		assertThat(asBearer.message()).contains("X-OPENTOK-AUTH");
	}

	@Test
	void acceptsAVonageApplicationsJwtInXOpenTokAuthAsThePhpSdkSendsIt() throws JOSEException {
		Instant now = Instant.now();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
				new JWTClaimsSet.Builder().claim("application_id", APPLICATION_ID)
					.issueTime(Date.from(now))
					.expirationTime(Date.from(now.plusSeconds(60)))
					.jwtID("php-style")
					.build());
		jwt.sign(new RSASSASigner(vonageKeys.getPrivate()));
		EmulatorFixture.Raw answer = fixture.send("GET", "/v2/project/" + APPLICATION_ID + "/archive",
				Map.of("X-OPENTOK-AUTH", jwt.serialize()), null);
		assertThat(answer.status()).isEqualTo(200);
	}

	@Test
	void answersUnknownPathsWith404AndWrongMethodsWith405() {
		EmulatorFixture.Raw unknown = fixture.send("GET", fixture.projectPath("/nothing"), null);
		EmulatorFixture.Raw wrongMethod = fixture.send("PUT", fixture.projectPath("/archive"), "{}");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.message()).contains("No OpenTok API resource");
		assertThat(wrongMethod.status()).isEqualTo(405);
	}

	private static String pem(KeyPair keys) {
		return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
	}

}
