package org.opentok.spring.boot.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.core.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged emulator started as users start it, {@code java -jar}: it serves the API
 * and its page, and stops cleanly. Run by failsafe after {@code package}; the jar's path
 * comes from the build ({@code emulator.jar}).
 */
class EmulatorJarIT {

	@TempDir
	Path directory;

	@Test
	void startsWithJavaJarServesAndStops() throws Exception {
		Path jar = Paths.get(System.getProperty("emulator.jar", "target/opentok-spring-boot-emulator.jar"));
		assertThat(jar).as("the packaged emulator (run 'package' first)").isRegularFile();
		try (EmulatorProcess emulator = EmulatorProcess.startJar(this.directory, jar, "--port", "0").awaitReady()) {
			OpenTok openTok = OpenTok.builder(emulator.apiKey(), emulator.apiSecret())
				.apiUrl(emulator.baseUrl())
				.retryPolicy(RetryPolicy.none())
				.build();
			String sessionId = openTok.sessions().create().sessionId();
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains(sessionId);
			assertThat(emulator.stop()).as(emulator.output()).isEqualTo(143);
			assertThat(emulator.output()).endsWith("OpenTok emulator stopped");
		}
	}

}
