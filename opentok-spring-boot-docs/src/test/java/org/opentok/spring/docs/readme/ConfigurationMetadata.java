package org.opentok.spring.docs.readme;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The property names that the class path's Spring Boot configuration metadata
 * ({@code META-INF/spring-configuration-metadata.json}) describes, and their groups.
 */
final class ConfigurationMetadata {

	private final Set<String> properties;

	private final Set<String> groups;

	private ConfigurationMetadata(Set<String> properties, Set<String> groups) {
		this.properties = properties;
		this.groups = groups;
	}

	static ConfigurationMetadata load() throws IOException {
		Set<String> properties = new TreeSet<>();
		Set<String> groups = new TreeSet<>();
		JsonMapper json = JsonMapper.builder().build();
		ClassLoader loader = ConfigurationMetadata.class.getClassLoader();
		for (URL url : Collections.list(loader.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				JsonNode metadata = json.readTree(in);
				metadata.path("properties").forEach((property) -> properties.add(property.get("name").asString()));
				metadata.path("groups").forEach((group) -> groups.add(group.get("name").asString()));
			}
		}
		return new ConfigurationMetadata(properties, groups);
	}

	boolean describes(String name) {
		return this.properties.contains(name) || this.groups.contains(name);
	}

	Set<String> properties(String prefix) {
		Set<String> matching = new TreeSet<>();
		for (String property : this.properties) {
			if (property.startsWith(prefix)) {
				matching.add(property);
			}
		}
		return matching;
	}

}
