package org.opentok.spring.sample.archive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.opentok.spring.boot.test.emulator.WebhookDelivery;
import org.opentok.spring.sample.AbstractSampleHttpTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive endpoints over HTTP against the emulator: start, list, read, stop and
 * delete, their errors as problem details, and the statuses the emulator reports through
 * signed webhooks.
 */
class ArchiveEndpointsTests extends AbstractSampleHttpTests {

	private static final String PROBLEM_TYPES = "https://opentok-spring-boot.example/problems/";

	private static final Duration WEBHOOK_WAIT = Duration.ofSeconds(10);

	@Test
	void postStartsAnArchiveOfARoom() {
		String name = uniqueName("archived");
		String sessionId = createOccupiedRoom(name);
		ResponseEntity<JsonNode> answer = this.http.post("/rooms/" + name + "/archives",
				Map.of("name", "Weekly call", "resolution", "1280x720", "outputMode", "composed"));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode archive = answer.getBody();
		assertThat(archive.path("id").asString()).isNotBlank();
		assertThat(archive.path("name").asString()).isEqualTo("Weekly call");
		assertThat(archive.path("sessionId").asString()).isEqualTo(sessionId);
		assertThat(archive.path("status").asString()).isEqualTo("STARTED");
		assertThat(this.emulator.requests()).filteredOn((request) -> request.path().endsWith("/archive"))
			.last()
			.satisfies((request) -> assertThat(request.body()).contains("\"resolution\":\"1280x720\"")
				.contains("\"outputMode\":\"composed\""));
		stop(archive.path("id").asString());
	}

	@Test
	void postStartsAnArchiveFromTheBodyInTheReadme() {
		String name = uniqueName("readme");
		createOccupiedRoom(name);
		ResponseEntity<JsonNode> answer = this.http.postJson("/rooms/" + name + "/archives",
				"{\"name\":\"weekly\",\"resolution\":\"HD_HORIZONTAL\",\"outputMode\":\"COMPOSED\"}");
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(answer.getBody().path("name").asString()).isEqualTo("weekly");
		assertThat(this.emulator.requests()).filteredOn((request) -> request.path().endsWith("/archive"))
			.last()
			.satisfies((request) -> assertThat(request.body()).contains("\"resolution\":\"1280x720\"")
				.contains("\"outputMode\":\"composed\""));
		stop(answer.getBody().path("id").asString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "COMPOSITE", "UNKNOWN", "unknown", "Composed", "" })
	void postRefusesAnOutputModeNamingTheFieldTheValueAndTheAllowedValues(String outputMode) {
		String name = uniqueName("bad-mode");
		createOccupiedRoom(name);
		int requestsBefore = this.emulator.requests().size();
		JsonNode problem = assertProblem(
				this.http.post("/rooms/" + name + "/archives", Map.of("name", "weekly", "outputMode", outputMode)),
				HttpStatus.BAD_REQUEST, "Bad Request");
		assertThat(problem.path("detail").asString()).isEqualTo("Invalid value for outputMode: '" + outputMode
				+ "' is not an OutputMode; allowed values: COMPOSED or composed, INDIVIDUAL or individual");
		assertThat(this.emulator.requests()).hasSize(requestsBefore);
	}

	@Test
	void postRefusesAResolutionNamingTheFieldTheValueAndTheAllowedValues() {
		String name = uniqueName("bad-resolution");
		createOccupiedRoom(name);
		JsonNode problem = assertProblem(
				this.http.postJson("/rooms/" + name + "/archives", "{\"resolution\":\"4K\\u001b[2J\"}"),
				HttpStatus.BAD_REQUEST, "Bad Request");
		assertThat(problem.path("detail").asString())
			.isEqualTo("Invalid value for resolution: '4K\\u001b[2J' is not a Resolution; allowed values: "
					+ "SD_HORIZONTAL or 640x480, SD_VERTICAL or 480x640, HD_HORIZONTAL or 1280x720, "
					+ "HD_VERTICAL or 720x1280, FHD_HORIZONTAL or 1920x1080, FHD_VERTICAL or 1080x1920");
	}

	@Test
	void postWithoutABodyStartsAnUnnamedArchive() {
		String name = uniqueName("unnamed");
		createOccupiedRoom(name);
		ResponseEntity<JsonNode> answer = this.http.post("/rooms/" + name + "/archives", null);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(answer.getBody().path("name").isNull()).isTrue();
		stop(answer.getBody().path("id").asString());
	}

	@Test
	void postOnARelayedRoomIsAConflictAtOpenTok() {
		String name = uniqueName("relayed");
		createRoom(name, "RELAYED");
		JsonNode problem = assertProblem(this.http.post("/rooms/" + name + "/archives", Map.of("name", "nope")),
				HttpStatus.CONFLICT, "Refused by OpenTok");
		assertThat(problem.path("type").asString()).isEqualTo(PROBLEM_TYPES + "opentok-conflict");
		assertThat(problem.path("opentokStatus").asInt()).isEqualTo(409);
		assertThat(problem.path("detail").asString()).contains("relayed");
	}

