package org.opentok.spring.boot.test.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;

/**
 * An emulator with the project's own client pointed at it, and a raw HTTP client whose
 * auth JWTs are signed independently (nimbus-jose-jwt), for requests the client would
 * refuse to send. A JUnit extension with the lifecycle of
 * {@link OpenTokEmulatorExtension}; outside an extension, close it when done.
 */
final class EmulatorFixture
		implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, AutoCloseable {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final OpenTokEmulatorExtension extension;

	private @Nullable OpenTok openTok;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	EmulatorFixture() {
		this(OpenTokEmulator.builder());
	}

	EmulatorFixture(OpenTokEmulator.Builder builder) {
		this.extension = new OpenTokEmulatorExtension(builder);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.extension.beforeAll(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.extension.beforeEach(context);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.extension.afterEach(context);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.extension.afterAll(context);
	}

	OpenTokEmulator emulator() {
		return this.extension.emulator();
	}

	synchronized OpenTok openTok() {
		if (this.openTok == null) {
			this.openTok = openTok(RetryPolicy.none());
		}
		return this.openTok;
	}

	OpenTok openTok(RetryPolicy retryPolicy) {
		EmulatorCredentials project = emulator().credentials();
		EmulatorCredentials account = emulator().account();
		return OpenTok.builder(project.apiKey(), project.apiSecret())
			.accountCredentials(account.apiKey(), account.apiSecret())
			.apiUrl(emulator().baseUrl())
			.retryPolicy(retryPolicy)
			.readTimeout(Duration.ofSeconds(5))
			.build();
	}

	String routedSession() {
		return openTok().sessions().create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build()).sessionId();
	}

	/**
	 * A routed session with one connected client: OpenTok records only such a session.
	 * @return the session id
	 */
	String recordableSession() {
		String sessionId = routedSession();
		emulator().connect(sessionId);
		return sessionId;
	}

	String relayedSession() {
		return openTok().sessions().create().sessionId();
	}

	String projectPath(String rest) {
		return "/v2/project/" + emulator().credentials().apiKey() + rest;
	}

	String projectJwt() {
		Instant now = Instant.now();
		return authJwt(emulator().credentials(), "project", now, now.plusSeconds(120));
	}

	static String authJwt(EmulatorCredentials credentials, String issuerType, Instant issuedAt, Instant expiresAt) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(credentials.apiKey())
			.claim("ist", issuerType)
			.issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(expiresAt))
			.jwtID("test-" + issuedAt.toEpochMilli())
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(new MACSigner(credentials.apiSecret().getBytes(StandardCharsets.UTF_8)));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	/**
	 * Sends a JSON request with a valid project auth JWT.
	 * @param method the method
	 * @param path the path
	 * @param json the JSON body, or {@code null}
	 * @return the answer
	 */
	Raw send(String method, String path, @Nullable String json) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-OPENTOK-AUTH", projectJwt());
		headers.put("Accept", "application/json");
		if (json != null) {
			headers.put("Content-Type", "application/json");
		}
		return send(method, path, headers, json);
	}

	Raw send(String method, String path, Map<String, String> headers, @Nullable String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator().baseUrl() + path))
			.timeout(Duration.ofSeconds(5))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Raw(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.extension.close();
	}

	/**
	 * A raw answer.
	 *
	 * @param status the HTTP status
	 * @param contentType the content type, or {@code null}
	 * @param body the body
	 */
	record Raw(int status, @Nullable String contentType, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		String message() {
			return json().path("message").asString();
		}

	}

}
