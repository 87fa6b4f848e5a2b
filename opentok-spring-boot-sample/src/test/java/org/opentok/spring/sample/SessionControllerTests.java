package org.opentok.spring.sample;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpRequest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * End-to-end test of the sample over HTTP, with OpenTok played by MockServer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionControllerTests {

	private static final String SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	private static final String SESSION_ID = "1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4";

	private static final ClientAndServer openTok = ClientAndServer.startClientAndServer(0);

	@Autowired
	private Environment environment;

	@DynamicPropertySource
	static void openTokProperties(DynamicPropertyRegistry registry) {
		registry.add("opentok.api-key", () -> "123456");
		registry.add("opentok.api-secret", () -> SECRET);
		registry.add("opentok.api-url", () -> "http://localhost:" + openTok.getPort());
	}

	@AfterAll
	static void stopOpenTok() {
		openTok.stop();
	}

	@BeforeEach
	void resetOpenTok() {
		openTok.reset();
	}

	@Test
	void createsARoutedSessionAndReturnsItWithAToken() {
		openTok.when(request().withMethod("POST").withPath("/session/create"))
			.respond(response().withStatusCode(200)
				.withHeader("Content-Type", "application/json")
				.withBody("[{\"session_id\":\"" + SESSION_ID + "\",\"project_id\":\"123456\",\"partner_id\":\"123456\","
						+ "\"create_dt\":\"Tue Nov 14 14:13:20 PST 2023\",\"media_server_url\":\"\"}]"));

		ResponseEntity<JsonNode> answer = sample().post().uri("/sessions").retrieve().toEntity(JsonNode.class);

		assertThat(answer.getStatusCode().value()).isEqualTo(201);
		JsonNode body = answer.getBody();
		assertThat(body.get("apiKey").asString()).isEqualTo("123456");
		assertThat(body.get("sessionId").asString()).isEqualTo(SESSION_ID);
		String[] token = body.get("token").asString().split("\\.");
		assertThat(token).hasSize(3);
		String claims = new String(Base64.getUrlDecoder().decode(token[1]), StandardCharsets.UTF_8);
		assertThat(claims).contains("\"session_id\":\"" + SESSION_ID + "\"")
			.contains("\"role\":\"publisher\"")
			.contains("\"iss\":\"123456\"");
		HttpRequest[] sent = openTok.retrieveRecordedRequests(request().withPath("/session/create"));
		assertThat(sent).hasSize(1);
		assertThat(sent[0].getBodyAsString()).isEqualTo("p2p.preference=disabled&archiveMode=manual");
		assertThat(sent[0].getFirstHeader("X-OPENTOK-AUTH")).isNotBlank();
	}

	@Test
	void answersOpenTokRefusalsWithAProblemDetail() {
		openTok.when(request().withPath("/session/create"))
			.respond(response().withStatusCode(403)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"code\":-1,\"message\":\"Invalid token\"}"));

		ResponseEntity<JsonNode> answer = sample().post()
			.uri("/sessions")
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(JsonNode.class);

		assertThat(answer.getStatusCode().value()).isEqualTo(502);
		assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(answer.getBody().get("detail").asString()).isEqualTo("session.create failed: 403 Invalid token");
		assertThat(answer.getBody().get("opentokStatus").asInt()).isEqualTo(403);
	}

	private RestClient sample() {
		return RestClient.create("http://localhost:" + this.environment.getProperty("local.server.port"));
	}

}
