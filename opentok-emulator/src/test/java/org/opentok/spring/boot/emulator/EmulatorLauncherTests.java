package org.opentok.spring.boot.emulator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.connection.Connection;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.Session;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.boot.test.emulator.EmulatorCredentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The launcher started in this JVM: its options, the emulator they configure, and a
 * restart on the same state directory.
 */
class EmulatorLauncherTests {

	private static final String KEY = "46000001";

	private static final String SECRET = "0123456789abcdef0123456789abcdef01234567";

	private static final String CONTROL_TOKEN = "launcher-test-token-0123";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@TempDir
	Path directory;

	@Test
	void startsWithTheGivenProjectAndKeepsItsSessionsAcrossARestart() throws Exception {
		Path state = this.directory.resolve("state");
		String[] args = { "--port", "0", "--project", KEY + ":" + SECRET, "--state", state.toString(),
				"--control-token=" + CONTROL_TOKEN };
		String sessionId;
		try (StandaloneEmulator emulator = EmulatorLauncher.start(args)) {
			assertThat(emulator.projects()).containsExactly(new EmulatorCredentials(KEY, SECRET));
			assertThat(emulator.controlToken()).isEqualTo(CONTROL_TOKEN);
			assertThat(emulator.baseUrl().getHost()).isEqualTo("127.0.0.1");
			sessionId = client(emulator).sessions()
				.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
				.sessionId();
			assertThat(emulator.describe()).contains("OpenTok emulator listening at " + emulator.baseUrl() + "\n")
				.contains("API key " + KEY + "  API secret " + SECRET)
				.contains("Authorization: Bearer " + CONTROL_TOKEN)
				.contains(state.toAbsolutePath() + " (projects, sessions, archives and broadcasts are kept)")
				.contains("Page:");
		}
		assertThat(state.resolve("sessions.jsonl")).content().contains(sessionId);
		try (StandaloneEmulator restarted = EmulatorLauncher.start(args)) {
			HttpResponse<String> joined = this.http.send(HttpRequest
				.newBuilder(
						URI.create(restarted.baseUrl() + "/_emulator/control/sessions/" + sessionId + "/connections"))
				.header("Authorization", "Bearer " + CONTROL_TOKEN)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
			OpenTok openTok = client(restarted);
			assertThat(openTok.connections().list(sessionId).items()).extracting(Connection::connectionId)
				.containsExactly(restarted.emulator().connections(sessionId).get(0).connectionId());
			assertThat(openTok.archives().start(sessionId).sessionId()).isEqualTo(sessionId);
		}
	}

	@Test
	void makesUpAProjectAndAControlTokenByDefault() {
		try (StandaloneEmulator emulator = EmulatorLauncher.start("--port", "0")) {
			assertThat(emulator.projects()).hasSize(1);
			assertThat(emulator.controlToken()).matches("[0-9a-f]{48}");
			assertThat(emulator.describe()).containsPattern("\n  State: +in memory only\n")
				.containsPattern("\n  Webhooks: +none\n");
			client(emulator).sessions().create();
		}
	}

	@Test
	void acceptsAVonageApplicationWithItsPublicKeyFile() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		Path publicKey = this.directory.resolve("public.pem");
		Files.writeString(publicKey,
				"-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
						+ "\n-----END PUBLIC KEY-----\n");
		String applicationId = "8e3a1f2c-0000-4000-8000-00000000000a";
		try (StandaloneEmulator emulator = EmulatorLauncher.start("--port", "0", "--vonage-application",
				applicationId + ":" + publicKey)) {
			OpenTok vonage = OpenTok
				.vonageBuilder(applicationId,
						"-----BEGIN PRIVATE KEY-----\n"
								+ Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
								+ "\n-----END PRIVATE KEY-----\n")
				.apiUrl(emulator.baseUrl())
				.retryPolicy(RetryPolicy.none())
				.build();
			Session session = vonage.sessions().create();
			assertThat(session.sessionId()).isNotEmpty();
			assertThat(emulator.describe()).containsPattern("\n  Vonage application: +" + applicationId + " ");
		}
	}

