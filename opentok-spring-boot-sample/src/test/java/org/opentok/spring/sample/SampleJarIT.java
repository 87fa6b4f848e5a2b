package org.opentok.spring.sample;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The packaged sample started as users start it, {@code java -jar}, in a process of its
 * own with no OpenTok credentials and no database settings in its environment: it runs
 * against its embedded emulator with an in-memory database, reports UP and creates a
 * room. Run by failsafe after {@code package}; the jar's path comes from the build
 * ({@code sample.jar}).
 */
class SampleJarIT {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private static final int OUTPUT_LINES = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// settings a developer's shell may hold that would point the sample elsewhere
	private static final List<String> SCRUBBED_PREFIXES = List.of("OPENTOK_", "SAMPLE_", "SPRING_");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@TempDir
	Path workingDirectory;

	@Test
	void startsWithJavaJarAgainstTheEmulatorAndCreatesARoom() throws Exception {
		runSample(List.of(), (port) -> {
			HttpResponse<String> room = send(port, "PUT", "/rooms/x", null);
			assertThat(room.statusCode()).as(room.body()).isEqualTo(201);
			assertThat(room.body()).contains("\"name\":\"x\"", "\"sessionId\":\"", "\"mediaMode\":\"ROUTED\"");
		});
	}

	/**
	 * The jar holds the classes {@code process-aot} generated; started with
	 * {@code -Dspring.aot.enabled=true} the sample runs from them instead of its
	 * configuration classes, as a native image does, and goes through rooms, tokens and
	 * archives against the emulator.
	 */
	@Test
	void startsInAotModeAndGoesThroughRoomsTokensAndArchives() throws Exception {
		runSample(List.of("-Dspring.aot.enabled=true"), (port) -> {
			HttpResponse<String> room = send(port, "PUT", "/rooms/aot", null);
			assertThat(room.statusCode()).as(room.body()).isEqualTo(201);
			HttpResponse<String> token = send(port, "POST", "/rooms/aot/tokens", "{\"role\":\"MODERATOR\"}");
			assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
			assertThat(JSON.readTree(token.body()).path("token").asString()).isNotBlank();
			// the emulator, like OpenTok, records no session without connected clients:
			// the request is written and OpenTok's error body read in AOT mode
			HttpResponse<String> started = send(port, "POST", "/rooms/aot/archives", "{\"name\":\"aot\"}");
			assertThat(started.statusCode()).as(started.body()).isEqualTo(404);
			assertThat(started.body()).contains("archive.start failed: 404", "No clients are actively connected");
			HttpResponse<String> archives = send(port, "GET", "/archives", null);
			assertThat(archives.statusCode()).as(archives.body()).isEqualTo(200);
			assertThat(JSON.readTree(archives.body()).isContainer()).isTrue();
		});
		assertThat(Files.readString(this.workingDirectory.resolve("sample.log"))).as("started from AOT classes")
			.contains("Starting AOT-processed");
	}

	private void runSample(List<String> jvmOptions, SampleCheck check) throws Exception {
		Path jar = Paths.get(System.getProperty("sample.jar", "target/opentok-spring-boot-sample.jar"));
		assertThat(jar).as("the packaged sample (run 'package' first)").isRegularFile();
		int port = freePort();
		Path output = this.workingDirectory.resolve("sample.log");
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--spring.datasource.url=jdbc:h2:mem:sample-jar;DB_CLOSE_DELAY=-1"));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf((name) -> SCRUBBED_PREFIXES.stream().anyMatch(name::startsWith));
		Process sample = builder.start();
		try {
			awaitHealthUp(sample, port);
			check.run(port);
		}
		catch (AssertionError | Exception ex) {
			throw new AssertionError(
					ex.getMessage() + "\nThe sample's output (last " + OUTPUT_LINES + " lines):\n" + tail(output), ex);
		}
		finally {
			stop(sample);
		}
	}

	private HttpResponse<String> send(int port, String method, String path, String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(10));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@FunctionalInterface
	private interface SampleCheck {

		void run(int port) throws Exception;

	}

	private void awaitHealthUp(Process sample, int port) throws IOException, InterruptedException {
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		String last = "no answer";
		while (System.nanoTime() < deadline) {
			if (!sample.isAlive()) {
				fail("The sample exited with " + sample.exitValue() + " before it was UP");
			}
			try {
				HttpResponse<String> answer = this.http.send(health, HttpResponse.BodyHandlers.ofString());
				last = answer.statusCode() + " " + answer.body();
				if (answer.statusCode() == 200 && "UP".equals(JSON.readTree(answer.body()).path("status").asString())) {
					return;
				}
			}
			catch (ConnectException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		fail("The sample was not UP within " + START_TIMEOUT + "; last health answer: " + last);
	}

	private static void stop(Process sample) throws InterruptedException {
		sample.destroy();
		if (!sample.waitFor(10, TimeUnit.SECONDS)) {
			sample.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static String tail(Path output) throws IOException {
		List<String> lines = Files.readAllLines(output);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - OUTPUT_LINES), lines.size()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
