package org.opentok.spring.docs.readme;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every property the README names exists in the configuration metadata, and every OpenTok
 * property of the metadata has a row in the README's configuration reference.
 */
class ReadmePropertiesTests {

	private static final Pattern CODE_SPAN = Pattern
		.compile("`((?:management\\.health\\.)?opentok\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)(?:=[^`]*)?`");

	private static final Pattern TABLE_ROW = Pattern.compile("^\\| (`[^|]+`) \\|");

	// meters and observation keys, documented in Observability, share the prefix
	private static final Set<String> NOT_PROPERTIES = Set.of("opentok.client.requests", "opentok.tokens.generated",
			"opentok.webhook.events", "opentok.operation", "opentok.session.id", "opentok.archive.id",
			"opentok.broadcast.id", "opentok.stream.id", "opentok.connection.id");

	private Readme readme;

	private ConfigurationMetadata metadata;

	@BeforeEach
	void read() throws IOException {
		this.readme = Readme.read(Path.of(System.getProperty("readme.path", "../README.md")));
		this.metadata = ConfigurationMetadata.load();
	}

	@Test
	void everyPropertyTheReadmeNamesExists() throws IOException {
		Set<String> named = new TreeSet<>();
		Matcher span = CODE_SPAN.matcher(this.readme.text());
		while (span.find()) {
			named.add(span.group(1));
		}
		named.addAll(configurationTable());
		named.addAll(yamlKeys());
		named.removeAll(NOT_PROPERTIES);
		List<String> unknown = named.stream().filter((name) -> !this.metadata.describes(name)).toList();
		assertThat(unknown).as("properties the README names that the configuration metadata does not have").isEmpty();
		assertThat(named).as("properties found in the README").contains("opentok.api-key", "opentok.webhook.path");
	}

	@Test
	void everyOpenTokPropertyIsInTheConfigurationTable() {
		Set<String> missing = new TreeSet<>(this.metadata.properties("opentok."));
		missing.addAll(this.metadata.properties("management.health.opentok."));
		missing.removeAll(configurationTable());
		assertThat(missing).as("properties without a row in the README's configuration reference").isEmpty();
	}

	private Set<String> configurationTable() {
		Set<String> names = new TreeSet<>();
		for (String line : this.readme.text().split("\n")) {
			Matcher row = TABLE_ROW.matcher(line);
			if (row.find()) {
				for (String name : row.group(1).split(",\\s*")) {
					String property = name.strip().replace("`", "");
					if (property.startsWith("opentok.") || property.startsWith("management.")) {
						names.add(property);
					}
				}
			}
		}
		return names;
	}

	private Set<String> yamlKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
		List<CodeBlock> blocks = new ArrayList<>(this.readme.codeBlocks());
		blocks.removeIf((block) -> !block.language().equals("yaml"));
		for (CodeBlock block : blocks) {
			ByteArrayResource yaml = new ByteArrayResource(block.text().getBytes(), "README line " + block.firstLine());
			for (PropertySource<?> source : loader.load(block.snippet(), yaml)) {
				for (String key : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
					keys.add(key.replaceAll("\\[\\d+]$", ""));
				}
			}
		}
		assertThat(keys).as("keys of the README's YAML blocks").isNotEmpty();
		return keys;
	}

}
