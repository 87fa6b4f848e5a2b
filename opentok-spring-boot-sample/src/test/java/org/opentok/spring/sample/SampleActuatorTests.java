package org.opentok.spring.sample;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's Actuator endpoints over HTTP: OpenTok's health, the mode in the info and
 * the OpenTok meters in Prometheus' format.
 */
class SampleActuatorTests extends AbstractSampleHttpTests {

	@Test
	void healthHasAnOpenTokComponentThatIsUp() {
		ResponseEntity<JsonNode> health = this.http.get("/actuator/health");
		assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(health.getBody().path("status").asString()).isEqualTo("UP");
		assertThat(health.getBody().path("components").path("opentok").path("status").asString()).isEqualTo("UP");
		assertThat(health.getBody().toString()).doesNotContain(this.emulator.credentials().apiSecret())
			.doesNotContain(WEBHOOK_SECRET);
	}

	@Test
	void infoSaysTheSampleTalksToTheEmulator() {
		ResponseEntity<JsonNode> info = this.http.get("/actuator/info");
		assertThat(info.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode openTok = info.getBody().path("opentok");
		assertThat(openTok.path("mode").asString()).isEqualTo("emulator");
		assertThat(openTok.path("apiUrl").asString()).isEqualTo(this.emulator.baseUrl().toString());
		assertThat(openTok.path("projectId").asString()).isEqualTo(this.emulator.credentials().apiKey());
		assertThat(info.getBody().path("app").path("name").asString()).isEqualTo("OpenTok Spring Boot sample");
		assertThat(info.getBody().toString()).doesNotContain(this.emulator.credentials().apiSecret());
	}

	@Test
	void prometheusShowsOpenTokRequestsAndTokens() {
		String room = uniqueName("metered");
		createRoom(room, "ROUTED");
		assertThat(this.http.post("/rooms/" + room + "/tokens", Map.of("role", "SUBSCRIBER")).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		ResponseEntity<String> scrape = this.http.getText("/actuator/prometheus");
		assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(scrape.getBody()).contains("opentok_client_requests")
			.contains("opentok_tokens_generated")
			.doesNotContain(this.emulator.credentials().apiSecret());
	}

}
