package org.opentok.spring.sample;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample started as a newcomer starts it (no credentials: the embedded emulator, the
 * H2 file in the data directory), stopped and started again on the same data directory:
 * its rooms still work.
 */
class SampleRestartTests {

	@TempDir
	Path dataDirectory;

	@Test
	void aRoomStillMintsTokensAndArchivesAfterARestart() {
		String sessionId;
		String apiKey;
		try (ConfigurableApplicationContext first = start()) {
			ResponseEntity<JsonNode> created = http(first).put("/rooms/standup", null);
			assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
			sessionId = created.getBody().path("sessionId").asString();
			apiKey = created.getBody().path("apiKey").asString();
		}
		try (ConfigurableApplicationContext second = start()) {
			SampleHttpClient http = http(second);
			assertThat(http.get("/rooms").getBody()).singleElement().satisfies((room) -> {
				assertThat(room.path("sessionId").asString()).isEqualTo(sessionId);
				assertThat(room.path("apiKey").asString()).isEqualTo(apiKey);
				assertThat(room.path("projectId").asString()).isEqualTo(apiKey);
				assertThat(room.path("currentProject").asBoolean()).isTrue();
			});
			ResponseEntity<JsonNode> token = http.post("/rooms/standup/tokens", Map.of("role", "PUBLISHER"));
			assertThat(token.getStatusCode()).isEqualTo(HttpStatus.CREATED);
			assertThat(token.getBody().path("sessionId").asString()).isEqualTo(sessionId);
			assertThat(token.getBody().path("apiKey").asString()).isEqualTo(apiKey);
			OpenTokEmulator emulator = second.getBean(OpenTokEmulator.class);
			emulator.connect(sessionId, token.getBody().path("token").asString());
			ResponseEntity<JsonNode> archive = http.post("/rooms/standup/archives", Map.of("name", "after restart"));
			assertThat(archive.getStatusCode()).isEqualTo(HttpStatus.CREATED);
			assertThat(archive.getBody().path("sessionId").asString()).isEqualTo(sessionId);
			assertThat(
					http.post("/archives/" + archive.getBody().path("id").asString() + "/stop", null).getStatusCode())
				.isEqualTo(HttpStatus.OK);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(SampleApplication.class).run("--server.port=0",
				"--sample.data-directory=" + this.dataDirectory, "--opentok.api-key=", "--opentok.api-secret=",
				"--opentok.application-id=", "--opentok.private-key=", "--opentok.private-key-location=");
	}

	private static SampleHttpClient http(ConfigurableApplicationContext context) {
		return new SampleHttpClient(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
	}

}
