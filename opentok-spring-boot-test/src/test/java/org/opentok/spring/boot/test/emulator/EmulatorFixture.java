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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;

/**
 * A running emulator with the project's own client pointed at it, and a raw HTTP client
 * whose auth JWTs are signed independently (nimbus-jose-jwt), for requests the client
 * would refuse to send.
 */
final class EmulatorFixture implements AutoCloseable {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final OpenTokEmulator emulator;

	private final OpenTok openTok;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	EmulatorFixture() {
		this(OpenTokEmulator.builder());
	}

	EmulatorFixture(OpenTokEmulator.Builder builder) {
		this.emulator = builder.start();
		this.openTok = openTok(RetryPolicy.none());
	}

	OpenTokEmulator emulator() {
		return this.emulator;
	}

	OpenTok openTok() {
		return this.openTok;
	}

	OpenTok openTok(RetryPolicy retryPolicy) {
		EmulatorCredentials project = this.emulator.credentials();
		EmulatorCredentials account = this.emulator.account();
		return OpenTok.builder(project.apiKey(), project.apiSecret())
			.accountCredentials(account.apiKey(), account.apiSecret())
			.apiUrl(this.emulator.baseUrl())
			.retryPolicy(retryPolicy)
			.readTimeout(Duration.ofSeconds(5))
			.build();
	}

	String routedSession() {
		return this.openTok.sessions().create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build()).sessionId();
	}

	/**
	 * A routed session with one connected client: OpenTok records only such a session.
	 * @return the session id
	 */
	String recordableSession() {
		String sessionId = routedSession();
		this.emulator.connect(sessionId);
		return sessionId;
	}

	String relayedSession() {
		return this.openTok.sessions().create().sessionId();
	}

	String projectPath(String rest) {
		return "/v2/project/" + this.emulator.credentials().apiKey() + rest;
	}

	String projectJwt() {
		Instant now = Instant.now();
		return authJwt(this.emulator.credentials(), "project", now, now.plusSeconds(120));
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
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.emulator.baseUrl() + path))
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
		this.emulator.close();
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
