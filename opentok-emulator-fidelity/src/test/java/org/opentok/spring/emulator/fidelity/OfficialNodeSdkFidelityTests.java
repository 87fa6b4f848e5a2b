package org.opentok.spring.emulator.fidelity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.opentok.spring.boot.test.emulator.RecordedRequest;
import org.opentok.spring.boot.test.emulator.TokenVerification;
import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.session.ArchiveMode;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The official Node SDK ({@code opentok} on npm, the version {@code src/test/node} pins)
 * runs every operation it has against the emulator through
 * {@code src/test/node/fidelity.js}. It needs {@code node} on the PATH and {@code npm ci}
 * run in {@code src/test/node}: without them the test is skipped, unless
 * {@value #REQUIRED} is {@code true} (as {@code .ci/run} sets it after a successful
 * install), which makes it fail.
 */
class OfficialNodeSdkFidelityTests {

	static final String REQUIRED = "OPENTOK_NODE_FIDELITY_REQUIRED";

	private static final Path SCRIPT_DIRECTORY = Path.of("src", "test", "node");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// what fidelity.js runs: an operation missing from its summary fails the test
	private static final List<String> OPERATIONS = List.of("createSession relayed",
			"createSession routed with location", "createSession always archived", "createSession end-to-end encrypted",
			"generateToken", "generateJwt", "startArchive", "startArchive individual manual",
			"startArchive tagged on an always archived session", "getArchive", "listArchives",
			"listArchives by session with offset and count", "setArchiveLayout", "addArchiveStream",
			"removeArchiveStream", "stopArchive", "archive.stop", "deleteArchive", "archive.delete", "startBroadcast",
			"startBroadcast manual streams", "getBroadcast", "listBroadcasts", "setBroadcastLayout",
			"addBroadcastStream", "removeBroadcastStream", "stopBroadcast", "broadcast.stop", "getStream",
			"listStreams", "setStreamClassLists", "signal session", "signal connection", "forceMuteStream",
			"forceMuteAll", "disableForceMute", "forceDisconnect", "dial", "playDTMF session", "playDTMF connection",
			"websocketConnect", "startCaptions", "stopCaptions", "startRender", "getRender", "listRenders",
			"stopRender", "registerCallback", "listCallbacks", "unregisterCallback", "callback.unregister");

	private static FidelityEmulator emulator;

	@BeforeAll
	static void start() {
		emulator = FidelityEmulator.start();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void everyOperationOfTheOfficialNodeSdkSucceedsAndWhatTheServiceRefusesIsRefused(@TempDir Path output)
			throws Exception {
		requireNodeAndTheSdk();
		OpenTok client = OpenTok.builder(emulator.credentials().apiKey(), emulator.apiSecret())
			.apiUrl(emulator.baseUrl())
			.build();
		String routed = client.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
			.sessionId();
		String first = emulator.connect(routed);
		String second = emulator.connect(routed);
		List<String> streams = List.of(emulator.publish(first), emulator.publish(second));
		String always = client.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).archiveMode(ArchiveMode.ALWAYS).build())
			.sessionId();
		emulator.connect(always);
		String relayed = client.sessions().create().sessionId();
		emulator.connect(relayed);
		String empty = client.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
			.sessionId();

		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("OT_API_URL", emulator.url());
		environment.put("OT_API_KEY", emulator.credentials().apiKey());
		environment.put("OT_API_SECRET", emulator.apiSecret());
		environment.put("OT_ROUTED_SESSION", routed);
		environment.put("OT_CONNECTIONS", first + "," + second);
		environment.put("OT_STREAMS", String.join(",", streams));
		environment.put("OT_ALWAYS_SESSION", always);
		environment.put("OT_EMPTY_SESSION", empty);
		environment.put("OT_RELAYED_SESSION", relayed);
		JsonNode summary = runFidelityScript(environment, output);

