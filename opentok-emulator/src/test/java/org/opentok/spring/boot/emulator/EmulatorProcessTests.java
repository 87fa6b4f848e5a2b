package org.opentok.spring.boot.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's main class in a JVM of its own: it prints what to use, serves the
 * project's client, stops cleanly on the TERM signal and, started again on the same state
 * directory, knows the sessions created before.
 */
class EmulatorProcessTests {

	private static final String KEY = "46000002";

	private static final String SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@TempDir
	Path directory;

	@Test
	void servesStopsCleanlyAndKeepsTheSessionsAcrossARestart() throws Exception {
		String[] args = { "--port", "0", "--project", KEY + ":" + SECRET, "--state", "state" };
		String sessionId;
		try (EmulatorProcess emulator = EmulatorProcess.start(this.directory, args).awaitReady()) {
			assertThat(emulator.apiKey()).isEqualTo(KEY);
			assertThat(emulator.apiSecret()).isEqualTo(SECRET);
			assertThat(emulator.controlToken()).matches("[0-9a-f]{48}");
			sessionId = client(emulator).sessions()
				.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
				.sessionId();
			assertThat(emulator.stop()).as(emulator.output()).isEqualTo(143);
			assertThat(emulator.output()).endsWith("Press Ctrl-C to stop.\nOpenTok emulator stopped");
		}
		assertThat(this.directory.resolve("state/sessions.jsonl")).content().contains(sessionId);
		try (EmulatorProcess restarted = EmulatorProcess.start(this.directory, args).awaitReady()) {
			String token = restarted.controlToken();
			HttpResponse<String> joined = this.http.send(HttpRequest
				.newBuilder(
						URI.create(restarted.baseUrl() + "/_emulator/control/sessions/" + sessionId + "/connections"))
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
			assertThat(client(restarted).connections().list(sessionId).count()).isEqualTo(1);
			assertThat(restarted.stop()).isEqualTo(143);
		}
	}

	@Test
	void printsTheUsageAndExitsWith0ForHelp() throws Exception {
		try (EmulatorProcess help = EmulatorProcess.start(this.directory, "--help")) {
			assertThat(help.awaitExit()).isZero();
			assertThat(help.output()).startsWith("Usage: java -jar opentok-spring-boot-emulator.jar [options]");
		}
	}

	@Test
	void exitsWith2OnABadOption() throws Exception {
		try (EmulatorProcess bad = EmulatorProcess.start(this.directory, "--port", "eighty")) {
			assertThat(bad.awaitExit()).isEqualTo(2);
			assertThat(bad.output())
				.isEqualTo("opentok-emulator: --port must be a number from 0 to 65535, got 'eighty'\n"
						+ "Run with --help for the options.");
		}
	}

	private static OpenTok client(EmulatorProcess emulator) {
		return OpenTok.builder(emulator.apiKey(), emulator.apiSecret())
			.apiUrl(emulator.baseUrl())
			.retryPolicy(RetryPolicy.none())
			.readTimeout(Duration.ofSeconds(5))
			.build();
	}

}
