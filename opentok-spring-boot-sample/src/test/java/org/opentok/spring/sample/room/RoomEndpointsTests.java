package org.opentok.spring.sample.room;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.opentok.spring.boot.test.emulator.RecordedSignal;
import org.opentok.spring.boot.test.emulator.SimulatedConnection;
import org.opentok.spring.boot.test.emulator.TokenVerification;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.sample.AbstractSampleHttpTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The room endpoints over HTTP against the emulator: rooms, tokens, signals and
 * disconnections, their errors as problem details, and concurrent creation of one room.
 */
class RoomEndpointsTests extends AbstractSampleHttpTests {

	private static final String PROBLEM_TYPES = "https://opentok-spring-boot.example/problems/";

	@Test
	void putCreatesARoomOnceAndThenReturnsIt() {
		String name = uniqueName("room");
		ResponseEntity<JsonNode> created = this.http.put("/rooms/" + name, null);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode room = created.getBody();
		assertThat(room.path("name").asString()).isEqualTo(name);
		assertThat(room.path("mediaMode").asString()).isEqualTo("ROUTED");
		assertThat(room.path("apiKey").asString()).isEqualTo(this.emulator.credentials().apiKey());
		assertThat(Instant.parse(room.path("createdAt").asString())).isCloseTo(Instant.now(),
				within(1, ChronoUnit.MINUTES));
		String sessionId = room.path("sessionId").asString();
		assertThat(this.emulator.connections(sessionId)).isEmpty();

		ResponseEntity<JsonNode> again = this.http.put("/rooms/" + name, null);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(again.getBody().path("sessionId").asString()).isEqualTo(sessionId);
		assertThat(again.getBody().path("mediaMode").asString()).isEqualTo("ROUTED");
		ResponseEntity<JsonNode> sameMode = this.http.put("/rooms/" + name, Map.of("mediaMode", "ROUTED"));
		assertThat(sameMode.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(sameMode.getBody().path("sessionId").asString()).isEqualTo(sessionId);
	}

	@Test
	void putAskingForAnotherMediaModeThanTheRoomsIsAConflict() {
		String name = uniqueName("routed");
		String sessionId = createRoom(name, "ROUTED");
		long sessionsBefore = this.emulator.requests()
			.stream()
			.filter((request) -> request.path().equals("/session/create"))
			.count();
		JsonNode problem = assertProblem(this.http.put("/rooms/" + name, Map.of("mediaMode", "RELAYED")),
				HttpStatus.CONFLICT, "Room exists with another media mode");
		assertThat(problem.path("type").asString()).isEqualTo(PROBLEM_TYPES + "room-media-mode-conflict");
		assertThat(problem.path("detail").asString()).isEqualTo("Room '" + name
				+ "' exists as ROUTED, not RELAYED: ask for it without a body or with mediaMode ROUTED, or pick another name");
		assertThat(problem.path("mediaMode").asString()).isEqualTo("ROUTED");
		assertThat(problem.path("instance").asString()).isEqualTo("/rooms/" + name);
		assertThat(this.emulator.requests()).filteredOn((request) -> request.path().equals("/session/create"))
			.hasSize((int) sessionsBefore);
		ResponseEntity<JsonNode> room = this.http.put("/rooms/" + name, null);
		assertThat(room.getBody().path("sessionId").asString()).isEqualTo(sessionId);
		assertThat(room.getBody().path("mediaMode").asString()).isEqualTo("ROUTED");
	}

	@Test
	void putCreatesARelayedRoom() {
		String name = uniqueName("relayed");
		String sessionId = createRoom(name, "RELAYED");
		ResponseEntity<JsonNode> room = this.http.put("/rooms/" + name, null);
		assertThat(room.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(room.getBody().path("mediaMode").asString()).isEqualTo("RELAYED");
		assertThat(room.getBody().path("sessionId").asString()).isEqualTo(sessionId);
		assertThat(this.emulator.requests()).filteredOn((request) -> request.path().equals("/session/create"))
			.last()
			.satisfies((request) -> assertThat(request.body()).contains("p2p.preference=enabled"));
	}

	@Test
	void putRejectsAnInvalidRoomName() {
		JsonNode problem = assertProblem(this.http.put("/rooms/not.valid", null), HttpStatus.BAD_REQUEST,
				"Bad Request");
		assertThat(problem.path("detail").asString())
			.isEqualTo("Invalid request: name must match \"[A-Za-z0-9_-]{1,100}\"");
		String longest = uniqueName("longest");
		longest += "x".repeat(100 - longest.length());
		assertProblem(this.http.put("/rooms/" + longest + "x", null), HttpStatus.BAD_REQUEST, "Bad Request");
		assertThat(this.http.put("/rooms/" + longest, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void putRejectsAnUnknownMediaMode() {
		JsonNode problem = assertProblem(this.http.put("/rooms/" + uniqueName("mode"), Map.of("mediaMode", "SIDEWAYS")),
				HttpStatus.BAD_REQUEST, "Bad Request");
		assertThat(problem.path("detail").asString()).isEqualTo("Invalid value for mediaMode: 'SIDEWAYS' is not a "
				+ "MediaMode; allowed values: RELAYED or enabled, ROUTED or disabled");
	}

	@Test
	void putTakesAMediaModeByItsWireString() {
		String name = uniqueName("wire-mode");
		ResponseEntity<JsonNode> room = this.http.put("/rooms/" + name, Map.of("mediaMode", "enabled"));
		assertThat(room.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(room.getBody().path("mediaMode").asString()).isEqualTo("RELAYED");
	}

	@Test
	void getListsTheRoomsNewestFirst() {
		String older = uniqueName("older");
		String newer = uniqueName("newer");
		String olderSession = createRoom(older, "ROUTED");
		String newerSession = createRoom(newer, "RELAYED");
		ResponseEntity<JsonNode> rooms = this.http.get("/rooms");
		assertThat(rooms.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<String> names = new ArrayList<>();
		rooms.getBody().forEach((room) -> names.add(room.path("name").asString()));
		assertThat(names).containsSubsequence(newer, older);
		assertThat(rooms.getBody()).anySatisfy((room) -> {
			assertThat(room.path("name").asString()).isEqualTo(newer);
			assertThat(room.path("sessionId").asString()).isEqualTo(newerSession);
			assertThat(room.path("mediaMode").asString()).isEqualTo("RELAYED");
		});
		assertThat(rooms.getBody())
			.anySatisfy((room) -> assertThat(room.path("sessionId").asString()).isEqualTo(olderSession));
	}

	@Test
	void concurrentFirstUsesOfANameCreateOneSession() throws Exception {
		String name = uniqueName("same");
		int threads = 16;
		long sessionsBefore = sessionCreations();
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				answers.add(executor.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return this.http.put("/rooms/" + name, null);
				}));
			}
			List<HttpStatus> statuses = new ArrayList<>();
			List<String> sessionIds = new ArrayList<>();
			for (Future<ResponseEntity<JsonNode>> answer : answers) {
				ResponseEntity<JsonNode> room = answer.get(30, TimeUnit.SECONDS);
				statuses.add(HttpStatus.valueOf(room.getStatusCode().value()));
				sessionIds.add(room.getBody().path("sessionId").asString());
			}
			assertThat(statuses).containsOnly(HttpStatus.CREATED, HttpStatus.OK)
				.filteredOn(HttpStatus.CREATED::equals)
				.hasSize(1);
			assertThat(sessionIds).hasSize(threads).doesNotContain("").containsOnly(sessionIds.get(0));
			assertThat(sessionCreations() - sessionsBefore).isOne();
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void postTokenMintsATokenTheEmulatorAccepts() {
		String name = uniqueName("token");
		String sessionId = createRoom(name, "ROUTED");
		ResponseEntity<JsonNode> answer = this.http.post("/rooms/" + name + "/tokens",
				Map.of("role", "MODERATOR", "data", "user=42", "ttlSeconds", 600));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode token = answer.getBody();
		assertThat(token.path("room").asString()).isEqualTo(name);
		assertThat(token.path("sessionId").asString()).isEqualTo(sessionId);
		assertThat(token.path("apiKey").asString()).isEqualTo(this.emulator.credentials().apiKey());
		assertThat(token.path("role").asString()).isEqualTo("MODERATOR");
		Instant expiresAt = Instant.parse(token.path("expiresAt").asString());
		assertThat(expiresAt).isCloseTo(Instant.now().plus(Duration.ofMinutes(10)), within(1, ChronoUnit.MINUTES));
		TokenVerification verification = this.emulator.verifyToken(token.path("token").asString(), sessionId);
		assertThat(verification.valid()).as(String.valueOf(verification.reason())).isTrue();
		assertThat(verification.sessionId()).isEqualTo(sessionId);
		assertThat(verification.role()).isEqualTo(Role.MODERATOR);
		assertThat(verification.connectionData()).isEqualTo("user=42");
		assertThat(verification.expiresAt()).isCloseTo(expiresAt, within(5, ChronoUnit.SECONDS));
	}

	@Test
	void postTokenWithoutABodyMintsAPublisherTokenForAnHour() {
		String name = uniqueName("default-token");
		String sessionId = createRoom(name, "ROUTED");
		ResponseEntity<JsonNode> answer = this.http.post("/rooms/" + name + "/tokens", null);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		TokenVerification verification = this.emulator.verifyToken(answer.getBody().path("token").asString(),
				sessionId);
		assertThat(verification.valid()).isTrue();
		assertThat(verification.role()).isEqualTo(Role.PUBLISHER);
		assertThat(verification.expiresAt()).isCloseTo(Instant.now().plus(Duration.ofHours(1)),
				within(1, ChronoUnit.MINUTES));
	}

	@Test
	void postTokenForAnUnknownRoomIsNotFound() {
		JsonNode problem = assertProblem(this.http.post("/rooms/" + uniqueName("nowhere") + "/tokens", null),
				HttpStatus.NOT_FOUND, "Room not found");
		assertThat(problem.path("type").asString()).isEqualTo(PROBLEM_TYPES + "room-not-found");
		assertThat(problem.path("detail").asString()).contains("PUT /rooms/");
	}

	@Test
	void postTokenRejectsABadRole() {
		String name = uniqueName("bad-role");
		createRoom(name, "ROUTED");
		JsonNode problem = assertProblem(this.http.post("/rooms/" + name + "/tokens", Map.of("role", "OWNER")),
				HttpStatus.BAD_REQUEST, "Bad Request");
		assertThat(problem.path("detail").asString())
			.isEqualTo("Invalid value for role: 'OWNER' is not a Role; allowed values: SUBSCRIBER or subscriber, "
					+ "PUBLISHER or publisher, MODERATOR or moderator, PUBLISHER_ONLY or publisheronly");
	}

	@Test
	void postTokenTakesARoleByItsWireString() {
		String name = uniqueName("wire-role");
		String sessionId = createRoom(name, "ROUTED");
		ResponseEntity<JsonNode> answer = this.http.post("/rooms/" + name + "/tokens", Map.of("role", "publisheronly"));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(answer.getBody().path("role").asString()).isEqualTo("PUBLISHER_ONLY");
		assertThat(this.emulator.verifyToken(answer.getBody().path("token").asString(), sessionId).role())
			.isEqualTo(Role.PUBLISHER_ONLY);
	}

	@Test
	void postTokenRejectsConnectionDataOver1000Characters() {
		String name = uniqueName("long-data");
		createRoom(name, "ROUTED");
		JsonNode problem = assertProblem(this.http.post("/rooms/" + name + "/tokens", Map.of("data", "d".repeat(1001))),
				HttpStatus.BAD_REQUEST, "Bad Request");
		assertThat(problem.path("detail").asString())
			.isEqualTo("Invalid request: data size must be between 0 and 1000");
		assertThat(this.http.post("/rooms/" + name + "/tokens", Map.of("data", "d".repeat(1000))).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void postTokenRejectsATtlOutOfRange() {
		String name = uniqueName("ttl");
		createRoom(name, "ROUTED");
		JsonNode tooShort = assertProblem(this.http.post("/rooms/" + name + "/tokens", Map.of("ttlSeconds", 0)),
				HttpStatus.BAD_REQUEST, "Bad Request");
		assertThat(tooShort.path("detail").asString()).contains("ttlSeconds must be greater than or equal to 1");
		JsonNode tooLong = assertProblem(this.http.post("/rooms/" + name + "/tokens", Map.of("ttlSeconds", 2_592_001)),
				HttpStatus.BAD_REQUEST, "Bad Request");
		assertThat(tooLong.path("detail").asString()).contains("ttlSeconds must be less than or equal to 2592000");
		assertThat(this.http.post("/rooms/" + name + "/tokens", Map.of("ttlSeconds", 2_592_000)).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void postTokenRejectsATtlThatIsNotANumber() {
		String name = uniqueName("ttl-text");
		createRoom(name, "ROUTED");
		JsonNode problem = assertProblem(this.http.post("/rooms/" + name + "/tokens", Map.of("ttlSeconds", "soon")),
				HttpStatus.BAD_REQUEST, "Bad Request");
		assertThat(problem.path("detail").asString()).isEqualTo("Invalid value 'soon' for ttlSeconds");
	}

	@Test
	void postSignalReachesTheSessionOfAConnectedClient() {
		String name = uniqueName("signal");
		String sessionId = createRoom(name, "ROUTED");
		this.emulator.connect(sessionId, mintToken(name));
		ResponseEntity<JsonNode> answer = this.http.post("/rooms/" + name + "/signals",
				Map.of("type", "chat", "data", "hello"));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.emulator.signals()).filteredOn((signal) -> signal.sessionId().equals(sessionId))
			.singleElement()
			.satisfies((signal) -> {
				assertThat(signal.type()).isEqualTo("chat");
				assertThat(signal.data()).isEqualTo("hello");
				assertThat(signal.connectionId()).isNull();
			});
	}

	@Test
	void postSignalRejectsABlankType() {
		String name = uniqueName("blank-signal");
		String sessionId = createRoom(name, "ROUTED");
		JsonNode problem = assertProblem(this.http.post("/rooms/" + name + "/signals", Map.of("type", " ")),
				HttpStatus.BAD_REQUEST, "Bad Request");
		assertThat(problem.path("detail").asString()).isEqualTo("Invalid request: type must not be blank");
		assertThat(this.emulator.signals()).extracting(RecordedSignal::sessionId).doesNotContain(sessionId);
	}

	@Test
	void postSignalToAnUnknownRoomIsNotFound() {
		assertProblem(this.http.post("/rooms/" + uniqueName("nowhere") + "/signals", Map.of("type", "chat")),
				HttpStatus.NOT_FOUND, "Room not found");
	}

	@Test
	void deleteConnectionDisconnectsAClient() {
		String name = uniqueName("disconnect");
		String sessionId = createRoom(name, "ROUTED");
		SimulatedConnection client = this.emulator.connect(sessionId, mintToken(name));
		assertThat(this.emulator.connections(sessionId)).extracting(SimulatedConnection::connectionId)
			.containsExactly(client.connectionId());
		ResponseEntity<JsonNode> answer = this.http.delete("/rooms/" + name + "/connections/" + client.connectionId());
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.emulator.connections(sessionId)).isEmpty();
	}

	@Test
	void deleteAnUnknownConnectionIsNotFound() {
		String name = uniqueName("no-client");
		createRoom(name, "ROUTED");
		JsonNode problem = assertProblem(this.http.delete("/rooms/" + name + "/connections/no-such-connection"),
				HttpStatus.NOT_FOUND, "Not found at OpenTok");
		assertThat(problem.path("type").asString()).isEqualTo(PROBLEM_TYPES + "opentok-not-found");
		assertThat(problem.path("opentokStatus").asInt()).isEqualTo(404);
	}

	@Test
	void deleteAConnectionOfAnUnknownRoomIsNotFound() {
		assertProblem(this.http.delete("/rooms/" + uniqueName("nowhere") + "/connections/any"), HttpStatus.NOT_FOUND,
				"Room not found");
	}

	private String mintToken(String name) {
		ResponseEntity<JsonNode> token = this.http.post("/rooms/" + name + "/tokens", Map.of("role", "PUBLISHER"));
		assertThat(token.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return token.getBody().path("token").asString();
	}

	private long sessionCreations() {
		return this.emulator.requests()
			.stream()
			.filter((request) -> request.method().equals("POST") && request.path().equals("/session/create"))
			.count();
	}

}
