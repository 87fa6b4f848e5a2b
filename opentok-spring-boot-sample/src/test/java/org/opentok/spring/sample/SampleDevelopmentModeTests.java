package org.opentok.spring.sample;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.boot.test.emulator.WebhookDelivery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample started with no OpenTok credentials, as a newcomer starts it: it runs the
 * embedded emulator, which sends it callbacks signed with the secret generated for the
 * run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:sample-development-mode;DB_CLOSE_DELAY=-1",
				"sample.data-directory=target/sample-development-mode", "opentok.api-key=", "opentok.api-secret=",
				"opentok.application-id=", "opentok.private-key=", "opentok.private-key-location=" })
class SampleDevelopmentModeTests {

	@LocalServerPort
	private int port;

	@Autowired
	private OpenTokEmulator emulator;

	@Test
	void runsTheEmulatorAndAcceptsItsSignedCallbacks() {
		SampleHttpClient http = new SampleHttpClient(this.port);
		assertThat(http.get("/actuator/info").getBody().path("opentok").path("mode").asString()).isEqualTo("emulator");
		ResponseEntity<JsonNode> room = http.put("/rooms/newcomer", null);
		assertThat(room.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		// OpenTok records a session only while a client is connected to it
		this.emulator.connect(room.getBody().path("sessionId").asString());
		assertThat(this.emulator.awaitIdle(Duration.ofSeconds(10))).isTrue();
		this.emulator.webhooks().clearDeliveries();
		ResponseEntity<JsonNode> archive = http.post("/rooms/newcomer/archives", Map.of("name", "first"));
		assertThat(archive.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = archive.getBody().path("id").asString();
		assertThat(http.post("/archives/" + id + "/stop", null).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.emulator.awaitIdle(Duration.ofSeconds(10))).isTrue();
		assertThat(this.emulator.webhooks().deliveries()).hasSize(3).allSatisfy((delivery) -> {
			assertThat(delivery.signed()).isTrue();
			assertThat(delivery.status()).isEqualTo(200);
		}).extracting(WebhookDelivery::event).containsOnly("archive");
		assertThat(http.get("/archives/" + id).getBody().path("reportedStatus").asString()).isEqualTo("AVAILABLE");
	}

}
