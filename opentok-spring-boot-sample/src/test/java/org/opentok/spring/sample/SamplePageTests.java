package org.opentok.spring.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sample's page: it is served, the requests its script makes succeed, and (when
 * Chromium is installed) a headless browser renders the rooms the script loads.
 */
class SamplePageTests extends AbstractSampleHttpTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Pattern SCRIPT_CALL = Pattern.compile("call\\('([A-Z]+)', '([^']*)'");

	@Test
	void rootServesThePage() {
		ResponseEntity<String> page = this.http.getText("/");
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(page.getBody()).contains("<title>OpenTok Spring Boot sample</title>")
			.contains("<script src=\"app.js\"></script>");
	}

	@Test
	void pageScriptIsServed() {
		ResponseEntity<String> script = this.http.getText("/app.js");
		assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(script.getHeaders().getContentType().toString()).contains("javascript");
		assertThat(script.getBody()).contains("async function loadRooms()");
	}

	@Test
	void scriptCallsOnlyTheRequestsTestedHere() {
		List<String> calls = new ArrayList<>();
		Matcher matcher = SCRIPT_CALL.matcher(this.http.getText("/app.js").getBody());
		while (matcher.find()) {
			calls.add(matcher.group(1) + " " + matcher.group(2));
		}
		assertThat(calls).containsExactlyInAnyOrder("GET /config", "GET /rooms", "POST /rooms/", "POST /rooms/",
				"GET /archives?page=0&size=50", "POST /archives/", "PUT /rooms/");
	}

	@Test
	void requestsOfTheScriptSucceed() {
		ResponseEntity<JsonNode> config = this.http.get("/config");
		assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(config.getBody().path("mode").asString()).isEqualTo("emulator");
		assertThat(config.getBody().path("opentokJsUrl").asString())
			.isEqualTo("https://static.opentok.com/v2/js/opentok.min.js");
		String name = uniqueName("page");
		ResponseEntity<JsonNode> created = this.http.put("/rooms/" + name, null);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		// OpenTok records a session only while a client is connected to it
		this.emulator.connect(created.getBody().path("sessionId").asString());
		ResponseEntity<JsonNode> rooms = this.http.get("/rooms");
		assertThat(rooms.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(rooms.getBody()).anySatisfy((room) -> assertThat(room.path("name").asString()).isEqualTo(name));
		ResponseEntity<JsonNode> token = this.http.post("/rooms/" + name + "/tokens", Map.of("role", "PUBLISHER"));
		assertThat(token.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(token.getBody().path("token").asString()).isNotBlank();
		assertThat(token.getBody().path("expiresAt").asString()).isNotBlank();
		ResponseEntity<JsonNode> archive = this.http.post("/rooms/" + name + "/archives", Map.of("name", name));
		assertThat(archive.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String archiveId = archive.getBody().path("id").asString();
		ResponseEntity<JsonNode> archives = this.http.get("/archives?page=0&size=50");
		assertThat(archives.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(archives.getBody().path("items")).anySatisfy((item) -> {
			assertThat(item.path("id").asString()).isEqualTo(archiveId);
			assertThat(item.path("name").asString()).isEqualTo(name);
			assertThat(item.path("status").asString()).isEqualTo("STARTED");
		});
		ResponseEntity<JsonNode> stopped = this.http.post("/archives/" + archiveId + "/stop", null);
		assertThat(stopped.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(stopped.getBody().path("status").asString()).isEqualTo("STOPPED");
	}

	@Test
	void headlessBrowserShowsTheRoomsAndArchives(@TempDir Path profile) throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		String name = uniqueName("browser");
		this.emulator.connect(createRoom(name, "ROUTED"));
		ResponseEntity<JsonNode> archive = this.http.post("/rooms/" + name + "/archives", Map.of("name", name));
		assertThat(archive.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String dom = dumpDom(profile, "http://localhost:" + this.port + "/");
		assertThat(dom).contains("<title>OpenTok Spring Boot sample</title>")
			.contains("data-room=\"" + name + "\"")
			.contains("data-archive=\"" + archive.getBody().path("id").asString() + "\"")
			.contains("<p id=\"status\" class=\"\">Ready</p>");
	}

	@Test
	void withTheEmulatorThePageSaysVideoNeedsRealCredentials(@TempDir Path profile) throws Exception {
		String name = uniqueName("no-video");
		createRoom(name, "ROUTED");
		try (ChromiumPage page = ChromiumPage.open(profile, url())) {
			page.waitFor("document.getElementById('status').textContent === 'Ready'");
			assertThat(page.evaluate("document.getElementById('video-notice').hidden").asBoolean()).isFalse();
			assertThat(page.text("#video-notice")).contains("Video needs real OpenTok credentials")
				.contains("Everything else still works");
			assertThat(page.evaluate("document.getElementById('room-view').hidden").asBoolean()).isTrue();
			assertThat(page.text("tr[data-room='" + name + "'] td:last-child")).isEqualTo("TokenStart archive");
			assertThat(page.evaluate("typeof OT").asString()).isEqualTo("undefined");
			assertThat(page.evaluate("document.scripts.length").asInt()).isOne();
			screenshot(page, "sample-page-emulator.png");
		}
	}

	@Test
	void theBrowserRefusesAnInvalidRoomName(@TempDir Path profile) throws Exception {
		try (ChromiumPage page = ChromiumPage.open(profile, url())) {
			page.waitFor("document.getElementById('status').textContent === 'Ready'");
			JsonNode validity = page.evaluate("(() => { const input = document.getElementById('room-name');"
					+ " input.value = 'not.valid'; const invalid = input.validity.patternMismatch;"
					+ " input.value = 'with-dash_1'; const valid = input.checkValidity();"
					+ " input.value = 'not.valid'; return { invalid, valid }; })()");
			assertThat(validity.path("invalid").asBoolean()).as("'not.valid' mismatches the pattern").isTrue();
			assertThat(validity.path("valid").asBoolean()).as("'with-dash_1' is valid").isTrue();
			page.click("#room-form button[type=submit]");
			page.waitFor("document.getElementById('status').className === 'error'");
			assertThat(page.text("#status")).isEqualTo("Room names are 1 to 100 letters, digits, _ or -");
		}
		assertThat(this.http.post("/rooms/not.valid/tokens", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theSessionColumnShowsWhatTellsRoomsApart(@TempDir Path profile) throws Exception {
		String first = uniqueName("apart");
		String second = uniqueName("apart");
		String firstSession = createRoom(first, "ROUTED");
		String secondSession = createRoom(second, "ROUTED");
		try (ChromiumPage page = ChromiumPage.open(profile, url())) {
			page.waitFor("document.getElementById('status').textContent === 'Ready'");
			String firstShown = page.text("tr[data-room='" + first + "'] code.session-id");
			String secondShown = page.text("tr[data-room='" + second + "'] code.session-id");
			assertThat(firstShown).isEqualTo("…" + firstSession.substring(firstSession.length() - 16));
			assertThat(secondShown).isEqualTo("…" + secondSession.substring(secondSession.length() - 16))
				.isNotEqualTo(firstShown);
			assertThat(page.evaluate("document.querySelector(\"tr[data-room='" + first + "'] code.session-id\").title")
				.asString()).isEqualTo(firstSession);
		}
	}

	@Test
	void theStatusLineSaysStoppedAfterStop(@TempDir Path profile) throws Exception {
		String name = uniqueName("stop");
		this.emulator.connect(createRoom(name, "ROUTED"));
		String archiveId = this.http.post("/rooms/" + name + "/archives", Map.of("name", name))
			.getBody()
			.path("id")
			.asString();
		try (ChromiumPage page = ChromiumPage.open(profile, url())) {
			page.waitFor("document.getElementById('status').textContent === 'Ready'");
			page.click("tr[data-archive='" + archiveId + "'] button");
			page.waitFor("document.getElementById('status').textContent !== 'Ready'");
			assertThat(page.text("#status")).isEqualTo("Archive " + archiveId + " stopped");
			page.waitFor("document.querySelector(\"tr[data-archive='" + archiveId
					+ "'] td:nth-child(3)\").textContent !== 'STARTED'");
			assertThat(page.text("tr[data-archive='" + archiveId + "'] td:nth-child(3)")).isIn("STOPPED", "AVAILABLE");
		}
	}

	@Test
	void aReportedStatusIsShownOnlyWhileItAgreesWithOpenTok(@TempDir Path profile) throws Exception {
		String name = uniqueName("reported");
		this.emulator.connect(createRoom(name, "ROUTED"));
		String deleted = availableArchive(name);
		String kept = availableArchive(name);
		assertThat(this.http.delete("/archives/" + deleted).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		JsonNode listed = this.http.get("/archives/" + deleted).getBody();
		assertThat(listed.path("status").asString()).isEqualTo("DELETED");
		assertThat(listed.path("reportedStatus").asString()).isEqualTo("AVAILABLE");
		try (ChromiumPage page = ChromiumPage.open(profile, url())) {
			page.waitFor("document.getElementById('status').textContent === 'Ready'");
			assertThat(page.text("tr[data-archive='" + deleted + "'] td:nth-child(3)")).isEqualTo("DELETED");
			assertThat(page.text("tr[data-archive='" + deleted + "'] td:nth-child(4)")).isEmpty();
			assertThat(page.text("tr[data-archive='" + kept + "'] td:nth-child(3)")).isEqualTo("AVAILABLE");
			assertThat(page.text("tr[data-archive='" + kept + "'] td:nth-child(4)")).startsWith("AVAILABLE at ");
		}
	}

	private String availableArchive(String room) {
		String id = this.http.post("/rooms/" + room + "/archives", Map.of("name", room))
			.getBody()
			.path("id")
			.asString();
		assertThat(this.http.post("/archives/" + id + "/stop", null).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.emulator.awaitIdle(Duration.ofSeconds(10))).isTrue();
		assertThat(this.http.get("/archives/" + id).getBody().path("reportedStatus").asString()).isEqualTo("AVAILABLE");
		return id;
	}

	private String url() {
		return "http://localhost:" + this.port + "/";
	}

	static void screenshot(ChromiumPage page, String file) throws Exception {
		String directory = System.getProperty("sample.screenshots");
		if (directory != null) {
			Files.createDirectories(Path.of(directory));
			page.screenshot(Path.of(directory, file));
		}
	}

	private static String dumpDom(Path profile, String url) throws IOException, InterruptedException {
		Path output = profile.resolve("dom.html");
		Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.resolve("user-data"),
				// virtual time runs only while no request is pending: the page's fetches
				// complete before the DOM is dumped
				"--virtual-time-budget=10000", "--dump-dom", url)
			.redirectOutput(output.toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
			chromium.destroyForcibly();
			throw new IllegalStateException("Chromium did not dump the page within 60 s");
		}
		assertThat(chromium.exitValue()).isZero();
		return Files.readString(output, StandardCharsets.UTF_8);
	}

}
