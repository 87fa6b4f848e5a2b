package org.opentok.spring.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
		assertThat(calls).containsExactlyInAnyOrder("GET /rooms", "POST /rooms/", "POST /rooms/",
				"GET /archives?page=0&size=50", "POST /archives/", "PUT /rooms/");
	}

	@Test
	void requestsOfTheScriptSucceed() {
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
