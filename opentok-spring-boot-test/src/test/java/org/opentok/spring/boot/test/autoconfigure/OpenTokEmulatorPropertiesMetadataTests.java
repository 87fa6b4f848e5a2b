package org.opentok.spring.boot.test.autoconfigure;

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the generated configuration metadata describes every
 * {@code opentok.emulator.*} key.
 */
class OpenTokEmulatorPropertiesMetadataTests {

	@Test
	void everyEmulatorPropertyHasADescription() throws Exception {
		Map<String, String> descriptions = new LinkedHashMap<>();
		for (URL url : Collections
			.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				for (JsonNode property : JsonMapper.builder().build().readTree(in).path("properties")) {
					String name = property.path("name").asString();
					if (name.startsWith("opentok.emulator.")) {
						descriptions.put(name, property.path("description").asString(""));
					}
				}
			}
		}
		assertThat(descriptions).containsOnlyKeys("opentok.emulator.enabled", "opentok.emulator.port",
				"opentok.emulator.api-key", "opentok.emulator.api-secret", "opentok.emulator.webhook-url",
				"opentok.emulator.webhook-secret", "opentok.emulator.archive-processing-time",
				"opentok.emulator.state-directory");
		assertThat(descriptions.values()).allSatisfy((description) -> assertThat(description).isNotBlank());
	}

}
