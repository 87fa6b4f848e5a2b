package org.opentok.spring.docs.readme;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Maven and Gradle coordinates name artifacts this build makes, at this
 * build's version, and the jars it tells to run are this version's.
 */
class ReadmeDependencyTests {

	private static final Pattern MAVEN = Pattern
		.compile("<groupId>(.+)</groupId>\\s*<artifactId>(.+)</artifactId>\\s*<version>(.+)</version>");

	private static final Pattern GRADLE = Pattern.compile("\"(org\\.opentok\\.spring):([\\w-]+):([^\"]+)\"");

	private static final Pattern JAR = Pattern.compile("/target/(opentok-[\\w-]+?)-(\\d[^/\\s]*?)(?:-exec)?\\.jar");

	private static final List<String> ARTIFACTS = List.of("opentok-spring-boot-starter", "opentok-spring-boot-test",
			"opentok-spring-client");

	@Test
	void coordinatesNameThisVersion() throws IOException {
		Readme readme = Readme.read(Path.of(System.getProperty("readme.path", "../README.md")));
		String version = System.getProperty("project.version");
		assertThat(version).as("project.version, set by the build").isNotBlank();
		int found = 0;
		for (Pattern pattern : List.of(MAVEN, GRADLE)) {
			Matcher coordinates = pattern.matcher(readme.text());
			while (coordinates.find()) {
				assertThat(coordinates.group(1)).isEqualTo("org.opentok.spring");
				assertThat(coordinates.group(2)).isIn(ARTIFACTS);
				assertThat(coordinates.group(3)).as(coordinates.group()).isEqualTo(version);
				found++;
			}
		}
		assertThat(found).as("coordinates in the README").isGreaterThanOrEqualTo(3);
	}

	@Test
	void jarsNameThisVersion() throws IOException {
		Readme readme = Readme.read(Path.of(System.getProperty("readme.path", "../README.md")));
		Matcher jar = JAR.matcher(readme.text());
		int found = 0;
		while (jar.find()) {
			assertThat(jar.group(2)).as(jar.group()).isEqualTo(System.getProperty("project.version"));
			found++;
		}
		assertThat(found).as("jars the README runs").isGreaterThanOrEqualTo(1);
	}

}
