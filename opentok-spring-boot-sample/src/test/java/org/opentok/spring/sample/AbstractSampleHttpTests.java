package org.opentok.spring.sample;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.opentok.spring.boot.test.autoconfigure.AutoConfigureOpenTokEmulator;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample on a random port against an OpenTok emulator that delivers signed callbacks
 * to the sample's webhook endpoint, with an in-memory database. Subclasses share one
 * application context; they use names of their own so that they never see each other's
 * rooms.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:sample-tests;DB_CLOSE_DELAY=-1",
				"opentok.webhook.signature-secret=" + AbstractSampleHttpTests.WEBHOOK_SECRET })
@AutoConfigureOpenTokEmulator(webhookUrl = "http://localhost:${local.server.port}/opentok/events",
		webhookSecret = AbstractSampleHttpTests.WEBHOOK_SECRET)
public abstract class AbstractSampleHttpTests {

	/**
	 * The secret the emulator signs callbacks with and the sample checks them with.
	 */
	protected static final String WEBHOOK_SECRET = "sample-tests-webhook-signature-secret-0123456789";

	/**
	 * The sample's port.
	 */
	@LocalServerPort
	protected int port;

	/**
	 * The emulator the sample talks to.
	 */
	@Autowired
	protected OpenTokEmulator emulator;

	/**
	 * Calls the sample over HTTP.
	 */
	protected SampleHttpClient http;

	@BeforeEach
	void createHttpClient() {
		this.http = new SampleHttpClient(this.port);
	}

	/**
	 * Returns a room name no other test uses.
	 * @param prefix what the room is for
	 * @return the name
	 */
	protected static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Creates a room and returns its session id.
	 * @param name the room's name
	 * @param mediaMode {@code ROUTED} or {@code RELAYED}
	 * @return the session id
	 */
	protected String createRoom(String name, String mediaMode) {
		ResponseEntity<JsonNode> created = this.http.put("/rooms/" + name, Map.of("mediaMode", mediaMode));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return created.getBody().path("sessionId").asString();
	}

	/**
	 * Checks that an answer is an RFC 9457 problem detail.
	 * @param answer the answer
	 * @param status its expected status
	 * @param title its expected title
	 * @return the problem detail's JSON, for further checks
	 */
	protected static JsonNode assertProblem(ResponseEntity<JsonNode> answer, HttpStatus status, String title) {
		assertThat(answer.getStatusCode()).isEqualTo(status);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = answer.getBody();
		assertThat(problem).isNotNull();
		assertThat(problem.path("status").asInt()).isEqualTo(status.value());
		assertThat(problem.path("title").asString()).isEqualTo(title);
		assertThat(problem.path("detail").asString()).isNotBlank();
		return problem;
	}

}
