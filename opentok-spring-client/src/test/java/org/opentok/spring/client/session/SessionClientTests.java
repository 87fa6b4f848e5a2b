package org.opentok.spring.client.session;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpRequest;
import org.mockserver.model.HttpResponse;

import org.springframework.http.HttpHeaders;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.TestRsaKeys;
import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokAuthenticationException;
import org.opentok.spring.client.core.OpenTokBadRequestException;
import org.opentok.spring.client.core.OpenTokConflictException;
import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.OpenTokException;
import org.opentok.spring.client.core.OpenTokInvalidResponseException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokPayloadTooLargeException;
import org.opentok.spring.client.core.OpenTokRateLimitedException;
import org.opentok.spring.client.core.OpenTokServerException;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.OpenTokTransportException;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.internal.UserAgent;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests for {@link SessionClient}, against an in-process HTTP server.
 */
class SessionClientTests {

	private static final String API_KEY = "123456";

	private static final String SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	private static final String APPLICATION_ID = "9f3c2b1a-0e4d-4c5b-8a7f-6e5d4c3b2a10";

	private static final String SESSION_ID = "1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4";

	private static final String CREATED = """
			[{"session_id":"%s","project_id":"123456","partner_id":"123456",
			"create_dt":"Tue Nov 14 14:13:20 PST 2023","media_server_url":"",
			"properties":null,"session_status":null,"status_invalid":null,"media_server_hostname":null,
			"messaging_server_url":null,"messaging_url":null,"symphony_address":null,"ice_server":null,
			"ice_servers":null,"ice_credential_expiration":86100,"session_segment_id":"0b5e0f7a-7a3e-4c1b"}]
			""".formatted(SESSION_ID);

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final ClientAndServer server = openTok.server();

	private String apiUrl;

	private SessionClient sessions;

	@BeforeEach
	void setUp() {
		this.apiUrl = "http://localhost:" + server.getPort();
		// retries have their own tests; here each error must surface from one attempt
		this.sessions = OpenTok.builder(API_KEY, SECRET)
			.apiUrl(this.apiUrl)
			.retryPolicy(RetryPolicy.none())
			.build()
			.sessions();
	}

