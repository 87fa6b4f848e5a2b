package org.opentok.spring.boot.test.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.connection.Connection;
import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.client.stream.SessionStream;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The HTTP control API driven by a plain HTTP client, as a test suite in another language
 * drives it; its effects are checked through the REST API with the project's client.
 */
class ControlApiTests {

	private static final String TOKEN = "control-token-0123456789";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static OpenTokEmulator emulator;

	private static OpenTok openTok;

	@BeforeAll
	static void start() {
		emulator = OpenTokEmulator.builder().controlToken(TOKEN).start();
		EmulatorCredentials project = emulator.credentials();
		openTok = OpenTok.builder(project.apiKey(), project.apiSecret())
			.apiUrl(emulator.baseUrl())
			.retryPolicy(RetryPolicy.none())
			.readTimeout(Duration.ofSeconds(5))
			.build();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void reset() {
		emulator.reset();
	}

	@Test
	void aClientJoiningWithATokenPublishingAndLeavingShowsInTheApi() throws Exception {
		String sessionId = routedSession();
		String token = openTok.tokens()
			.generate(sessionId, TokenOptions.builder().role(Role.MODERATOR).data("name=Ann").build());
		HttpResponse<String> joined = control("POST", "sessions/" + sessionId + "/connections",
				"{\"token\":\"" + token + "\"}");
		assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
		assertThat(joined.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode connection = JSON.readTree(joined.body());
		String connectionId = connection.path("connectionId").asString();
		assertThat(connection.path("sessionId").asString()).isEqualTo(sessionId);
		assertThat(connection.path("role").asString()).isEqualTo("moderator");
		assertThat(connection.path("data").asString()).isEqualTo("name=Ann");
		assertThat(openTok.connections().list(sessionId).items()).extracting(Connection::connectionId)
			.containsExactly(connectionId);

		HttpResponse<String> published = control("POST", "connections/" + connectionId + "/streams",
				"{\"videoType\":\"screen\",\"name\":\"slides\"}");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
		String streamId = JSON.readTree(published.body()).path("streamId").asString();
		SessionStream stream = openTok.streams().get(sessionId, streamId);
		assertThat(stream.rawVideoType()).isEqualTo("screen");
		assertThat(stream.name()).isEqualTo("slides");
		JsonNode streams = JSON.readTree(control("GET", "sessions/" + sessionId + "/streams", null).body());
		assertThat(streams.path(0).path("streamId").asString()).isEqualTo(streamId);
		assertThat(streams.path(0).path("videoType").asString()).isEqualTo("screen");

		assertThat(control("DELETE", "streams/" + streamId, null).statusCode()).isEqualTo(204);
		assertThat(openTok.streams().list(sessionId).items()).isEmpty();
		assertThat(control("DELETE", "connections/" + connectionId, null).statusCode()).isEqualTo(204);
		assertThat(openTok.connections().list(sessionId).items()).isEmpty();
	}

	@Test
	void aClientJoinsWithoutATokenAsAPublisherAndPublishesAudioOnly() throws Exception {
		String sessionId = routedSession();
		JsonNode connection = JSON.readTree(control("POST", "sessions/" + sessionId + "/connections", null).body());
		assertThat(connection.path("role").asString()).isEqualTo("publisher");
		HttpResponse<String> published = control("POST",
				"connections/" + connection.path("connectionId").asString() + "/streams", "{\"videoType\":\"none\"}");
		assertThat(published.statusCode()).isEqualTo(201);
		assertThat(JSON.readTree(published.body()).path("videoType").isNull()).isTrue();
		assertThat(JSON.readTree(control("GET", "sessions/" + sessionId + "/connections", null).body())).hasSize(1);
	}

	@Test
	void createsSessionsThatTheApiKnows() throws Exception {
		HttpResponse<String> created = control("POST", "sessions", "{\"mediaMode\":\"routed\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		String sessionId = JSON.readTree(created.body()).path("sessionId").asString();
		openTok.archives().start(sessionIdWithClient(sessionId));
		assertThat(openTok.archives().listAll(sessionId)).hasSize(1);
	}

	@Test
	void failsAnArchive() throws Exception {
		String sessionId = sessionIdWithClient(routedSession());
		String archiveId = openTok.archives().start(sessionId).id();
		HttpResponse<String> failed = control("POST", "archives/" + archiveId + "/failure",
				"{\"reason\":\"disk full\"}");
		assertThat(failed.statusCode()).as(failed.body()).isEqualTo(204);
		assertThat(openTok.archives().get(archiveId).status()).isEqualTo(ArchiveStatus.FAILED);
		assertThat(control("POST", "archives/nope/failure", null).statusCode()).isEqualTo(404);
	}

	@Test
	void rotatingTheMediaServerCutsTheClientsOff() throws Exception {
		String sessionId = sessionIdWithClient(routedSession());
		assertThat(control("POST", "sessions/" + sessionId + "/rotation-notice", null).statusCode()).isEqualTo(204);
		assertThat(openTok.connections().list(sessionId).items()).hasSize(1);
		assertThat(control("POST", "sessions/" + sessionId + "/rotation", null).statusCode()).isEqualTo(204);
		assertThat(openTok.connections().list(sessionId).items()).isEmpty();
	}

	@Test
	void queuesFaultsThatTheNextApiCallsGet() throws Exception {
		String sessionId = routedSession();
		HttpResponse<String> queued = control("POST", "faults",
				"{\"type\":\"fail\",\"times\":2,\"status\":429,\"retryAfterSeconds\":7}");
		assertThat(queued.statusCode()).as(queued.body()).isEqualTo(200);
		assertThat(JSON.readTree(queued.body()).path("pending").asInt()).isEqualTo(2);
		assertThatExceptionOfType(OpenTokApiException.class).isThrownBy(() -> openTok.connections().list(sessionId))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(429));
		assertThat(JSON.readTree(control("GET", "faults", null).body()).path("pending").asInt()).isEqualTo(1);
		assertThat(JSON.readTree(control("DELETE", "faults", null).body()).path("pending").asInt()).isZero();
		assertThat(openTok.connections().list(sessionId).items()).isEmpty();

		control("POST", "faults", "{\"type\":\"delay\",\"delayMillis\":300}");
		long started = System.nanoTime();
		openTok.connections().list(sessionId);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		control("POST", "faults", "{\"type\":\"drop\"}");
		assertThat(emulator.faults().pending()).isEqualTo(1);
	}

	@Test
	void listsTheApiRequestsButNotTheControlCalls() throws Exception {
		String sessionId = routedSession();
		control("GET", "faults", null);
		JsonNode requests = JSON.readTree(control("GET", "requests", null).body());
		assertThat(requests).hasSize(1);
		assertThat(requests.path(0).path("method").asString()).isEqualTo("POST");
		assertThat(requests.path(0).path("path").asString()).isEqualTo("/session/create");
		assertThat(requests.path(0).path("status").asInt()).isEqualTo(200);
		assertThat(sessionId).isNotEmpty();
		assertThat(JSON.readTree(control("GET", "webhooks", null).body())).isEmpty();
	}

	@Test
	void resetForgetsTheSessions() throws Exception {
		String sessionId = routedSession();
		assertThat(control("POST", "reset", null).statusCode()).isEqualTo(204);
		assertThatExceptionOfType(OpenTokApiException.class).isThrownBy(() -> openTok.connections().list(sessionId))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
		HttpResponse<String> idle = control("POST", "idle", "{\"timeoutMillis\":1000}");
		assertThat(JSON.readTree(idle.body()).path("idle").asBoolean()).isTrue();
	}

	@Test
	void refusesCallsWithoutTheToken() throws Exception {
		String sessionId = routedSession();
		for (String authorization : new String[] { null, "Bearer wrong-token-0123456789", TOKEN,
				"Bearer " + TOKEN + "x" }) {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(
						URI.create(emulator.baseUrl() + "/_emulator/control/sessions/" + sessionId + "/connections"))
				.POST(HttpRequest.BodyPublishers.noBody());
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			HttpResponse<String> refused = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
			assertThat(JSON.readTree(refused.body()).path("message").asString()).contains("Authorization: Bearer");
		}
		assertThat(openTok.connections().list(sessionId).items()).isEmpty();
	}

	@Test
	void isOffWithoutAControlToken() throws Exception {
		try (OpenTokEmulator plain = OpenTokEmulator.builder().start()) {
			HttpResponse<String> off = HTTP
				.send(HttpRequest.newBuilder(URI.create(plain.baseUrl() + "/_emulator/control/faults"))
					.header("Authorization", "Bearer " + TOKEN)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(off.statusCode()).isEqualTo(404);
			assertThat(off.body()).contains("control API is off");
		}
	}

	@Test
	void refusesBadInputNamingTheProblem() throws Exception {
		String sessionId = routedSession();
		assertRefused(control("POST", "faults", "{\"type\":\"fail\",\"times\":0}"), 400, "'times'", "0");
		assertRefused(control("POST", "faults", "{\"type\":\"fail\",\"times\":1000000000}"), 400, "'times'", "10000");
		assertRefused(control("POST", "faults", "{\"type\":\"fail\",\"status\":302}"), 400, "'status'", "302");
		assertRefused(control("POST", "faults", "{\"type\":\"explode\"}"), 400, "'type'", "explode");
		assertRefused(control("POST", "faults", "{\"type\":\"delay\"}"), 400, "'delayMillis'", "required");
		assertRefused(control("POST", "faults", "{\"type\":\"delay\",\"delayMillis\":\"soon\"}"), 400, "'delayMillis'",
				"whole number");
		assertRefused(control("POST", "faults", "[1]"), 400, "JSON object");
		assertRefused(control("POST", "faults", "{not json"), 400, "Invalid JSON");
		assertRefused(control("POST", "faults", null), 400, "body is required");
		assertRefused(control("POST", "sessions/" + sessionId + "/connections", "{\"token\":\"T1==forged\"}"), 400,
				"token cannot join");
		assertRefused(control("POST", "sessions/" + sessionId + "/connections", "{\"token\":42}"), 400, "'token'",
				"string");
		assertRefused(control("POST", "sessions/%3Cscript%3E/connections", null), 404, "<script>");
		assertRefused(control("DELETE", "connections/nope", null), 404, "nope");
		assertRefused(control("DELETE", "streams/nope", null), 404, "nope");
		assertRefused(control("GET", "nothing-here", null), 404, "nothing-here");
		assertRefused(control("PUT", "faults", null), 405, "PUT");
		String connectionId = emulator.connect(sessionId).connectionId();
		assertRefused(control("POST", "connections/" + connectionId + "/streams", "{\"videoType\":\"hologram\"}"), 400,
				"'videoType'", "hologram");
		assertRefused(
				control("POST", "connections/" + connectionId + "/streams", "{\"name\":\"" + "x".repeat(1001) + "\"}"),
				400, "'name'", "1000");
		HttpResponse<String> form = HTTP
			.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/_emulator/control/faults"))
				.header("Authorization", "Bearer " + TOKEN)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("type=drop"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertRefused(form, 415, "application/json");
		String subscriber = emulator
			.connect(sessionId,
					openTok.tokens().generate(sessionId, TokenOptions.builder().role(Role.SUBSCRIBER).build()))
			.connectionId();
		assertRefused(control("POST", "connections/" + subscriber + "/streams", null), 409, "cannot publish");
		assertThat(emulator.faults().pending()).isZero();
		assertThat(openTok.streams().list(sessionId).items()).isEmpty();
	}

	@Test
	void theBuilderRefusesAWeakControlToken() {
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokEmulator.builder().controlToken("short"))
			.withMessageContaining("'controlToken'")
			.withMessageContaining("16 to 200");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OpenTokEmulator.builder().controlToken("has spaces in it, sixteen+"))
			.withMessageContaining("no spaces");
	}

	private static void assertRefused(HttpResponse<String> response, int status, String... fragments)
			throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode error = JSON.readTree(response.body());
		assertThat(error.path("code").asInt()).isEqualTo(status);
		assertThat(error.path("message").asString()).contains(fragments);
	}

	private static String routedSession() {
		return openTok.sessions().create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build()).sessionId();
	}

	private static String sessionIdWithClient(String sessionId) {
		emulator.connect(sessionId);
		return sessionId;
	}

	private static HttpResponse<String> control(String method, String path, String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(emulator.baseUrl() + "/_emulator/control/" + path))
			.header("Authorization", "Bearer " + TOKEN)
			.timeout(Duration.ofSeconds(10));
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
