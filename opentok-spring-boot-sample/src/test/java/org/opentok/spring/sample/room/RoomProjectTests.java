package org.opentok.spring.sample.room;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opentok.spring.boot.test.emulator.EmulatorCredentials;
import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.core.SessionIds;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.sample.AbstractSampleHttpTests;
import org.opentok.spring.sample.HeadlessChromium;
import org.opentok.spring.sample.SampleHttpClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rooms and the OpenTok project their session belongs to: new rooms record it, a room of
 * another project is shown as such and gets a session of the current project on its next
 * use, and rooms stored before projects were recorded are judged by their session id.
 */
class RoomProjectTests extends AbstractSampleHttpTests {

	private static final Map<String, BiFunction<SampleHttpClient, String, ResponseEntity<JsonNode>>> USES = Map.of(
			"put", (http, name) -> http.put("/rooms/" + name, null), "token",
			(http, name) -> http.post("/rooms/" + name + "/tokens", null), "archive",
			(http, name) -> http.post("/rooms/" + name + "/archives", null), "signal",
			(http, name) -> http.post("/rooms/" + name + "/signals", Map.of("type", "chat")));

	// nobody is connected to the new session yet, and OpenTok records a session only
	// while a client is: the archive is refused (404), after the room got its new session
	private static final Map<String, HttpStatus> USE_STATUSES = Map.of("put", HttpStatus.OK, "token",
			HttpStatus.CREATED, "archive", HttpStatus.NOT_FOUND, "signal", HttpStatus.NO_CONTENT);

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aNewRoomRecordsItsProject() {
		String name = uniqueName("recorded");
		ResponseEntity<JsonNode> room = this.http.put("/rooms/" + name, null);
		assertThat(room.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(room.getBody().path("projectId").asString()).isEqualTo(apiKey());
		assertThat(room.getBody().path("currentProject").asBoolean()).isTrue();
		assertThat(storedProject(name)).isEqualTo(apiKey());
	}

	@ParameterizedTest
	@ValueSource(strings = { "put", "token", "archive", "signal" })
	void aRoomOfAnotherProjectIsShownAsSuchAndItsNextUseGivesItANewSession(String use) {
		EmulatorCredentials other = this.emulator.addProject();
		String foreign = session(other, MediaMode.ROUTED);
		String name = uniqueName("foreign-" + use);
		store(name, foreign, MediaMode.ROUTED, other.apiKey());
		JsonNode listed = listed(name);
		assertThat(listed.path("sessionId").asString()).isEqualTo(foreign);
		assertThat(listed.path("projectId").asString()).isEqualTo(other.apiKey());
		assertThat(listed.path("currentProject").asBoolean()).isFalse();
		assertThat(listed.path("apiKey").asString()).isEqualTo(apiKey());

		long sessionsBefore = sessionCreations();
		ResponseEntity<JsonNode> answer = USES.get(use).apply(this.http, name);
		assertThat(answer.getStatusCode()).isEqualTo(USE_STATUSES.get(use));
		assertThat(sessionCreations() - sessionsBefore).isOne();
		JsonNode replaced = listed(name);
		String sessionId = replaced.path("sessionId").asString();
		assertThat(sessionId).isNotEqualTo(foreign);
		assertThat(SessionIds.projectIdOf(sessionId)).isEqualTo(apiKey());
		assertThat(replaced.path("projectId").asString()).isEqualTo(apiKey());
		assertThat(replaced.path("currentProject").asBoolean()).isTrue();
		assertThat(replaced.path("createdAt").asString()).isEqualTo(listed.path("createdAt").asString());
		assertThat(storedProject(name)).isEqualTo(apiKey());
		if (answer.getBody() != null && answer.getBody().has("sessionId")) {
			assertThat(answer.getBody().path("sessionId").asString()).isEqualTo(sessionId);
		}

		ResponseEntity<JsonNode> token = this.http.post("/rooms/" + name + "/tokens", null);
		assertThat(token.getBody().path("sessionId").asString()).isEqualTo(sessionId);
		assertThat(this.emulator.verifyToken(token.getBody().path("token").asString(), sessionId).valid()).isTrue();
		assertThat(sessionCreations() - sessionsBefore).isOne();
	}

	@Test
	void aRelayedRoomOfAnotherProjectGetsARelayedSession() {
		EmulatorCredentials other = this.emulator.addProject();
		String name = uniqueName("foreign-relayed");
		store(name, session(other, MediaMode.RELAYED), MediaMode.RELAYED, other.apiKey());
		ResponseEntity<JsonNode> room = this.http.put("/rooms/" + name, null);
		assertThat(room.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(room.getBody().path("mediaMode").asString()).isEqualTo("RELAYED");
		assertThat(this.emulator.requests()).filteredOn((request) -> request.path().equals("/session/create"))
			.last()
			.satisfies((request) -> assertThat(request.body()).contains("p2p.preference=enabled"));
	}

	@Test
	void aRoomStoredBeforeProjectsWereRecordedIsJudgedByItsSessionId() {
		String own = uniqueName("legacy-own");
		String ownSession = this.emulator.createSession(MediaMode.ROUTED);
		store(own, ownSession, MediaMode.ROUTED, null);
		String foreign = uniqueName("legacy-foreign");
		EmulatorCredentials other = this.emulator.addProject();
		store(foreign, session(other, MediaMode.ROUTED), MediaMode.ROUTED, null);
		String unreadable = uniqueName("legacy-unreadable");
		store(unreadable, "not-an-opentok-session-id", MediaMode.ROUTED, null);

		assertThat(listed(own).path("projectId").asString()).isEqualTo(apiKey());
		assertThat(listed(own).path("currentProject").asBoolean()).isTrue();
		assertThat(listed(foreign).path("projectId").asString()).isEqualTo(other.apiKey());
		assertThat(listed(foreign).path("currentProject").asBoolean()).isFalse();
		assertThat(listed(unreadable).path("projectId").isNull()).isTrue();
		assertThat(listed(unreadable).path("currentProject").asBoolean()).isFalse();

		long sessionsBefore = sessionCreations();
		assertThat(this.http.post("/rooms/" + own + "/tokens", null).getBody().path("sessionId").asString())
			.isEqualTo(ownSession);
		assertThat(sessionCreations()).isEqualTo(sessionsBefore);
		assertThat(storedProject(own)).isNull();
		for (String name : List.of(foreign, unreadable)) {
			String sessionId = this.http.post("/rooms/" + name + "/tokens", null)
				.getBody()
				.path("sessionId")
				.asString();
			assertThat(SessionIds.projectIdOf(sessionId)).isEqualTo(apiKey());
			assertThat(storedProject(name)).isEqualTo(apiKey());
		}
		assertThat(sessionCreations() - sessionsBefore).isEqualTo(2);
	}

	@Test
	void concurrentUsesOfARoomOfAnotherProjectGiveItOneNewSession() throws Exception {
		EmulatorCredentials other = this.emulator.addProject();
		String foreign = session(other, MediaMode.ROUTED);
		String name = uniqueName("foreign-race");
		store(name, foreign, MediaMode.ROUTED, other.apiKey());
		int threads = 16;
		long sessionsBefore = sessionCreations();
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				boolean put = i % 2 == 0;
				answers.add(executor.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return put ? this.http.put("/rooms/" + name, null)
							: this.http.post("/rooms/" + name + "/tokens", null);
				}));
			}
			List<String> sessionIds = new ArrayList<>();
			for (Future<ResponseEntity<JsonNode>> answer : answers) {
				ResponseEntity<JsonNode> room = answer.get(30, TimeUnit.SECONDS);
				assertThat(room.getStatusCode()).isIn(HttpStatus.OK, HttpStatus.CREATED);
				sessionIds.add(room.getBody().path("sessionId").asString());
			}
			assertThat(sessionIds).hasSize(threads).doesNotContain(foreign).containsOnly(sessionIds.get(0));
			assertThat(listed(name).path("sessionId").asString()).isEqualTo(sessionIds.get(0));
			assertThat(sessionCreations() - sessionsBefore).isOne();
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void thePageSaysWhichRoomsBelongToAnotherProject(@TempDir Path profile) throws Exception {
		EmulatorCredentials other = this.emulator.addProject();
		String foreign = uniqueName("page-foreign");
		store(foreign, session(other, MediaMode.ROUTED), MediaMode.ROUTED, other.apiKey());
		String own = uniqueName("page-own");
		createRoom(own, "ROUTED");
		String dom = HeadlessChromium.dumpDom(profile, "http://localhost:" + this.port + "/");
		assertThat(row(dom, foreign)).contains("<small class=\"other-project\"> belongs to project " + other.apiKey()
				+ ", not " + apiKey() + ": its next use makes a new session</small>");
		assertThat(row(dom, own)).doesNotContain("other-project");
	}