	@Test
	void postOnAnUnknownRoomIsNotFound() {
		JsonNode problem = assertProblem(this.http.post("/rooms/" + uniqueName("nowhere") + "/archives", null),
				HttpStatus.NOT_FOUND, "Room not found");
		assertThat(problem.path("type").asString()).isEqualTo(PROBLEM_TYPES + "room-not-found");
	}

	@Test
	void postRejectsANameOver80Characters() {
		String name = uniqueName("long-name");
		createOccupiedRoom(name);
		JsonNode problem = assertProblem(this.http.post("/rooms/" + name + "/archives", Map.of("name", "n".repeat(81))),
				HttpStatus.BAD_REQUEST, "Bad Request");
		assertThat(problem.path("detail").asString()).isEqualTo("Invalid request: name size must be between 0 and 80");
	}

	@Test
	void getListsArchivesNewestFirstByPage() {
		int totalBefore = this.http.get("/archives?page=0&size=1").getBody().path("total").asInt();
		String name = uniqueName("paged");
		createOccupiedRoom(name);
		List<String> started = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String id = start(name, "part " + i);
			stop(id);
			started.add(id);
		}
		ResponseEntity<JsonNode> first = this.http.get("/archives?page=0&size=2");
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(first.getBody().path("total").asInt()).isEqualTo(totalBefore + 3);
		assertThat(first.getBody().path("page").asInt()).isZero();
		assertThat(first.getBody().path("size").asInt()).isEqualTo(2);
		assertThat(ids(first.getBody())).containsExactly(started.get(2), started.get(1));
		ResponseEntity<JsonNode> second = this.http.get("/archives?page=1&size=2");
		assertThat(second.getBody().path("page").asInt()).isOne();
		assertThat(ids(second.getBody())).first().isEqualTo(started.get(0));
		assertThat(ids(this.http.get("/archives").getBody())).startsWith(started.get(2), started.get(1),
				started.get(0));
	}

	@Test
	void getRejectsPagingOutOfRange() {
		assertThat(
				assertProblem(this.http.get("/archives?page=-1"), HttpStatus.BAD_REQUEST, "Bad Request").path("detail")
					.asString())
			.isEqualTo("Invalid request: page must be greater than or equal to 0");
		assertThat(
				assertProblem(this.http.get("/archives?size=0"), HttpStatus.BAD_REQUEST, "Bad Request").path("detail")
					.asString())
			.isEqualTo("Invalid request: size must be greater than or equal to 1");
		assertThat(assertProblem(this.http.get("/archives?size=1001"), HttpStatus.BAD_REQUEST, "Bad Request")
			.path("detail")
			.asString()).isEqualTo("Invalid request: size must be less than or equal to 1000");
		assertProblem(this.http.get("/archives?size=many"), HttpStatus.BAD_REQUEST, "Bad Request");
	}

	@Test
	void getReadsAnArchive() {
		String name = uniqueName("read");
		String sessionId = createOccupiedRoom(name);
		String id = start(name, "read me");
		ResponseEntity<JsonNode> answer = this.http.get("/archives/" + id);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getBody().path("id").asString()).isEqualTo(id);
		assertThat(answer.getBody().path("name").asString()).isEqualTo("read me");
		assertThat(answer.getBody().path("sessionId").asString()).isEqualTo(sessionId);
		assertThat(answer.getBody().path("status").asString()).isEqualTo("STARTED");
		stop(id);
	}

	@Test
	void getAnUnknownArchiveIsNotFound() {
		JsonNode problem = assertProblem(this.http.get("/archives/" + UUID.randomUUID()), HttpStatus.NOT_FOUND,
				"Not found at OpenTok");
		assertThat(problem.path("type").asString()).isEqualTo(PROBLEM_TYPES + "opentok-not-found");
		assertThat(problem.path("opentokStatus").asInt()).isEqualTo(404);
	}

	@Test
	void getRejectsAnInvalidArchiveId() {
		assertThat(assertProblem(this.http.get("/archives/not_an_id"), HttpStatus.BAD_REQUEST, "Bad Request")
			.path("detail")
			.asString()).startsWith("Invalid request: id must match");
	}

	@Test
	void stopStopsAnArchiveOnceOnly() {
		String name = uniqueName("stopped");
		createOccupiedRoom(name);
		String id = start(name, "stop me");
		ResponseEntity<JsonNode> stopped = this.http.post("/archives/" + id + "/stop", null);
		assertThat(stopped.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(stopped.getBody().path("id").asString()).isEqualTo(id);
		assertThat(stopped.getBody().path("status").asString()).isEqualTo("STOPPED");
		JsonNode problem = assertProblem(this.http.post("/archives/" + id + "/stop", null), HttpStatus.CONFLICT,
				"Refused by OpenTok");
		assertThat(problem.path("opentokStatus").asInt()).isEqualTo(409);
	}

	@Test
	void stopAnUnknownArchiveIsNotFound() {
		assertProblem(this.http.post("/archives/" + UUID.randomUUID() + "/stop", null), HttpStatus.NOT_FOUND,
				"Not found at OpenTok");
	}

	@Test
	void deleteDeletesAnAvailableArchiveButNotARecordingOne() {
		String name = uniqueName("deleted");
		createOccupiedRoom(name);
		String id = start(name, "delete me");
		JsonNode problem = assertProblem(this.http.delete("/archives/" + id), HttpStatus.CONFLICT,
				"Refused by OpenTok");
		assertThat(problem.path("opentokStatus").asInt()).isEqualTo(409);
		stop(id);
		assertThat(this.emulator.awaitIdle(WEBHOOK_WAIT)).isTrue();
		assertThat(this.http.get("/archives/" + id).getBody().path("status").asString()).isEqualTo("AVAILABLE");
		assertThat(this.http.delete("/archives/" + id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		JsonNode deleted = this.http.get("/archives/" + id).getBody();
		assertThat(deleted.path("status").asString()).isEqualTo("DELETED");
		assertThat(deleted.path("url").isNull()).isTrue();
	}

	@Test
	void deleteAnUnknownArchiveIsNotFound() {
		assertProblem(this.http.delete("/archives/" + UUID.randomUUID()), HttpStatus.NOT_FOUND, "Not found at OpenTok");
	}

	@Test
	void webhooksReportEachStatusOfAnArchive() throws InterruptedException {
		String name = uniqueName("reported");
		createOccupiedRoom(name);
		String id = start(name, "watched");
		assertThat(reportedStatus(id, "STARTED")).isEqualTo("STARTED");
		stop(id);
		JsonNode archive = awaitReportedStatus(id, "AVAILABLE");
		assertThat(archive.path("reportedStatus").asString()).isEqualTo("AVAILABLE");
		assertThat(archive.path("reportedAt").asString()).isNotBlank();
		assertThat(archive.path("status").asString()).isEqualTo("AVAILABLE");
		assertThat(archive.path("url").asString()).startsWith(this.emulator.baseUrl().toString());
		assertThat(this.emulator.awaitIdle(WEBHOOK_WAIT)).isTrue();
		List<WebhookDelivery> deliveries = this.emulator.webhooks()
			.deliveries()
			.stream()
			.filter((delivery) -> delivery.body().contains(id))
			.toList();
		assertThat(deliveries).extracting(WebhookDelivery::event).containsExactly("archive", "archive", "archive");
		assertThat(deliveries).allSatisfy((delivery) -> {
			assertThat(delivery.signed()).isTrue();
			assertThat(delivery.status()).isEqualTo(200);
			assertThat(delivery.url()).hasPath("/opentok/events").hasPort(this.port);
		});
		assertThat(deliveries).extracting((delivery) -> delivery.body().contains("\"status\":\"available\""))
			.containsExactly(false, false, true);
	}

	@Test
	void webhookEndpointRejectsUnsignedCallbacks() {
		ResponseEntity<JsonNode> answer = this.http.post("/opentok/events",
				Map.of("id", UUID.randomUUID().toString(), "event", "archive", "status", "available"));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	// OpenTok records a session only while a client is connected to it
	private String createOccupiedRoom(String name) {
		String sessionId = createRoom(name, "ROUTED");
		this.emulator.connect(sessionId);
		return sessionId;
	}

	private String start(String room, String archiveName) {
		ResponseEntity<JsonNode> archive = this.http.post("/rooms/" + room + "/archives", Map.of("name", archiveName));
		assertThat(archive.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return archive.getBody().path("id").asString();
	}

	private void stop(String archiveId) {
		assertThat(this.http.post("/archives/" + archiveId + "/stop", null).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private String reportedStatus(String archiveId, String wanted) throws InterruptedException {
		return awaitReportedStatus(archiveId, wanted).path("reportedStatus").asString();
	}

	private JsonNode awaitReportedStatus(String archiveId, String wanted) throws InterruptedException {
		long deadline = System.nanoTime() + WEBHOOK_WAIT.toNanos();
		JsonNode archive;
		do {
			archive = this.http.get("/archives/" + archiveId).getBody();
			if (wanted.equals(archive.path("reportedStatus").asString(""))) {
				return archive;
			}
			Thread.sleep(50);
		}
		while (System.nanoTime() < deadline);
		return archive;
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.path("items").forEach((archive) -> ids.add(archive.path("id").asString()));
		return ids;
	}

}
