package org.opentok.spring.sample.instances;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opentok.spring.boot.test.emulator.EmulatorCredentials;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.client.core.SessionIds;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.sample.SampleApplication;
import org.opentok.spring.sample.SampleHttpClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the sample sharing one database and one OpenTok (an emulator), as two
 * replicas behind a load balancer: concurrent first uses of a room name on both make one
 * room that every caller sees, and a room of another project gets one new session.
 * Subclasses give the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractTwoInstancesTests {

	private static final String WEBHOOK_SECRET = "two-instances-webhook-signature-secret-0123456789";

	private static final int CALLERS = 16;

	@TempDir
	Path dataDirectory;

	private OpenTokEmulator emulator;

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private final List<SampleHttpClient> http = new ArrayList<>();

	private JdbcClient jdbc;

	private @Nullable String unavailable;

	/**
	 * Returns the settings of the shared database.
	 * @return {@code spring.datasource.*} and {@code spring.flyway.*} arguments
	 */
	abstract List<String> database();

	/**
	 * Makes the database ready before the instances start.
	 * @return why the database cannot be used, or {@code null} if it can
	 */
	@Nullable String prepareDatabase() {
		return null;
	}

	/**
	 * Cleans the database up after the instances stopped.
	 */
	void cleanDatabase() {
	}

	@BeforeAll
	void startTwoInstances() {
		this.unavailable = prepareDatabase();
		if (this.unavailable != null) {
			warn(getClass().getSimpleName() + " is skipped: " + this.unavailable);
			return;
		}
		this.emulator = OpenTokEmulator.builder().start();
		EmulatorCredentials project = this.emulator.credentials();
		List<String> arguments = new ArrayList<>(database());
		arguments.addAll(List.of("--server.port=0", "--sample.data-directory=" + this.dataDirectory,
				"--opentok.emulator.enabled=false", "--opentok.api-url=" + this.emulator.baseUrl(),
				"--opentok.api-key=" + project.apiKey(), "--opentok.api-secret=" + project.apiSecret(),
				"--opentok.application-id=", "--opentok.private-key=", "--opentok.private-key-location=",
				"--opentok.webhook.signature-secret=" + WEBHOOK_SECRET));
		for (int i = 0; i < 2; i++) {
			ConfigurableApplicationContext instance = new SpringApplicationBuilder(SampleApplication.class)
				.run(arguments.toArray(new String[0]));
			this.instances.add(instance);
			this.http.add(new SampleHttpClient(
					instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class)));
		}
		this.jdbc = this.instances.get(0).getBean(JdbcClient.class);
	}

	// Surefire sends System.err to a file (redirectTestOutputToFile): the process's own
	// standard error reaches the build output
	@SuppressWarnings("resource")
	private static void warn(String message) {
		new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)
			.println("[WARNING] " + message);
		System.err.println(message);
	}

	// each test is reported as skipped, with the reason (an aborted @BeforeAll is
	// reported as no test at all)
	@BeforeEach
	void requireDatabase() {
		Assumptions.assumeTrue(this.unavailable == null, () -> "Skipped: " + this.unavailable);
	}

	@AfterAll
	void stopTwoInstances() {
		this.instances.forEach(ConfigurableApplicationContext::close);
		if (this.emulator != null) {
			this.emulator.close();
		}
		cleanDatabase();
	}

	@Test
	void concurrentFirstUsesOnBothInstancesMakeOneRoom() throws Exception {
		String name = uniqueName("shared");
		long sessionsBefore = sessionCreations();
		List<ResponseEntity<JsonNode>> answers = concurrently((http) -> http.put("/rooms/" + name, null));
		assertThat(answers).extracting((answer) -> HttpStatus.valueOf(answer.getStatusCode().value()))
			.containsOnly(HttpStatus.CREATED, HttpStatus.OK)
			.filteredOn(HttpStatus.CREATED::equals)
			.hasSize(1);
		List<String> sessionIds = sessionIds(answers);
		assertThat(sessionIds).hasSize(CALLERS).doesNotContain("").containsOnly(sessionIds.get(0));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM room WHERE name = ?").param(name).query(Long.class).single())
			.isOne();
		assertThat(storedSession(name)).isEqualTo(sessionIds.get(0));
		// one creator per instance at most; a session that lost the race is never seen
		assertThat(sessionCreations() - sessionsBefore).isBetween(1L, 2L);
	}

	@Test
	void aRoomMadeOnOneInstanceWorksOnTheOther() {
		String name = uniqueName("across");
		ResponseEntity<JsonNode> created = this.http.get(0).put("/rooms/" + name, null);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String sessionId = created.getBody().path("sessionId").asString();
		SampleHttpClient other = this.http.get(1);
		assertThat(other.get("/rooms").getBody())
			.anySatisfy((room) -> assertThat(room.path("sessionId").asString()).isEqualTo(sessionId));
		ResponseEntity<JsonNode> token = other.post("/rooms/" + name + "/tokens", Map.of("role", "PUBLISHER"));
		assertThat(token.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(token.getBody().path("sessionId").asString()).isEqualTo(sessionId);
		this.emulator.connect(sessionId, token.getBody().path("token").asString());
		ResponseEntity<JsonNode> archive = other.post("/rooms/" + name + "/archives", Map.of("name", name));
		assertThat(archive.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(archive.getBody().path("sessionId").asString()).isEqualTo(sessionId);
		assertThat(this.http.get(0)
			.post("/archives/" + archive.getBody().path("id").asString() + "/stop", null)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void concurrentUsesOnBothInstancesGiveARoomOfAnotherProjectOneNewSession() throws Exception {
		EmulatorCredentials other = this.emulator.addProject();
		String foreign = "1_" + Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("1~" + other.apiKey() + "~~1767225600000~foreign~~").getBytes(StandardCharsets.UTF_8));
		String name = uniqueName("foreign");
		this.jdbc.sql("INSERT INTO room (name, session_id, media_mode, created_at, project_id) VALUES (?, ?, ?, ?, ?)")
			.params(name, foreign, MediaMode.ROUTED.name(), Timestamp.from(Instant.now()), other.apiKey())
			.update();
		List<ResponseEntity<JsonNode>> answers = concurrently(
				(http) -> http.post("/rooms/" + name + "/tokens", Map.of("role", "SUBSCRIBER")));
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED));
		List<String> sessionIds = sessionIds(answers);
		assertThat(sessionIds).hasSize(CALLERS).doesNotContain(foreign).containsOnly(sessionIds.get(0));
		assertThat(SessionIds.projectIdOf(sessionIds.get(0))).isEqualTo(this.emulator.credentials().apiKey());
		assertThat(storedSession(name)).isEqualTo(sessionIds.get(0));
		assertThat(this.jdbc.sql("SELECT project_id FROM room WHERE name = ?").param(name).query(String.class).single())
			.isEqualTo(this.emulator.credentials().apiKey());
	}

	private List<ResponseEntity<JsonNode>> concurrently(Function<SampleHttpClient, ResponseEntity<JsonNode>> call)
			throws Exception {
		CyclicBarrier start = new CyclicBarrier(CALLERS);
		ExecutorService executor = Executors.newFixedThreadPool(CALLERS);
		try {
			List<Future<ResponseEntity<JsonNode>>> futures = new ArrayList<>();
			for (int i = 0; i < CALLERS; i++) {
				SampleHttpClient instance = this.http.get(i % 2);
				futures.add(executor.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return call.apply(instance);
				}));
			}
			List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
			for (Future<ResponseEntity<JsonNode>> future : futures) {
				answers.add(future.get(60, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static List<String> sessionIds(List<ResponseEntity<JsonNode>> answers) {
		return answers.stream().map((answer) -> answer.getBody().path("sessionId").asString()).toList();
	}

	private String storedSession(String name) {
		return this.jdbc.sql("SELECT session_id FROM room WHERE name = ?").param(name).query(String.class).single();
	}

	private long sessionCreations() {
		return this.emulator.requests()
			.stream()
			.filter((request) -> request.method().equals("POST") && request.path().equals("/session/create"))
			.count();
	}

	private static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