	@Test
	void sendsWebhooksToTheGivenUrlSigned() {
		try (StandaloneEmulator emulator = EmulatorLauncher.start("--port", "0", "--webhook-url",
				"http://127.0.0.1:9/callbacks", "--webhook-secret", "s".repeat(32))) {
			assertThat(emulator.describe())
				.containsPattern("\n  Webhooks: +http://127\\.0\\.0\\.1:9/callbacks \\(signed\\)\n");
			String sessionId = emulator.emulator().createSession(MediaMode.ROUTED);
			emulator.emulator().connect(sessionId);
			assertThat(emulator.emulator().awaitIdle(Duration.ofSeconds(10))).isTrue();
			assertThat(emulator.emulator().webhooks().deliveries()).singleElement().satisfies((delivery) -> {
				assertThat(delivery.url()).isEqualTo(URI.create("http://127.0.0.1:9/callbacks"));
				assertThat(delivery.signed()).isTrue();
			});
		}
	}

	@Test
	void refusesBadOptionsNamingThem() {
		assertRefused("--port is out", "--port", "70000", "--port must be a number from 0 to 65535, got '70000'");
		assertRefused("port not a number", "--port=x", "--port must be a number from 0 to 65535, got 'x'");
		assertRefused("unknown", "--colour", "blue", "Unknown option '--colour'");
		assertRefused("no value", "--port", "Option --port needs a value");
		assertRefused("positional", "4010", "Unexpected argument '4010'");
		assertRefused("project without secret", "--project", KEY, "--project must be API_KEY:SECRET");
		assertRefused("short secret", "--project", KEY + ":short", "--project: 'apiSecret' must have at least 32");
		assertRefused("key not numeric", "--project", "abc:" + SECRET, "--project: 'apiKey' must be a numeric");
		assertRefused("host name", "--bind", "example.com", "--bind must be an IP address");
		assertRefused("webhook scheme", "--webhook-url", "ftp://x/y", "--webhook-url must be an http or https URL");
		assertRefused("webhook secret", "--webhook-secret", "short", "--webhook-secret must have at least 32 bytes");
		assertRefused("processing", "--archive-processing-time", "-1",
				"--archive-processing-time must be whole seconds from 0 to 3600, got '-1'");
		assertRefused("token", "--control-token", "short", "--control-token must have 16 to 200");
		assertRefused("vonage", "--vonage-application", "only-an-id",
				"--vonage-application must be APPLICATION_ID:PUBLIC_KEY_FILE");
		assertRefused("vonage file", "--vonage-application", "app:" + this.directory.resolve("missing.pem"),
				"cannot read the public key file");
		assertRefused("duplicate project", "--port", "0", "--project", KEY + ":" + SECRET, "--project",
				KEY + ":" + SECRET, "already has a project or account " + KEY);
	}

	@Test
	void refusesAStateFileThatIsNotADirectory() throws Exception {
		Path file = Files.writeString(this.directory.resolve("file"), "x");
		assertRefused("state file", "--state", file.toString(), "--state must be a directory");
	}

	@Test
	void refusesAStateDirectoryInUse() {
		Path state = this.directory.resolve("state");
		try (StandaloneEmulator first = EmulatorLauncher.start("--port", "0", "--state", state.toString())) {
			assertThatIllegalStateException()
				.isThrownBy(() -> EmulatorLauncher.start("--port", "0", "--state", state.toString()))
				.withMessageContaining("in use by another emulator");
			assertThat(first.emulator().isRunning()).isTrue();
		}
	}

	@Test
	void printsTheUsageForHelpAndExitsWith2OnBadOptions() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertThat(EmulatorLauncher.run(new String[] { "--help" }, print(out), print(err))).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: java -jar opentok-spring-boot-emulator.jar")
			.contains("--port PORT", "--project API_KEY:SECRET", "--state DIRECTORY", "--control-token TOKEN");
		assertThat(err.size()).isZero();
		out.reset();
		assertThat(EmulatorLauncher.run(new String[] { "--port", "-1" }, print(out), print(err))).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.isEqualTo("opentok-emulator: --port must be a number from 0 to 65535, got '-1'\n"
					+ "Run with --help for the options.\n");
		assertThat(out.size()).isZero();
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

	private static void assertRefused(String what, String... argsAndMessage) {
		String[] args = java.util.Arrays.copyOf(argsAndMessage, argsAndMessage.length - 1);
		assertThatIllegalArgumentException().as(what)
			.isThrownBy(() -> EmulatorLauncher.start(args).close())
			.withMessageContaining(argsAndMessage[argsAndMessage.length - 1]);
	}

	private static OpenTok client(StandaloneEmulator emulator) {
		EmulatorCredentials project = emulator.projects().get(0);
		return OpenTok.builder(project.apiKey(), project.apiSecret())
			.apiUrl(emulator.baseUrl())
			.retryPolicy(RetryPolicy.none())
			.readTimeout(Duration.ofSeconds(5))
			.build();
	}

}
