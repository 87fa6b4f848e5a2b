package org.opentok.spring.sample.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.opentok.spring.sample.AbstractSampleHttpTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's OpenAPI description, read from {@code /v3/api-docs} as a client generator
 * reads it: what the API is, every status each endpoint answers, and only values a caller
 * may send.
 */
class SampleOpenApiTests extends AbstractSampleHttpTests {

	private static final Set<String> OPENTOK = Set.of("502", "503", "504");

	private static final Map<String, Set<String>> STATUSES = statuses();

	private JsonNode api;

	@BeforeEach
	void readTheDescription() {
		ResponseEntity<JsonNode> answer = this.http.get("/v3/api-docs");
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		this.api = answer.getBody();
	}

	@Test
	void saysWhatTheApiIsAndWhichVersion() {
		JsonNode info = this.api.path("info");
		assertThat(info.path("title").asString()).isEqualTo("OpenTok Spring Boot sample");
		assertThat(System.getProperty("sample.version")).as("the project's version, from the build").isNotBlank();
		assertThat(info.path("version").asString()).isEqualTo(System.getProperty("sample.version"));
		assertThat(info.path("description").asString()).contains("OpenTok session")
			.contains("problem detail")
			.contains("/opentok/events");
	}

	@Test
	void documentsEveryStatusOfEveryEndpoint() {
		Map<String, Set<String>> documented = new LinkedHashMap<>();
		this.api.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			Set<String> statuses = new TreeSet<>(operation.getValue().path("responses").propertyNames());
			documented.put(operation.getKey().toUpperCase() + " " + path.getKey(), statuses);
		}));
		assertThat(documented).containsExactlyInAnyOrderEntriesOf(STATUSES);
	}

	@Test
	void errorsAreProblemDetailsAndSuccessesJson() {
		JsonNode problemDetail = this.api.path("components").path("schemas").path("ProblemDetail");
		assertThat(problemDetail.path("properties").propertyNames()).contains("type", "title", "status", "detail",
				"instance");
		this.api.path("paths")
			.forEach((path) -> path
				.forEach((operation) -> operation.path("responses").properties().forEach((response) -> {
					JsonNode content = response.getValue().path("content");
					assertThat(response.getValue().path("description").asString()).isNotBlank();
					if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
						assertThat(content.propertyNames()).containsExactly("application/problem+json");
						assertThat(content.path("application/problem+json").path("schema").path("$ref").asString())
							.isEqualTo("#/components/schemas/ProblemDetail");
					}
					else if (!response.getKey().equals("204")) {
						assertThat(content.propertyNames()).containsExactly("application/json");
					}
				})));
	}

	@Test
	void createdRoomsAndReturnedRoomsShareTheirSchema() {
		JsonNode responses = this.api.path("paths").path("/rooms/{name}").path("put").path("responses");
		assertThat(
				responses.path("201").path("content").path("application/json").path("schema").path("$ref").asString())
			.isEqualTo("#/components/schemas/RoomResponse");
		assertThat(
				responses.path("200").path("content").path("application/json").path("schema").path("$ref").asString())
			.isEqualTo("#/components/schemas/RoomResponse");
		assertThat(responses.path("409").path("description").asString()).contains("media mode");
	}

	@Test
	void offersNoUnknownValue() {
		List<String> enums = new ArrayList<>();
		collectEnums(this.api, "", enums);
		assertThat(enums).as("every enum of the description").isNotEmpty();
		assertThat(enums).allSatisfy((values) -> assertThat(values.toLowerCase()).doesNotContain("unknown"));
		JsonNode schemas = this.api.path("components").path("schemas");
		assertThat(schemas.path("StartArchiveRequest").path("properties").path("outputMode").path("enum").values())
			.extracting(JsonNode::asString)
			.containsExactly("composed", "individual");
		assertThat(schemas.path("StartArchiveRequest").path("properties").path("resolution").path("enum").values())
			.extracting(JsonNode::asString)
			.containsExactly("640x480", "480x640", "1280x720", "720x1280", "1920x1080", "1080x1920");
	}

	private static void collectEnums(JsonNode node, String where, List<String> enums) {
		if (node.isObject()) {
			node.properties().forEach((field) -> {
				if (field.getKey().equals("enum")) {
					enums.add(where + ": " + field.getValue());
				}
				collectEnums(field.getValue(), where + "/" + field.getKey(), enums);
			});
		}
		else if (node.isArray()) {
			node.forEach((item) -> collectEnums(item, where, enums));
		}
	}

	private static Map<String, Set<String>> statuses() {
		Map<String, Set<String>> statuses = new LinkedHashMap<>();
		statuses.put("GET /config", Set.of("200"));
		statuses.put("GET /rooms", Set.of("200"));
		statuses.put("PUT /rooms/{name}", with(OPENTOK, "200", "201", "400", "409", "413"));
		statuses.put("POST /rooms/{name}/tokens", with(OPENTOK, "201", "400", "404", "413"));
		statuses.put("POST /rooms/{name}/signals", with(OPENTOK, "204", "400", "404", "413"));
		statuses.put("DELETE /rooms/{name}/connections/{connectionId}", with(OPENTOK, "204", "400", "404"));
		statuses.put("POST /rooms/{name}/archives", with(OPENTOK, "201", "400", "404", "409", "413"));
		statuses.put("GET /archives", with(OPENTOK, "200", "400"));
		statuses.put("GET /archives/{id}", with(OPENTOK, "200", "400", "404"));
		statuses.put("POST /archives/{id}/stop", with(OPENTOK, "200", "400", "404", "409"));
		statuses.put("DELETE /archives/{id}", with(OPENTOK, "204", "400", "404", "409"));
		return statuses;
	}

	private static Set<String> with(Set<String> common, String... statuses) {
		Set<String> all = new TreeSet<>(common);
		all.addAll(List.of(statuses));
		return all;
	}

}
