package org.opentok.spring.client.support;

import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockserver.configuration.ConfigurationProperties;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpRequest;
import org.mockserver.model.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.ReactiveOpenTokTransport;
import org.opentok.spring.client.core.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockserver.model.HttpRequest.request;

/**
 * OpenTok played by an in-process MockServer, for the API clients' tests: a transport
 * pointed at it, and checks of what it received (auth JWT verified independently, JSON
 * bodies compared as trees).
 * <p>
 * A JUnit extension. On a static field,
 * {@code @RegisterExtension static final MockOpenTok
 * openTok = new MockOpenTok();}, one server serves the class: it starts before the
 * class's tests (or on first use, whichever comes first), forgets expectations and
 * recorded requests before each test, and stops after the class's tests. On an instance
 * field each test gets a server of its own, stopped after the test. Outside an extension,
 * close it when done.
 */
public final class MockOpenTok
		implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, AutoCloseable {

	/**
	 * The project's API key.
	 */
	public static final String API_KEY = "123456";

	/**
	 * The project's API secret.
	 */
	public static final String API_SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	/**
	 * A session id that belongs to {@link #API_KEY}.
	 */
	public static final String SESSION_ID = "1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private @Nullable ClientAndServer server;

	private @Nullable String owner;

	private boolean closed;

	/**
	 * Returns the MockServer, to set expectations, starting it on first use.
	 * @return the server
	 * @throws IllegalStateException if this mock was closed
	 */
	public synchronized ClientAndServer server() {
		if (this.closed) {
			throw new IllegalStateException("MockOpenTok is closed");
		}
		if (this.server == null) {
			ConfigurationProperties.logLevel("WARN");
			this.server = ClientAndServer.startClientAndServer(0);
		}
		return this.server;
	}

	/**
	 * Starts the server for the class that registered this extension (nested classes
	 * share it).
	 * @param context the class's context
	 */
	@Override
	public synchronized void beforeAll(ExtensionContext context) {
		if (this.owner == null) {
			this.owner = context.getUniqueId();
			server();
		}
	}

	/**
	 * Forgets expectations and recorded requests of a server shared by the class, so that
	 * each test starts from a silent server; starts the test's own server otherwise.
	 * @param context the test's context
	 */
	@Override
	public synchronized void beforeEach(ExtensionContext context) {
		if (this.owner != null) {
			server().reset();
		}
		else {
			server();
		}
	}

	/**
	 * Stops the test's own server (a server shared by the class outlives the test).
	 * @param context the test's context
	 */
	@Override
	public synchronized void afterEach(ExtensionContext context) {
		if (this.owner == null) {
			close();
		}
	}

	/**
	 * Stops the server after the tests of the class that registered this extension.
	 * @param context the class's context
	 */
	@Override
	public synchronized void afterAll(ExtensionContext context) {
		if (context.getUniqueId().equals(this.owner)) {
			close();
		}
	}

	/**
	 * Answers every request matching {@code request} with {@code response}.
	 * @param request the request matcher
	 * @param response the response
	 */
	public void respond(HttpRequest request, HttpResponse response) {
		server().when(request).respond(response);
	}

	/**
	 * OpenTok's error code in the error bodies {@link #respondWithError} answers with.
	 */
	public static final int ERROR_CODE = 15001;

	/**
	 * Returns a response with a JSON body.
	 * @param status the status
	 * @param body the JSON body
	 * @return the response
	 */
	public static HttpResponse json(int status, String body) {
		return HttpResponse.response()
			.withStatusCode(status)
			.withHeader("Content-Type", "application/json")
			.withBody(body);
	}

	/**
	 * Answers requests to {@code path} with OpenTok's error body
	 * ({@code {"code":15001,"message":...}}).
	 * @param path the path matcher
	 * @param status the status
	 * @param message OpenTok's message
	 */
	public void respondWithError(String path, int status, String message) {
		respond(request().withPath(path), json(status,
				"{\"code\":" + ERROR_CODE + ",\"message\":\"" + message + "\",\"description\":\"" + message + "\"}"));
	}

	/**
	 * Checks that a call fails with exactly the given API exception type, carrying the
	 * status, OpenTok's code and message and the operation, and the message the client
	 * builds from them.
	 * @param type the exception type
	 * @param operation the operation
	 * @param status the HTTP status
	 * @param message OpenTok's message
	 * @param call the call
	 */
	public static void assertApiError(Class<? extends OpenTokApiException> type, OpenTokOperation operation, int status,
			String message, Runnable call) {
		assertThatExceptionOfType(OpenTokApiException.class).isThrownBy(call::run)
			.isExactlyInstanceOf(type)
			.satisfies((ex) -> {
				assertThat(ex.getOperation()).isEqualTo(operation);
				assertThat(ex.getStatusCode()).isEqualTo(status);
				assertThat(ex.getErrorCode()).isEqualTo(ERROR_CODE);
				assertThat(ex.getErrorMessage()).isEqualTo(message);
				assertThat(ex.getMessage()).isEqualTo(operation.operationName() + " failed: " + status + " " + message);
			});
	}

	/**
	 * Returns a transport with project credentials, pointed at the server, read timeout 2
	 * s.
	 * @return the transport
	 */
	public OpenTokTransport transport() {
		return OpenTokTransport.builder(OpenTokCredentials.project(API_KEY, API_SECRET))
			.apiUrl(URI.create("http://localhost:" + server().getPort()))
			.readTimeout(Duration.ofSeconds(2))
			.retryPolicy(RetryPolicy.none())
			.build();
	}

	/**
	 * Returns the server's base URL.
	 * @return the URL
	 */
	public URI apiUrl() {
		return URI.create("http://localhost:" + server().getPort());
	}

	/**
	 * Returns a reactive transport pointed at the server, with the settings of
	 * {@link #transport()}.
	 * @return the transport
	 */
	public ReactiveOpenTokTransport reactiveTransport() {
		return ReactiveOpenTokTransport.builder(OpenTokCredentials.project(API_KEY, API_SECRET))
			.apiUrl(URI.create("http://localhost:" + server().getPort()))
			.readTimeout(Duration.ofSeconds(2))
			.retryPolicy(RetryPolicy.none())
			.build();
	}

	/**
	 * Returns the one request the server received, failing if it received another number.
	 * @return the request
	 */
	public HttpRequest onlyRequest() {
		HttpRequest[] requests = server().retrieveRecordedRequests(request());
		assertThat(requests).as("requests received").hasSize(1);
		return requests[0];
	}

	/**
	 * Fails if the server received any request.
	 */
	public void assertNoRequest() {
		assertThat(server().retrieveRecordedRequests(request())).as("requests received").isEmpty();
	}

	/**
	 * Checks that a request carries a valid project auth JWT in {@code X-OPENTOK-AUTH},
	 * verified with the secret by an independent JWT library.
	 * @param request the request
	 * @return the JWT's claims
	 */
	public static JWTClaimsSet assertProjectAuth(HttpRequest request) {
		String jwt = request.getFirstHeader("X-OPENTOK-AUTH");
		assertThat(jwt).as("X-OPENTOK-AUTH").isNotBlank();
		try {
			SignedJWT signed = SignedJWT.parse(jwt);
			assertThat(signed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
			assertThat(signed.verify(new MACVerifier(API_SECRET))).as("signature verifies").isTrue();
			JWTClaimsSet claims = signed.getJWTClaimsSet();
			assertThat(claims.getIssuer()).isEqualTo(API_KEY);
			assertThat(claims.getStringClaim("ist")).isEqualTo("project");
			assertThat(claims.getJWTID()).isNotBlank();
			assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now());
			assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
				.isLessThanOrEqualTo(Duration.ofMinutes(5));
			return claims;
		}
		catch (ParseException | JOSEException ex) {
			throw new AssertionError("X-OPENTOK-AUTH is not a valid JWT", ex);
		}
	}

	/**
	 * Checks that a request has a JSON body equal, as a JSON tree, to
	 * {@code expectedJson}, and the JSON content type.
	 * @param request the request
	 * @param expectedJson the expected body
	 */
	public static void assertJsonBody(HttpRequest request, String expectedJson) {
		assertThat(request.getFirstHeader("Content-Type")).startsWith("application/json");
		assertThat(readTree(request.getBodyAsString())).isEqualTo(readTree(expectedJson));
	}

	/**
	 * Checks that a request has no body.
	 * @param request the request
	 */
	public static void assertNoBody(HttpRequest request) {
		String body = request.getBodyAsString();
		assertThat(body == null || body.isEmpty()).as("no body, got %s", body).isTrue();
	}

	/**
	 * Returns a request's query parameter names in order.
	 * @param request the request
	 * @return the names
	 */
	public static String[] queryNames(HttpRequest request) {
		return Arrays.stream(request.getQueryStringParameterList().toArray(new org.mockserver.model.Parameter[0]))
			.map((parameter) -> parameter.getName().getValue())
			.toArray(String[]::new);
	}

	private static JsonNode readTree(String json) {
		return JSON.readTree(json);
	}

	/**
	 * Stops the server, if it was started; this mock cannot be used afterwards.
	 */
	@Override
	public synchronized void close() {
		this.closed = true;
		if (this.server != null) {
			this.server.stop();
		}
	}

}
