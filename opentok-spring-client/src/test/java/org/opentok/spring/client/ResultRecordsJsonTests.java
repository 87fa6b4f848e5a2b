package org.opentok.spring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.broadcast.Broadcast;
import org.opentok.spring.client.connection.SessionConnections;
import org.opentok.spring.client.project.Project;
import org.opentok.spring.client.render.Render;
import org.opentok.spring.client.stream.SessionStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a plain Jackson mapper, as an application may hold, reads and writes the result
 * records that keep OpenTok's enum strings raw: it binds and writes each raw component
 * under its wire name with the string OpenTok sent, never under a {@code raw...} name,
 * and does not write the derived enum accessors.
 */
class ResultRecordsJsonTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonMapper SNAKE_CASE = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	@ParameterizedTest(name = "{0}")
	@MethodSource("records")
	void writesTheRawStringsUnderTheWireNames(Class<?> type, String body) {
		for (JsonMapper mapper : List.of(JSON, SNAKE_CASE)) {
			Object read = mapper.readValue(body, type);
			JsonNode written = mapper.readTree(mapper.writeValueAsString(read));
			assertThat(fieldNames(written)).noneMatch((name) -> name.toLowerCase().startsWith("raw"));
			assertHolds(written, mapper.readTree(body), "");
		}
	}

	static Stream<Arguments> records() {
		return Stream.of(Arguments.of(Archive.class, """
				{"id":"a","status":"transcoding","sessionId":"s","outputMode":"hologram","streamMode":"telepathic",
				 "resolution":"3840x2160","transcription":{"status":"summarizing"}}
				"""), Arguments.of(Broadcast.class, """
				{"id":"b","sessionId":"s","status":"paused","resolution":"1280x720","streamMode":"hybrid",
				 "broadcastUrls":{"hlsStatus":"buffering","rtmp":[{"serverUrl":"rtmp://a","streamName":"k",
				 "status":"throttled"}]}}
				"""), Arguments.of(Render.class, """
				{"id":"r","sessionId":"s","url":"https://app.example.com/page","status":"paused",
				 "resolution":"3840x2160"}
				"""), Arguments.of(SessionStream.class, """
				{"id":"x","videoType":"hologram"}
				"""), Arguments.of(SessionConnections.class, """
				{"count":1,"items":[{"connectionId":"c","connectionState":"Reconnecting"}]}
				"""), Arguments.of(Project.class, """
				{"id":"1","status":"archived"}
				"""));
	}

	private static void assertHolds(JsonNode written, JsonNode sent, String path) {
		if (sent.isObject()) {
			sent.properties().forEach((field) -> {
				String name = path + "/" + field.getKey();
				assertThat(written.has(field.getKey())).as(name).isTrue();
				assertHolds(written.get(field.getKey()), field.getValue(), name);
			});
		}
		else if (sent.isArray()) {
			assertThat(written.size()).as(path).isEqualTo(sent.size());
			for (int i = 0; i < sent.size(); i++) {
				assertHolds(written.get(i), sent.get(i), path + "/" + i);
			}
		}
		else {
			assertThat(written).as(path).isEqualTo(sent);
		}
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		if (node.isObject()) {
			node.properties().forEach((field) -> {
				names.add(field.getKey());
				names.addAll(fieldNames(field.getValue()));
			});
		}
		else if (node.isArray()) {
			node.forEach((element) -> names.addAll(fieldNames(element)));
		}
		return names;
	}

}
