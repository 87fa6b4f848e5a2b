package org.opentok.spring.client.core;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.opentok.spring.client.TestRsaKeys;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests for {@link OpenTokTransport}, against an in-process HTTP server.
 */
class OpenTokTransportTests {

	private static final String SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	private static final String APPLICATION_ID = "9f3c2b1a-0e4d-4c5b-8a7f-6e5d4c3b2a10";

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final ClientAndServer server = openTok.server();

	private String apiUrl;

	@BeforeEach
	void pointAtServer() {
		this.apiUrl = "http://localhost:" + server.getPort();
	}

	@Test
	void defaultApiUrlFollowsTheCredentials() {
		assertThat(OpenTokTransport.builder(OpenTokCredentials.project("123456", SECRET)).build().apiUrl())
			.isEqualTo(URI.create("https://api.opentok.com"));
		assertThat(OpenTokTransport.builder(OpenTokCredentials.vonage(APPLICATION_ID, TestRsaKeys.pkcs8Pem()))
			.build()
			.apiUrl()).isEqualTo(URI.create("https://video.api.vonage.com"));
	}

	@Test
	void builderRejectsInvalidSettings() {
		OpenTokTransport.Builder builder = OpenTokTransport.builder(OpenTokCredentials.project("123456", SECRET));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.apiUrl(URI.create("/relative")))
			.withMessageContaining("'apiUrl'");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.apiUrl(URI.create("ftp://api.opentok.com")))
			.withMessage("'apiUrl' must be an absolute http(s) URL without query or fragment, "
					+ "got 'ftp://api.opentok.com'");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.apiUrl(URI.create("mailto:ops@opentok.com")))
			.withMessageContaining("'apiUrl'");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.readTimeout(Duration.ZERO))
			.withMessageContaining("'readTimeout'");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.connectTimeout(Duration.ofSeconds(-1)))
			.withMessageContaining("'connectTimeout'");
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokTransport.builder(null))
			.withMessage("'credentials' must not be null");
	}

	@Test
	void apiUrlMustBeAnAbsoluteHttpUrlWithoutQueryOrFragment() {
		assertThat(OpenTokTransport.isValidApiUrl(URI.create("https://api.opentok.com"))).isTrue();
		assertThat(OpenTokTransport.isValidApiUrl(URI.create("HTTP://localhost:8080/base"))).isTrue();
		assertThat(OpenTokTransport.isValidApiUrl(URI.create("api.opentok.com"))).isFalse();
		assertThat(OpenTokTransport.isValidApiUrl(URI.create("ftp://api.opentok.com"))).isFalse();
		assertThat(OpenTokTransport.isValidApiUrl(URI.create("https:///no-host"))).isFalse();
		assertThat(OpenTokTransport.isValidApiUrl(URI.create("https://api.opentok.com?x=1"))).isFalse();
		assertThat(OpenTokTransport.isValidApiUrl(URI.create("https://api.opentok.com#top"))).isFalse();
	}

	@Test
	void callFillsTheApiKeyIntoProjectPaths() throws Exception {
		server.when(request().withMethod("POST").withPath("/v2/project/123456/archive"))
			.respond(response().withStatusCode(200));
		OpenTokTransport transport = OpenTokTransport.builder(OpenTokCredentials.project("123456", SECRET))
			.apiUrl(URI.create(this.apiUrl))
			.build();
		ResponseEntity<Void> answer = transport.call(OpenTokOperation.SESSION_CREATE, "/v2/project/{projectId}/archive",
				Map.of(), (request) -> request.retrieve().toBodilessEntity());
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		HttpRequest recorded = onlyRecordedRequest();
		assertThat(recorded.getPath().getValue()).isEqualTo("/v2/project/123456/archive");
		assertThat(recorded.containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
		SignedJWT jwt = SignedJWT.parse(recorded.getFirstHeader(OpenTokJwtAuthenticator.HEADER));
		assertThat(jwt.verify(new MACVerifier(SECRET))).isTrue();
		assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("123456");
	}

	@Test
	void callFillsTheApplicationIdIntoProjectPathsAndSendsBearerJwt() throws Exception {
		server.when(request().withMethod("POST").withPath("/v2/project/" + APPLICATION_ID + "/archive"))
			.respond(response().withStatusCode(200));
		OpenTokTransport transport = OpenTokTransport
			.builder(OpenTokCredentials.vonage(APPLICATION_ID, TestRsaKeys.pkcs8Pem()))
			.apiUrl(URI.create(this.apiUrl))
			.build();
		assertThat(transport.projectId()).isEqualTo(APPLICATION_ID);
		Instant before = Instant.now();
		ResponseEntity<Void> answer = transport.call(OpenTokOperation.SESSION_CREATE, "/v2/project/{projectId}/archive",
				Map.of(), (request) -> request.retrieve().toBodilessEntity());
		Instant after = Instant.now();
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		HttpRequest recorded = onlyRecordedRequest();
		assertThat(recorded.getMethod().getValue()).isEqualTo("POST");
		assertThat(recorded.getPath().getValue()).isEqualTo("/v2/project/" + APPLICATION_ID + "/archive");
		assertThat(recorded.containsHeader(OpenTokJwtAuthenticator.HEADER)).isFalse();
		String authorization = recorded.getFirstHeader(HttpHeaders.AUTHORIZATION);
		assertThat(authorization).startsWith("Bearer ");
		SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()));
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(jwt.verify(new RSASSAVerifier(TestRsaKeys.publicKey()))).isTrue();
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getStringClaim("application_id")).isEqualTo(APPLICATION_ID);
		long iat = claims.getIssueTime().toInstant().getEpochSecond();
		assertThat(iat).isBetween(before.getEpochSecond() - 30, after.getEpochSecond() - 30);
		assertThat(claims.getExpirationTime().toInstant().getEpochSecond() - iat).isEqualTo(80);
		assertThat(claims.getJWTID()).isNotBlank();
	}

	@Test
	void callExpandsCallerVariablesButTakesTheProjectIdFromTheCredentials() {
		server.when(request().withPath("/v2/project/123456/archive/.*")).respond(response().withStatusCode(204));
		OpenTokTransport transport = OpenTokTransport.builder(OpenTokCredentials.project("123456", SECRET))
			.apiUrl(URI.create(this.apiUrl))
			.build();
		transport.call(OpenTokOperation.SESSION_CREATE, "/v2/project/{projectId}/archive/{archiveId}",
				Map.of("archiveId", "b40ef09b-3811-4726-b508-e41a0f96c68f", OpenTokTransport.PROJECT_ID, "999"),
				(request) -> request.retrieve().toBodilessEntity());
		// the project id always comes from the credentials, whatever the caller passes
		assertThat(onlyRecordedRequest().getPath().getValue())
			.isEqualTo("/v2/project/123456/archive/b40ef09b-3811-4726-b508-e41a0f96c68f");
	}

	@Test
	void customizerRunsAfterTheTransportsOwnSettings() {
		server.when(request().withPath("/v2/project/123456/archive")).respond(response().withStatusCode(200));
		OpenTokTransport transport = OpenTokTransport.builder(OpenTokCredentials.project("123456", SECRET))
			.apiUrl(URI.create(this.apiUrl))
			.customizer((builder) -> builder.defaultHeader(HttpHeaders.USER_AGENT, "my-app/1.0")
				.defaultHeader("X-Custom", "first"))
			.customizer((builder) -> builder.defaultHeader("X-Custom", "second"))
			.build();
		transport.call(OpenTokOperation.SESSION_CREATE, "/v2/project/{projectId}/archive", Map.of(),
				(request) -> request.retrieve().toBodilessEntity());
		HttpRequest recorded = onlyRecordedRequest();
		assertThat(recorded.getHeader(HttpHeaders.USER_AGENT)).containsExactly("my-app/1.0");
		assertThat(recorded.getHeader("X-Custom")).containsExactly("second");
		assertThat(recorded.getFirstHeader(HttpHeaders.ACCEPT)).isEqualTo("application/json");
		assertThat(recorded.containsHeader(OpenTokJwtAuthenticator.HEADER)).isTrue();
	}

	@Test
	void customizersRunAtBuildButTheRestClientIsBuiltOnTheFirstCallOnly() {
		server.when(request().withPath("/v2/project/123456/archive")).respond(response().withStatusCode(200));
		AtomicInteger customized = new AtomicInteger();
		AtomicInteger restClientsBuilt = new AtomicInteger();
		OpenTokTransport transport = OpenTokTransport.builder(OpenTokCredentials.project("123456", SECRET))
			.apiUrl(URI.create(this.apiUrl))
			.customizer((builder) -> {
				customized.incrementAndGet();
				// message converters are configured when the RestClient is built
				builder.configureMessageConverters((converters) -> restClientsBuilt.incrementAndGet());
			})
			.build();
		assertThat(customized).hasValue(1);
		assertThat(restClientsBuilt).hasValue(0);
		for (int i = 0; i < 2; i++) {
			transport.call(OpenTokOperation.SESSION_CREATE, "/v2/project/{projectId}/archive", Map.of(),
					(request) -> request.retrieve().toBodilessEntity());
		}
		assertThat(restClientsBuilt).hasValue(1);
		assertThat(customized).hasValue(1);
	}

	@Test
	void userAuthenticatorReplacesTheDefault() {
		server.when(request().withPath("/v2/project/123456/archive")).respond(response().withStatusCode(200));
		OpenTokTransport transport = OpenTokTransport.builder(OpenTokCredentials.project("123456", SECRET))
			.apiUrl(URI.create(this.apiUrl))
			.authenticator((headers) -> headers.set("X-Test-Auth", "yes"))
			.build();
		transport.call(OpenTokOperation.SESSION_CREATE, "/v2/project/{projectId}/archive", Map.of(),
				(request) -> request.retrieve().toBodilessEntity());
		HttpRequest recorded = onlyRecordedRequest();
		assertThat(recorded.getFirstHeader("X-Test-Auth")).isEqualTo("yes");
		assertThat(recorded.containsHeader(OpenTokJwtAuthenticator.HEADER)).isFalse();
	}

	@Test
	void errorStatusBecomesApiExceptionWithoutSecretOrJwt() {
		server.when(request().withPath("/v2/project/123456/archive"))
			.respond(response().withStatusCode(403)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"code\":-1,\"message\":\"Invalid token\"}"));
		OpenTokTransport transport = OpenTokTransport.builder(OpenTokCredentials.project("123456", SECRET))
			.apiUrl(URI.create(this.apiUrl))
			.build();
		assertThatExceptionOfType(OpenTokAuthenticationException.class)
			.isThrownBy(() -> transport.call(OpenTokOperation.SESSION_CREATE, "/v2/project/{projectId}/archive",
					Map.of(), (request) -> request.retrieve().toBodilessEntity()))
			.satisfies((ex) -> {
				String jwt = onlyRecordedRequest().getFirstHeader(OpenTokJwtAuthenticator.HEADER);
				assertThat(ex.getMessage()).isEqualTo("session.create failed: 403 Invalid token")
					.doesNotContain(SECRET)
					.doesNotContain(jwt);
				assertThat(ex.getErrorCode()).isEqualTo(-1);
				assertThat(ex.toString()).doesNotContain(SECRET).doesNotContain(jwt);
			});
	}

	private static HttpRequest onlyRecordedRequest() {
		HttpRequest[] recorded = server.retrieveRecordedRequests(request());
		assertThat(recorded).hasSize(1);
		return recorded[0];
	}

}
