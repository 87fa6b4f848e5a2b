package org.opentok.spring.boot.autoconfigure.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.opentok.spring.client.webhook.ArchiveStatusEvent;
import org.opentok.spring.client.webhook.OpenTokEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the webhook endpoint's guards: signed callbacks (tokens made with
 * nimbus-jose-jwt) and the shared token.
 */
class OpenTokWebhookSecurityTests {

	private static final String PATH = "/opentok/events";

	private static final String SIGNATURE_SECRET = "Jd8mV3qP7xT2zL9kR4wN6bY1cF5hG0sA";

	private static final String OTHER_SECRET = "Zq1wX2eC3rV4tB5yN6uM7iK8oL9pA0sD";

	private static final String NEXT_SECRET = "Pk4mW8qZ2xR6vN0tB3yL7cJ1hF5gD9sQ";

	private static final String SHARED_TOKEN = "s3cr3t-t0ken";

	private static final String NEXT_SHARED_TOKEN = "n3xt-t0ken";

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private static final String BODY = WebhookPayloads.ARCHIVE;

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
						WebMvcAutoConfiguration.class, OpenTokWebhookAutoConfiguration.class))
		.withBean(EventRecorder.class)
		.withBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC))
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withPropertyValues("opentok.webhook.enabled=true");

	private final WebApplicationContextRunner signed = this.runner
		.withPropertyValues("opentok.webhook.signature-secret=" + SIGNATURE_SECRET);

	@Test
	void publishesASignedCallbackWhosePayloadHashMatches() {
		this.signed.run((context) -> {
			String token = sign(SIGNATURE_SECRET, claims(NOW.minusSeconds(2)).claim("payload_hash", sha256Hex(BODY)));
			assertThat(post(context, BODY, bearer(token))).hasStatusOk();
			assertThat(recorded(context)).singleElement().isInstanceOf(ArchiveStatusEvent.class);
		});
	}

	@Test
	void publishesASignedCallbackWithoutPayloadHash() {
		this.signed.run((context) -> {
			String token = sign(SIGNATURE_SECRET, claims(NOW));
			assertThat(post(context, BODY, bearer(token))).hasStatusOk();
			assertThat(recorded(context)).hasSize(1);
		});
	}

	@Test
	void rejectsAForgedSignature() {
		this.signed.run((context) -> {
			String token = sign(SIGNATURE_SECRET, claims(NOW).claim("payload_hash", sha256Hex(BODY)));
			String[] parts = token.split("\\.");
			String otherClaims = sign(SIGNATURE_SECRET, claims(NOW).claim("api_key", "999999")).split("\\.")[1];
			assertRejected(context, bearer(parts[0] + "." + otherClaims + "." + parts[2]),
					"The JWT signature does not match the signature secret");
			String flipped = parts[2].substring(0, 10) + (parts[2].charAt(10) == 'A' ? 'B' : 'A')
					+ parts[2].substring(11);
			assertRejected(context, bearer(parts[0] + "." + parts[1] + "." + flipped),
					"The JWT signature does not match the signature secret");
		});
	}

	@Test
	void rejectsAnUnsignedToken() {
		this.signed.run((context) -> {
			String token = new PlainJWT(claims(NOW).build()).serialize();
			assertRejected(context, bearer(token), "The JWT is not signed with HS256");
		});
	}

	@Test
	void rejectsATokenSignedWithAnotherSecret() {
		this.signed.run((context) -> {
			String token = sign(OTHER_SECRET, claims(NOW).claim("payload_hash", sha256Hex(BODY)));
			assertRejected(context, bearer(token), "The JWT signature does not match the signature secret");
		});
	}

	@Test
	void rejectsAnExpiredToken() {
		this.signed.run((context) -> {
			String token = sign(SIGNATURE_SECRET, claims(NOW.minusSeconds(200))
				.expirationTime(Date.from(NOW.minus(SignedCallbackGuard.CLOCK_SKEW).minusSeconds(1))));
			assertRejected(context, bearer(token), "The JWT has expired");
		});
	}

	@Test
	void rejectsATokenIssuedTooLongAgoOrInTheFuture() {
		this.signed.run((context) -> {
			Instant tooOld = NOW.minus(SignedCallbackGuard.MAX_AGE)
				.minus(SignedCallbackGuard.CLOCK_SKEW)
				.minusSeconds(1);
			assertRejected(context, bearer(sign(SIGNATURE_SECRET, claims(tooOld))),
					"The JWT was issued more than 5 minutes ago");
			assertRejected(context, bearer(sign(SIGNATURE_SECRET, claims(NOW.plus(Duration.ofMinutes(2))))),
					"The JWT is issued in the future");
			assertRejected(context,
					bearer(sign(SIGNATURE_SECRET, new JWTClaimsSet.Builder().claim("payload_hash", sha256Hex(BODY)))),
					"The JWT has no iat claim");
		});
	}

	@Test
	void acceptsATokenWithinTheClockSkew() {
		this.signed.run((context) -> {
			String token = sign(SIGNATURE_SECRET, claims(NOW.plusSeconds(30)));
			assertThat(post(context, BODY, bearer(token))).hasStatusOk();
		});
	}

	@Test
	void rejectsATamperedBody() {
		this.signed.run((context) -> {
			String token = sign(SIGNATURE_SECRET, claims(NOW).claim("payload_hash", sha256Hex(BODY)));
			String tampered = BODY.replace("\"status\":\"available\"", "\"status\":\"deleted\"");
			assertThat(tampered).isNotEqualTo(BODY);
			MvcTestResult result = post(context, tampered, bearer(token));
			assertThat(result).hasStatus(401);
			assertThat(result).bodyJson()
				.extractingPath("$.detail")
				.isEqualTo("The body does not match the JWT's payload_hash claim");
			assertThat(recorded(context)).isEmpty();
		});
	}

	@Test
	void rejectsAMissingOrNonBearerAuthorizationHeader() {
		this.signed.run((context) -> {
			assertRejected(context, (request) -> {
			}, "The Authorization header is missing");
			assertRejected(context, (request) -> request.header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNz"),
					"The Authorization header does not carry a bearer token");
			assertRejected(context, bearer("not-a-jwt"), "The bearer token is not a signed JWT");
			assertRejected(context, bearer("e30.e30.***"), "The JWT is not signed with HS256");
			assertThat(count(context, "rejected")).isEqualTo(4);
		});
	}

	@Test
	void rejectsUnsignedCallbacksEvenWithTheSharedToken() {
		this.signed.withPropertyValues("opentok.webhook.secret=" + SHARED_TOKEN).run((context) -> {
			assertRejected(context, (request) -> request.header(SharedTokenGuard.HEADER, SHARED_TOKEN),
					"The Authorization header is missing");
			String token = sign(SIGNATURE_SECRET, claims(NOW));
			assertThat(post(context, BODY, bearer(token))).hasStatusOk();
		});
	}

	@Test
	void rejectsBeforeLookingAtTheBody() {
		this.signed.run((context) -> {
			MvcTestResult result = MockMvcTester.from(context)
				.post()
				.uri(PATH)
				.contentType(MediaType.TEXT_PLAIN)
				.content("not json")
				.exchange();
			assertThat(result).hasStatus(401).headers().hasValue(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			assertThat(count(context, "invalid")).isZero();
		});
	}

	@Test
	void publishesACallbackSignedWithTheSecondOfTwoSignatureSecrets() {
		this.runner.withPropertyValues("opentok.webhook.signature-secrets=" + SIGNATURE_SECRET + "," + NEXT_SECRET)
			.run((context) -> {
				String token = sign(NEXT_SECRET, claims(NOW).claim("payload_hash", sha256Hex(BODY)));
				assertThat(post(context, BODY, bearer(token))).hasStatusOk();
				assertThat(recorded(context)).singleElement().isInstanceOf(ArchiveStatusEvent.class);
				assertThat(post(context, BODY, bearer(sign(SIGNATURE_SECRET, claims(NOW))))).hasStatusOk();
				assertThat(recorded(context)).hasSize(2);
				assertThat(post(context, BODY, bearer(sign(OTHER_SECRET, claims(NOW))))).hasStatus(401);
				assertThat(recorded(context)).hasSize(2);
			});
	}

	@Test
	void rejectsACallbackSignedWithNeitherSignatureSecret() {
		this.runner
			.withPropertyValues("opentok.webhook.signature-secrets[0]=" + SIGNATURE_SECRET,
					"opentok.webhook.signature-secrets[1]=" + NEXT_SECRET)
			.run((context) -> {
				String token = sign(OTHER_SECRET, claims(NOW).claim("payload_hash", sha256Hex(BODY)));
				assertRejected(context, bearer(token), "The JWT signature does not match the signature secret");
				assertThat(count(context, "rejected")).isOne();
			});
	}

	@Test
	void acceptsTheSingleAndTheListedSignatureSecretsTogether() {
		this.signed.withPropertyValues("opentok.webhook.signature-secrets=" + NEXT_SECRET).run((context) -> {
			assertThat(post(context, BODY, bearer(sign(SIGNATURE_SECRET, claims(NOW))))).hasStatusOk();
			assertThat(post(context, BODY, bearer(sign(NEXT_SECRET, claims(NOW))))).hasStatusOk();
			assertThat(recorded(context)).hasSize(2);
			assertRejectedPublishingNothing(context, bearer(sign(OTHER_SECRET, claims(NOW))),
					"The JWT signature does not match the signature secret");
			assertThat(recorded(context)).hasSize(2);
		});
	}

	@Test
	void checksTheBodyAgainstTheTokenSignedWithTheSecondSecret() {
		this.runner.withPropertyValues("opentok.webhook.signature-secrets=" + SIGNATURE_SECRET + "," + NEXT_SECRET)
			.run((context) -> {
				String token = sign(NEXT_SECRET, claims(NOW).claim("payload_hash", sha256Hex(BODY)));
				String tampered = BODY.replace("\"status\":\"available\"", "\"status\":\"deleted\"");
				MvcTestResult result = post(context, tampered, bearer(token));
				assertThat(result).hasStatus(401);
				assertThat(result).bodyJson()
					.extractingPath("$.detail")
					.isEqualTo("The body does not match the JWT's payload_hash claim");
				assertThat(recorded(context)).isEmpty();
			});
	}

	@Test
	void acceptsAnyOfTheSharedTokens() {
		this.runner
			.withPropertyValues("opentok.webhook.secret=" + SHARED_TOKEN,
					"opentok.webhook.secrets=" + NEXT_SHARED_TOKEN + ",third-t0ken")
			.run((context) -> {
				assertThat(post(context, BODY, (request) -> request.header(SharedTokenGuard.HEADER, "third-t0ken")))
					.hasStatusOk();
				assertThat(MockMvcTester.from(context)
					.post()
					.uri(PATH + "?token={token}", NEXT_SHARED_TOKEN)
					.contentType(MediaType.APPLICATION_JSON)
					.content(BODY)).hasStatusOk();
				assertThat(post(context, BODY, (request) -> request.header(SharedTokenGuard.HEADER, SHARED_TOKEN)))
					.hasStatusOk();
				assertThat(recorded(context)).hasSize(3);
				assertRejectedPublishingNothing(context,
						(request) -> request.header(SharedTokenGuard.HEADER, "fourth-t0ken"),
						"The webhook token does not match");
				assertThat(recorded(context)).hasSize(3);
			});
	}

	@Test
	void acceptsListedSharedTokensWithoutTheSingleOne() {
		this.runner.withPropertyValues("opentok.webhook.secrets[0]=" + NEXT_SHARED_TOKEN).run((context) -> {
			assertThat(post(context, BODY, (request) -> request.header(SharedTokenGuard.HEADER, NEXT_SHARED_TOKEN)))
				.hasStatusOk();
			assertRejectedPublishingNothing(context, (request) -> {
			}, "The webhook token is missing");
		});
	}

	@Test
	void ignoresBlankSecretsInTheLists() {
		this.runner
			.withPropertyValues("opentok.webhook.signature-secrets[0]= ", "opentok.webhook.secrets[0]=",
					"opentok.webhook.secrets[1]=" + SHARED_TOKEN)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(post(context, BODY, (request) -> request.header(SharedTokenGuard.HEADER, SHARED_TOKEN)))
					.hasStatusOk();
				assertRejectedPublishingNothing(context, (request) -> request.header(SharedTokenGuard.HEADER, ""),
						"The webhook token does not match");
			});
	}

	@Test
	void acceptsTheSharedTokenInTheHeaderOrTheQuery() {
		this.runner.withPropertyValues("opentok.webhook.secret=" + SHARED_TOKEN).run((context) -> {
			assertThat(post(context, BODY, (request) -> request.header(SharedTokenGuard.HEADER, SHARED_TOKEN)))
				.hasStatusOk();
			assertThat(MockMvcTester.from(context)
				.post()
				.uri(PATH + "?token={token}", SHARED_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY)).hasStatusOk();
			assertThat(recorded(context)).hasSize(2);
		});
	}

	@Test
	void rejectsAMissingOrWrongSharedToken() {
		this.runner.withPropertyValues("opentok.webhook.secret=" + SHARED_TOKEN).run((context) -> {
			assertRejected(context, (request) -> {
			}, "The webhook token is missing");
			assertRejected(context, (request) -> request.header(SharedTokenGuard.HEADER, SHARED_TOKEN + "x"),
					"The webhook token does not match");
			MvcTestResult result = MockMvcTester.from(context)
				.post()
				.uri(PATH + "?token=wrong")
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY)
				.exchange();
			assertThat(result).hasStatus(401);
			assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).isNull();
			assertThat(recorded(context)).isEmpty();
		});
	}

	@Test
	void namesThePathWithoutTheQueryAsTheInstanceOfARejection() {
		this.runner.withPropertyValues("opentok.webhook.secret=" + SHARED_TOKEN).run((context) -> {
			MvcTestResult result = MockMvcTester.from(context)
				.post()
				.uri(PATH + "?token={token}", NEXT_SHARED_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY)
				.exchange();
			assertThat(result).hasStatus(401);
			assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo(PATH);
			assertThat(result.getResponse().getContentAsString()).doesNotContain(NEXT_SHARED_TOKEN);
		});
	}

	@Test
	void neverEchoesTheSecrets() {
		this.signed.run((context) -> {
			String token = sign(OTHER_SECRET, claims(NOW));
			MvcTestResult result = post(context, BODY, bearer(token));
			assertThat(result.getResponse().getContentAsString()).doesNotContain(SIGNATURE_SECRET)
				.doesNotContain(OTHER_SECRET)
				.doesNotContain(token);
		});
	}

	private void assertRejected(AssertableWebApplicationContext context, Consumer<MockMvcRequestBuilder> credentials,
			String detail) {
		MvcTestResult result = post(context, BODY, credentials);
		assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo(detail);
		assertThat(recorded(context)).isEmpty();
	}

	private void assertRejectedPublishingNothing(AssertableWebApplicationContext context,
			Consumer<MockMvcRequestBuilder> credentials, String detail) {
		int published = recorded(context).size();
		MvcTestResult result = post(context, BODY, credentials);
		assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo(detail);
		assertThat(recorded(context)).hasSize(published);
	}

	private static MvcTestResult post(AssertableWebApplicationContext context, String body,
			Consumer<MockMvcRequestBuilder> credentials) {
		MockMvcRequestBuilder request = MockMvcTester.from(context)
			.post()
			.uri(PATH)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		credentials.accept(request);
		return request.exchange();
	}

	private static Consumer<MockMvcRequestBuilder> bearer(String token) {
		return (request) -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	private static JWTClaimsSet.Builder claims(Instant issuedAt) {
		return new JWTClaimsSet.Builder().issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(5))))
			.jwtID("0b7f7c3e-0000-4000-8000-000000000001")
			.claim("api_key", "123456");
	}

	private static String sign(String secret, JWTClaimsSet.Builder claims) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
				claims.build());
		jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
		return jwt.serialize();
	}

	private static String sha256Hex(String body) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
	}

	private static double count(AssertableWebApplicationContext context, String outcome) {
		return context.getBean(MeterRegistry.class)
			.get("opentok.webhook.events")
			.tags("kind", "none", "outcome", outcome)
			.counter()
			.count();
	}

	private static List<OpenTokEvent> recorded(AssertableWebApplicationContext context) {
		return context.getBean(EventRecorder.class).events();
	}

}