	private static String row(String dom, String name) {
		int start = dom.indexOf("<tr data-room=\"" + name + "\">");
		assertThat(start).as("row of " + name).isNotNegative();
		return dom.substring(start, dom.indexOf("</tr>", start));
	}

	private String apiKey() {
		return this.emulator.credentials().apiKey();
	}

	private String session(EmulatorCredentials project, MediaMode mediaMode) {
		return OpenTok.builder(project.apiKey(), project.apiSecret())
			.apiUrl(this.emulator.baseUrl())
			.build()
			.sessions()
			.create(SessionOptions.builder().mediaMode(mediaMode).build())
			.sessionId();
	}

	private void store(String name, String sessionId, MediaMode mediaMode, @Nullable String projectId) {
		this.jdbc.sql("INSERT INTO room (name, session_id, media_mode, created_at, project_id) VALUES (?, ?, ?, ?, ?)")
			.params(name, sessionId, mediaMode.name(), Timestamp.from(Instant.parse("2026-01-02T03:04:05Z")), projectId)
			.update();
	}

	private @Nullable String storedProject(String name) {
		return this.jdbc.sql("SELECT project_id FROM room WHERE name = ?")
			.param(name)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private JsonNode listed(String name) {
		ResponseEntity<JsonNode> rooms = this.http.get("/rooms");
		assertThat(rooms.getStatusCode()).isEqualTo(HttpStatus.OK);
		for (JsonNode room : rooms.getBody()) {
			if (room.path("name").asString().equals(name)) {
				return room;
			}
		}
		throw new AssertionError("GET /rooms does not list " + name);
	}

	private long sessionCreations() {
		return this.emulator.requests()
			.stream()
			.filter((request) -> request.method().equals("POST") && request.path().equals("/session/create"))
			.count();
	}

}