		assertThat(summary.path("sdk").asString()).startsWith("opentok@");
		List<String> failed = new ArrayList<>();
		List<String> ran = new ArrayList<>();
		Map<String, String> sdkDefects = new LinkedHashMap<>();
		for (JsonNode operation : summary.path("operations")) {
			ran.add(operation.path("name").asString());
			if (operation.path("detail").has("sdkDefect")) {
				sdkDefects.put(operation.path("name").asString(),
						operation.path("detail").path("sdkDefect").asString());
			}
			if (!operation.path("ok").asBoolean()) {
				failed.add(operation.path("name").asString() + ": " + operation.path("error").asString());
			}
		}
		assertThat(failed).as("operations of %s that failed", summary.path("sdk").asString()).isEmpty();
		assertThat(ran).containsExactlyElementsOf(OPERATIONS);
		// defects of the SDK itself, seen whatever the server answers: fidelity.js checks
		// the emulator's answer another way (see the comments there)
		assertThat(sdkDefects).containsOnlyKeys("getStream", "callback.unregister");

		for (JsonNode token : summary.path("tokens")) {
			TokenVerification verification = emulator.emulator()
				.verifyToken(token.path("token").asString(), token.path("sessionId").asString());
			assertThat(verification.valid()).as(token.path("name").asString() + ": " + verification.reason()).isTrue();
		}
		assertThat(summary.path("tokens")).hasSize(4);

		assertThat(summary.path("refusals")).hasSize(11);
		for (JsonNode refusal : summary.path("refusals")) {
			String name = refusal.path("name").asString();
			assertThat(refusal.path("ok").asBoolean()).as(name + " was not refused").isTrue();
			assertThat(answeredStatus(refusal)).as(name).isEqualTo(refusal.path("status").asInt());
		}
	}

	private static void requireNodeAndTheSdk() {
		String missing = null;
		if (!Files.isDirectory(SCRIPT_DIRECTORY.resolve("node_modules").resolve("opentok"))) {
			missing = "the official Node SDK is not installed: run 'npm ci' in " + SCRIPT_DIRECTORY.toAbsolutePath();
		}
		else if (!nodeRuns()) {
			missing = "'node' is not on the PATH";
		}
		if (missing == null) {
			return;
		}
		if (Boolean.parseBoolean(System.getenv(REQUIRED))) {
			fail(REQUIRED + " is true but " + missing);
		}
		String message = "SKIPPED: the official Node SDK fidelity test did not run: " + missing;
		System.err.println("*".repeat(message.length()));
		System.err.println(message);
		System.err.println("*".repeat(message.length()));
		abort(message);
	}

	private static boolean nodeRuns() {
		try {
			Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			node.getInputStream().readAllBytes();
			return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static JsonNode runFidelityScript(Map<String, String> environment, Path output) throws Exception {
		Path stdout = output.resolve("summary.json");
		Path stderr = output.resolve("stderr.txt");
		ProcessBuilder builder = new ProcessBuilder("node", "fidelity.js").directory(SCRIPT_DIRECTORY.toFile())
			.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile());
		builder.environment().putAll(environment);
		Process node = builder.start();
		if (!node.waitFor(120, TimeUnit.SECONDS)) {
			node.destroyForcibly();
			fail("fidelity.js did not finish in 120 s; stderr: " + Files.readString(stderr));
		}
		assertThat(node.exitValue()).as("exit status of fidelity.js; stderr: %s", Files.readString(stderr)).isZero();
		return JSON.readTree(Files.readString(stdout, StandardCharsets.UTF_8));
	}

	/**
	 * The status of the first request the emulator received for a refusal, at or after
	 * the time the script made it.
	 */
	private static int answeredStatus(JsonNode refusal) {
		Instant startedAt = Instant.ofEpochMilli(refusal.path("startedAt").asLong());
		return emulator.emulator()
			.requests()
			.stream()
			.filter((request) -> matches(request, refusal) && !request.receivedAt().isBefore(startedAt))
			.findFirst()
			.map(RecordedRequest::status)
			.orElseThrow(() -> new AssertionError("no request for " + refusal));
	}

	private static boolean matches(RecordedRequest request, JsonNode refusal) {
		return request.method().equals(refusal.path("method").asString())
				&& request.path().equals(refusal.path("path").asString());
	}

}
