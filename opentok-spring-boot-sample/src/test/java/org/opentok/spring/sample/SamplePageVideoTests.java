package org.opentok.spring.sample;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.boot.test.emulator.TokenVerification;
import org.opentok.spring.client.token.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's room view with real credentials: the sample runs with an API key and secret
 * (of an emulator standing in for OpenTok's REST API, not embedded in the sample), and
 * its page loads OpenTok.js from the configured URL, here a stand-in script served apart
 * that records what the page asks of it (the test resource {@code opentok-stand-in.js}).
 */
class SamplePageVideoTests {

	private static final String STAND_IN = "/v2/js/opentok.min.js";

	@TempDir
	Path dataDirectory;

	private OpenTokEmulator emulator;

	private HttpServer openTokJs;

	private final AtomicInteger openTokJsRequests = new AtomicInteger();

	private ConfigurableApplicationContext sample;

	private SampleHttpClient http;

	@BeforeEach
	void start() throws IOException {
		this.emulator = OpenTokEmulator.builder().start();
		this.openTokJs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.openTokJs.createContext(STAND_IN, (exchange) -> {
			this.openTokJsRequests.incrementAndGet();
			try (InputStream script = getClass().getResourceAsStream("/opentok-stand-in.js")) {
				byte[] body = script.readAllBytes();
				exchange.getResponseHeaders().set("Content-Type", "text/javascript");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
			}
			exchange.close();
		});
		this.openTokJs.start();
		this.sample = new SpringApplicationBuilder(SampleApplication.class).run("--server.port=0",
				"--sample.data-directory=" + this.dataDirectory,
				"--spring.datasource.url=jdbc:h2:mem:video-" + UUID.randomUUID(),
				"--opentok.api-key=" + this.emulator.credentials().apiKey(),
				"--opentok.api-secret=" + this.emulator.credentials().apiSecret(),
				"--opentok.api-url=" + this.emulator.baseUrl(),
				"--opentok.webhook.signature-secret=sample-page-video-tests-webhook-secret-0123456789",
				"--sample.page.opentok-js-url=http://127.0.0.1:" + this.openTokJs.getAddress().getPort() + STAND_IN);
		this.http = new SampleHttpClient(port());
	}

	@AfterEach
	void stop() {
		if (this.sample != null) {
			this.sample.close();
		}
		this.openTokJs.stop(0);
		this.emulator.close();
	}

	@Test
	void configGivesTheModeAndTheConfiguredScript() {
		ResponseEntity<JsonNode> config = this.http.get("/config");
		assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(config.getBody().path("mode").asString()).isEqualTo("opentok");
		assertThat(config.getBody().path("opentokJsUrl").asString())
			.isEqualTo("http://127.0.0.1:" + this.openTokJs.getAddress().getPort() + STAND_IN);
	}

	@Test
	void joiningARoomConnectsWithTheServersApiKeySessionAndToken(@TempDir Path profile) throws Exception {
		ResponseEntity<JsonNode> room = this.http.put("/rooms/standup", null);
		assertThat(room.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String sessionId = room.getBody().path("sessionId").asString();
		try (ChromiumPage page = ChromiumPage.open(profile, "http://localhost:" + port() + "/")) {
			page.waitFor("document.getElementById('status').textContent === 'Ready'");
			assertThat(page.evaluate("document.getElementById('video-notice').hidden").asBoolean()).isTrue();
			page.click("tr[data-room='standup'] button");
			page.waitFor("window.openTokCalls && openTokCalls.some((call) => call.call === 'subscribe')");
			List<JsonNode> calls = new ArrayList<>();
			page.evaluate("openTokCalls").forEach(calls::add);
			assertThat(calls).extracting((call) -> call.path("call").asString())
				.containsExactly("initSession", "on", "initPublisher", "connect", "publish", "subscribe");
			assertThat(calls.get(0).path("apiKey").asString()).isEqualTo(this.emulator.credentials().apiKey());
			assertThat(calls.get(0).path("sessionId").asString()).isEqualTo(sessionId);
			assertThat(calls.get(1).path("type").asString()).isEqualTo("streamCreated");
			assertThat(calls.get(2).path("target").asString()).isEqualTo("publisher");
			TokenVerification token = this.emulator.verifyToken(calls.get(3).path("token").asString(), sessionId);
			assertThat(token.valid()).as(token.reason()).isTrue();
			assertThat(token.role()).isEqualTo(Role.PUBLISHER);
			assertThat(calls.get(4).path("publisher").asString()).isEqualTo("stand-in-publisher");
			assertThat(calls.get(5).path("streamId").asString()).isEqualTo("stand-in-stream");
			assertThat(calls.get(5).path("target").asString()).isEqualTo("subscribers");
			assertThat(page.text("#status")).isEqualTo("In room standup: your camera and microphone are on");
			assertThat(page.evaluate("document.getElementById('room-view').hidden").asBoolean()).isFalse();
			assertThat(page.text("#room-view-name")).isEqualTo("standup");
			assertThat(this.openTokJsRequests).hasValue(1);
			SamplePageTests.screenshot(page, "sample-page-room.png");

			page.click("#leave");
			assertThat(page.evaluate("openTokCalls.slice(6).map((call) => call.call)").toString())
				.isEqualTo("[\"disconnect\",\"destroyPublisher\"]");
			assertThat(page.evaluate("document.getElementById('room-view').hidden").asBoolean()).isTrue();
			assertThat(page.text("#status")).isEqualTo("Left standup");
		}
	}

	@Test
	void creatingARoomFromTheFormJoinsIt(@TempDir Path profile) throws Exception {
		try (ChromiumPage page = ChromiumPage.open(profile, "http://localhost:" + port() + "/")) {
			page.waitFor("document.getElementById('status').textContent === 'Ready'");
			page.evaluate("document.getElementById('room-name').value = 'weekly'");
			page.click("#room-form button[type=submit]");
			page.waitFor("window.openTokCalls && openTokCalls.some((call) => call.call === 'publish')");
			String sessionId = this.http.get("/rooms").getBody().get(0).path("sessionId").asString();
			assertThat(page.evaluate("openTokCalls[0]").path("sessionId").asString()).isEqualTo(sessionId);
			String token = page.evaluate("openTokCalls.find((call) => call.call === 'connect').token").asString();
			assertThat(this.emulator.verifyToken(token, sessionId).valid()).isTrue();
		}
		assertThat(this.http.get("/rooms").getBody()).singleElement()
			.satisfies((room) -> assertThat(room.path("name").asString()).isEqualTo("weekly"));
		assertThat(Map.of("requests", this.openTokJsRequests.get())).containsEntry("requests", 1);
	}

	private int port() {
		return this.sample.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

}