	@Test
	void createSendsTheDefaultsAsFormAndReadsTheSession() throws Exception {
		respondCreated(CREATED);
		Instant before = Instant.now();
		Session session = this.sessions.create();
		Instant after = Instant.now();
		assertThat(session)
			.isEqualTo(new Session(SESSION_ID, API_KEY, "Tue Nov 14 14:13:20 PST 2023", "", SessionOptions.defaults()));
		assertThat(session.mediaMode()).isEqualTo(MediaMode.RELAYED);
		assertThat(session.archiveMode()).isEqualTo(ArchiveMode.MANUAL);
		HttpRequest recorded = onlyRecordedRequest();
		assertThat(recorded.getMethod().getValue()).isEqualTo("POST");
		assertThat(recorded.getPath().getValue()).isEqualTo("/session/create");
		assertThat(recorded.getBodyAsString()).isEqualTo("p2p.preference=enabled&archiveMode=manual");
		assertThat(recorded.getHeader(HttpHeaders.ACCEPT)).containsExactly("application/json");
		assertThat(recorded.getFirstHeader(HttpHeaders.CONTENT_TYPE)).startsWith("application/x-www-form-urlencoded");
		assertThat(UserAgent.libraryVersion()).matches("[0-9][0-9A-Za-z.\\-]*");
		assertThat(recorded.getHeader(HttpHeaders.USER_AGENT)).containsExactly(
				"opentok-spring-boot/" + UserAgent.libraryVersion() + " JRE/" + System.getProperty("java.version"));
		assertThat(recorded.containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
		assertThat(recorded.getHeader("X-OPENTOK-AUTH")).hasSize(1);
		SignedJWT jwt = SignedJWT.parse(recorded.getFirstHeader("X-OPENTOK-AUTH"));
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
		assertThat(jwt.verify(new MACVerifier(SECRET))).isTrue();
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo(API_KEY);
		assertThat(claims.getStringClaim("ist")).isEqualTo("project");
		long iat = claims.getIssueTime().toInstant().getEpochSecond();
		assertThat(iat).isBetween(before.getEpochSecond() - 30, after.getEpochSecond() - 30);
		assertThat(claims.getExpirationTime().toInstant().getEpochSecond() - iat).isEqualTo(80);
		assertThat(claims.getJWTID()).isNotBlank();
	}

	@Test
	void createTakesAuthTimesFromTheBuildersClock() throws Exception {
		respondCreated(CREATED);
		Clock clock = Clock.fixed(Instant.ofEpochSecond(1700000030), ZoneOffset.UTC);
		OpenTok.builder(API_KEY, SECRET).apiUrl(this.apiUrl).clock(clock).build().sessions().create();
		JWTClaimsSet claims = SignedJWT.parse(onlyRecordedRequest().getFirstHeader("X-OPENTOK-AUTH")).getJWTClaimsSet();
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.ofEpochSecond(1700000000));
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.ofEpochSecond(1700000080));
	}

	@Test
	void createSendsEveryOptionAsForm() {
		respondCreated(CREATED);
		SessionOptions options = SessionOptions.builder()
			.mediaMode(MediaMode.ROUTED)
			.archiveMode(ArchiveMode.ALWAYS)
			.archiveName("Weekly sync & review")
			.archiveResolution(Resolution.HD_VERTICAL)
			.location("12.34.56.78")
			.build();
		Session session = this.sessions.create(options);
		assertThat(session.options()).isSameAs(options);
		assertThat(session.mediaMode()).isEqualTo(MediaMode.ROUTED);
		assertThat(session.archiveMode()).isEqualTo(ArchiveMode.ALWAYS);
		assertThat(onlyRecordedRequest().getBodyAsString())
			.isEqualTo("p2p.preference=disabled&archiveMode=always&location=12.34.56.78"
					+ "&archiveName=Weekly+sync+%26+review&archiveResolution=720x1280");
	}

	@Test
	void createSendsE2eeOnRoutedManualSession() {
		respondCreated(CREATED);
		this.sessions.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).e2ee(true).build());
		assertThat(onlyRecordedRequest().getBodyAsString())
			.isEqualTo("p2p.preference=disabled&archiveMode=manual&e2ee=true");
	}

	@Test
	void createAcceptsArchiveNameOfEightyCharacters() {
		respondCreated(CREATED);
		String name = "n".repeat(80);
		this.sessions.create(SessionOptions.builder()
			.mediaMode(MediaMode.ROUTED)
			.archiveMode(ArchiveMode.ALWAYS)
			.archiveName(name)
			.build());
		assertThat(onlyRecordedRequest().getBodyAsString())
			.isEqualTo("p2p.preference=disabled&archiveMode=always&archiveName=" + name);
	}

	@Test
	void archiveAlwaysOnRelayedSessionIsRejectedBeforeAnyRequest() {
		assertRejectedBeforeAnyRequest(SessionOptions.builder().archiveMode(ArchiveMode.ALWAYS), "'archiveMode'");
	}

	@Test
	void e2eeOnRelayedSessionIsRejectedBeforeAnyRequest() {
		assertRejectedBeforeAnyRequest(SessionOptions.builder().e2ee(true), "'e2ee'");
	}

	@Test
	void e2eeWithArchiveAlwaysIsRejectedBeforeAnyRequest() {
		assertRejectedBeforeAnyRequest(
				SessionOptions.builder().mediaMode(MediaMode.ROUTED).archiveMode(ArchiveMode.ALWAYS).e2ee(true),
				"'e2ee' cannot be combined with 'archiveMode' ALWAYS");
	}

	@Test
	void archiveNameWithoutArchiveAlwaysIsRejectedBeforeAnyRequest() {
		assertRejectedBeforeAnyRequest(SessionOptions.builder().mediaMode(MediaMode.ROUTED).archiveName("name"),
				"'archiveName' is only allowed with 'archiveMode' ALWAYS");
	}

	@Test
	void archiveResolutionWithoutArchiveAlwaysIsRejectedBeforeAnyRequest() {
		assertRejectedBeforeAnyRequest(
				SessionOptions.builder().mediaMode(MediaMode.ROUTED).archiveResolution(Resolution.HD_HORIZONTAL),
				"'archiveResolution' is only allowed with 'archiveMode' ALWAYS");
	}

	@Test
	void unknownArchiveResolutionIsRejectedBeforeAnyRequest() {
		assertRejectedBeforeAnyRequest(SessionOptions.builder()
			.mediaMode(MediaMode.ROUTED)
			.archiveMode(ArchiveMode.ALWAYS)
			.archiveResolution(Resolution.UNKNOWN), "'archiveResolution' must not be UNKNOWN");
	}

	@Test
	void archiveNameLongerThanEightyCharactersIsRejectedBeforeAnyRequest() {
		assertRejectedBeforeAnyRequest(SessionOptions.builder()
			.mediaMode(MediaMode.ROUTED)
			.archiveMode(ArchiveMode.ALWAYS)
			.archiveName("n".repeat(81)), "'archiveName' must be 1 to 80 characters, got 81");
	}

	@ParameterizedTest
	@ValueSource(strings = { "256.1.1.1", "::1", "abc", "1.2.3", "1.2.3.4.5", "01.2.3.4", " 1.2.3.4", "" })
	void locationThatIsNotIpv4IsRejectedBeforeAnyRequest(String location) {
		assertRejectedBeforeAnyRequest(SessionOptions.builder().location(location), "'location'");
	}

	@Test
	void nullOptionsAreRejectedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.sessions.create(null))
			.withMessage("'options' must not be null");
		assertThat(server.retrieveRecordedRequests(request())).isEmpty();
	}

	static Stream<Arguments> errorStatuses() {
		return Stream.of(Arguments.of(400, OpenTokBadRequestException.class, false),
				Arguments.of(401, OpenTokAuthenticationException.class, false),
				Arguments.of(403, OpenTokAuthenticationException.class, false),
				Arguments.of(404, OpenTokNotFoundException.class, false),
				Arguments.of(409, OpenTokConflictException.class, false),
				Arguments.of(413, OpenTokPayloadTooLargeException.class, false),
				Arguments.of(418, OpenTokApiException.class, false),
				Arguments.of(429, OpenTokRateLimitedException.class, true),
				Arguments.of(500, OpenTokServerException.class, true),
				Arguments.of(503, OpenTokServerException.class, true));
	}

	@ParameterizedTest
	@MethodSource("errorStatuses")
	void errorStatusGivesTypedException(int status, Class<? extends OpenTokApiException> type, boolean isTransient) {
		server.when(request().withPath("/session/create"))
			.respond(response().withStatusCode(status)
				.withHeader("Content-Type", "application/json")
				.withHeader("Retry-After", "7")
				.withBody(
						"{\"code\":15202,\"message\":\"Invalid archive mode\",\"description\":\"Invalid archive mode\"}"));
		assertThatExceptionOfType(type).isThrownBy(this.sessions::create).satisfies((ex) -> {
			assertThat(ex.getClass()).isEqualTo(type);
			assertThat(ex.getStatusCode()).isEqualTo(status);
			assertThat(ex.getErrorCode()).isEqualTo(15202);
			assertThat(ex.getErrorMessage()).isEqualTo("Invalid archive mode");
			assertThat(ex.getOperation()).isEqualTo(OpenTokOperation.SESSION_CREATE);
			assertThat(ex.getMessage()).isEqualTo("session.create failed: " + status + " Invalid archive mode");
			assertThat(ex.isTransient()).isEqualTo(isTransient);
			if (ex instanceof OpenTokRateLimitedException rateLimited) {
				assertThat(rateLimited.getRetryAfter()).isEqualTo(Duration.ofSeconds(7));
			}
			assertNoSecretIn(ex);
		});
	}

	@Test
	void rateLimitedExceptionCarriesRetryAfter() {
		server.when(request().withPath("/session/create"))
			.respond(response().withStatusCode(429)
				.withHeader("Retry-After", "7")
				.withHeader("Content-Type", "application/json")
				.withBody("{\"code\":429,\"message\":\"Too many requests\"}"));
		assertThatExceptionOfType(OpenTokRateLimitedException.class).isThrownBy(this.sessions::create)
			.satisfies((ex) -> {
				assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(7));
				assertThat(ex.getStatusCode()).isEqualTo(429);
				assertThat(ex.getMessage()).isEqualTo("session.create failed: 429 Too many requests");
				assertThat(ex.isTransient()).isTrue();
			});
	}

	@Test
	void rateLimitedWithoutRetryAfterHasNoWait() {
		server.when(request().withPath("/session/create")).respond(response().withStatusCode(429));
		assertThatExceptionOfType(OpenTokRateLimitedException.class).isThrownBy(this.sessions::create)
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isNull());
	}

	@Test
	void errorWithEmptyBodyFallsBackToReasonPhrase() {
		server.when(request().withPath("/session/create")).respond(response().withStatusCode(404));
		assertThatExceptionOfType(OpenTokNotFoundException.class).isThrownBy(this.sessions::create).satisfies((ex) -> {
			assertThat(ex.getErrorCode()).isNull();
			assertThat(ex.getErrorMessage()).isEqualTo("Not Found");
			assertThat(ex.getMessage()).isEqualTo("session.create failed: 404 Not Found");
		});
	}

	@Test
	void errorWithNonJsonBodyGivesAnExcerpt() {
		String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
		server.when(request().withPath("/session/create"))
			.respond(response().withStatusCode(502).withHeader("Content-Type", "text/html").withBody(html));
		assertThatExceptionOfType(OpenTokServerException.class).isThrownBy(this.sessions::create).satisfies((ex) -> {
			assertThat(ex.getStatusCode()).isEqualTo(502);
			assertThat(ex.getErrorCode()).isNull();
			assertThat(ex.getErrorMessage()).isEqualTo(html);
			assertThat(ex.getMessage()).isEqualTo("session.create failed: 502 " + html);
			assertThat(ex.isTransient()).isTrue();
		});
	}

	@Test
	void errorWithLongNonJsonBodyIsCutShort() {
		String body = "x".repeat(300);
		server.when(request().withPath("/session/create"))
			.respond(response().withStatusCode(500).withHeader("Content-Type", "text/plain").withBody(body));
		assertThatExceptionOfType(OpenTokServerException.class).isThrownBy(this.sessions::create)
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).isEqualTo("x".repeat(200) + "..."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[{\"session_id\":", "not json", "{\"session_id\":\"1_abc\"}" })
	void malformedSuccessBodyGivesInvalidResponseException(String body) {
		respondCreated(body);
		assertThatExceptionOfType(OpenTokInvalidResponseException.class).isThrownBy(this.sessions::create)
			.satisfies((ex) -> {
				assertThat(ex.getOperation()).isEqualTo(OpenTokOperation.SESSION_CREATE);
				assertThat(ex.getMessage()).startsWith("session.create failed: invalid response: ");
				assertThat(ex.isTransient()).isFalse();
				assertNoSecretIn(ex);
			});
	}

	@Test
	void emptyArrayGivesInvalidResponseException() {
		respondCreated("[]");
		assertThatExceptionOfType(OpenTokInvalidResponseException.class).isThrownBy(this.sessions::create)
			.withMessage("session.create failed: invalid response: expected a JSON array with one session, "
					+ "got 0 element(s)");
	}

	@Test
	void twoElementArrayGivesInvalidResponseException() {
		respondCreated("[{\"session_id\":\"1_a\"},{\"session_id\":\"1_b\"}]");
		assertThatExceptionOfType(OpenTokInvalidResponseException.class).isThrownBy(this.sessions::create)
			.withMessageEndingWith("got 2 element(s)");
	}

	@Test
	void elementWithoutSessionIdGivesInvalidResponseException() {
		respondCreated("[{\"project_id\":\"123456\"}]");
		assertThatExceptionOfType(OpenTokInvalidResponseException.class).isThrownBy(this.sessions::create);
	}

	@Test
	void emptySuccessBodyGivesInvalidResponseException() {
		server.when(request().withPath("/session/create")).respond(response().withStatusCode(200));
		assertThatExceptionOfType(OpenTokInvalidResponseException.class).isThrownBy(this.sessions::create)
			.withMessageEndingWith("got no body");
	}

	@Test
	void responseSlowerThanReadTimeoutGivesTransportException() {
		server.when(request().withPath("/session/create"))
			.respond(response().withStatusCode(200)
				.withHeader("Content-Type", "application/json")
				.withBody(CREATED)
				.withDelay(TimeUnit.SECONDS, 3));
		SessionClient impatient = OpenTok.builder(API_KEY, SECRET)
			.apiUrl(this.apiUrl)
			.readTimeout(Duration.ofMillis(500))
			.build()
			.sessions();
		long start = System.nanoTime();
		assertThatExceptionOfType(OpenTokTransportException.class).isThrownBy(impatient::create).satisfies((ex) -> {
			assertThat(ex.getOperation()).isEqualTo(OpenTokOperation.SESSION_CREATE);
			assertThat(ex.isTransient()).isTrue();
			assertThat(ex.getMessage()).startsWith("session.create failed: ");
			assertNoSecretIn(ex);
		});
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void refusedConnectionGivesTransportException() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		SessionClient unreachable = OpenTok.builder(API_KEY, SECRET)
			.apiUrl("http://localhost:" + closedPort)
			.build()
			.sessions();
		assertThatExceptionOfType(OpenTokTransportException.class).isThrownBy(unreachable::create).satisfies((ex) -> {
			assertThat(ex.getOperation()).isEqualTo(OpenTokOperation.SESSION_CREATE);
			assertThat(ex.isTransient()).isTrue();
			assertThat(ex.getCause()).isNotNull();
			assertNoSecretIn(ex);
		});
	}

	@Test
	void customizerAddedToTheBuilderRunsLast() {
		respondCreated(CREATED);
		OpenTok.builder(API_KEY, SECRET)
			.apiUrl(this.apiUrl)
			.customizer((builder) -> builder.defaultHeader("X-Request-Source", "tests")
				.defaultHeader(HttpHeaders.USER_AGENT, "my-app/2.0"))
			.build()
			.sessions()
			.create();
		HttpRequest recorded = onlyRecordedRequest();
		assertThat(recorded.getHeader("X-Request-Source")).containsExactly("tests");
		assertThat(recorded.getHeader(HttpHeaders.USER_AGENT)).containsExactly("my-app/2.0");
		assertThat(recorded.getBodyAsString()).isEqualTo("p2p.preference=enabled&archiveMode=manual");
	}

	@Test
	void sessionClientWorksOnAPlainTransport() {
		respondCreated(CREATED);
		SessionClient client = new SessionClient(OpenTokTransport.builder(OpenTokCredentials.project(API_KEY, SECRET))
			.apiUrl(URI.create(this.apiUrl))
			.build());
		assertThat(client.create().sessionId()).isEqualTo(SESSION_ID);
		assertThat(onlyRecordedRequest().containsHeader("X-OPENTOK-AUTH")).isTrue();
	}

	@Test
	void vonageCreateSendsBearerJwtToTheSamePath() throws Exception {
		respondCreated("[{\"session_id\":\"" + SESSION_ID + "\",\"application_id\":\"" + APPLICATION_ID
				+ "\",\"create_dt\":\"Tue Nov 14 14:13:20 PST 2023\",\"media_server_url\":\"\"}]");
		Instant before = Instant.now();
		Session session = OpenTok.vonageBuilder(APPLICATION_ID, TestRsaKeys.pkcs8Pem())
			.apiUrl(this.apiUrl)
			.build()
			.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build());
		Instant after = Instant.now();
		assertThat(session.sessionId()).isEqualTo(SESSION_ID);
		assertThat(session.projectId()).isEqualTo(APPLICATION_ID);
		HttpRequest recorded = onlyRecordedRequest();
		assertThat(recorded.getMethod().getValue()).isEqualTo("POST");
		assertThat(recorded.getPath().getValue()).isEqualTo("/session/create");
		assertThat(recorded.getBodyAsString()).isEqualTo("p2p.preference=disabled&archiveMode=manual");
		assertThat(recorded.containsHeader("X-OPENTOK-AUTH")).isFalse();
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
	void vonageSessionWithoutIdsInTheAnswerBelongsToTheApplication() {
		respondCreated("[{\"session_id\":\"" + SESSION_ID + "\"}]");
		Session session = OpenTok.vonageBuilder(APPLICATION_ID, TestRsaKeys.pkcs8Pem())
			.apiUrl(this.apiUrl)
			.build()
			.sessions()
			.create();
		assertThat(session.projectId()).isEqualTo(APPLICATION_ID);
		assertThat(session.createdAt()).isNull();
		assertThat(session.mediaServerUrl()).isNull();
	}

	private void assertRejectedBeforeAnyRequest(SessionOptions.Builder options, String expectedMessagePart) {
		respondCreated(CREATED);
		assertThatIllegalArgumentException().isThrownBy(() -> this.sessions.create(options.build()))
			.withMessageContaining(expectedMessagePart);
		assertThat(server.retrieveRecordedRequests(request())).isEmpty();
	}

	private static void respondCreated(String body) {
		server.when(request().withMethod("POST").withPath("/session/create"))
			.respond(HttpResponse.response()
				.withStatusCode(200)
				.withHeader("Content-Type", "application/json")
				.withBody(body));
	}

	private static HttpRequest onlyRecordedRequest() {
		HttpRequest[] recorded = server.retrieveRecordedRequests(request());
		assertThat(recorded).hasSize(1);
		return recorded[0];
	}

	private static void assertNoSecretIn(OpenTokException ex) {
		HttpRequest[] recorded = server.retrieveRecordedRequests(request());
		for (Throwable t = ex; t != null; t = t.getCause()) {
			assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
			assertThat(t.toString()).doesNotContain(SECRET);
			for (HttpRequest request : recorded) {
				String jwt = request.getFirstHeader("X-OPENTOK-AUTH");
				if (!jwt.isEmpty()) {
					assertThat(t.toString()).doesNotContain(jwt);
				}
			}
		}
	}

}
