package org.opentok.spring.boot.autoconfigure.health;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpError;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests of {@link OpenTokHealthIndicator} against a real HTTP server: the status matrix,
 * the throttle, the traffic source and rate limiting.
 */
class OpenTokHealthIndicatorTests {

	private static final String SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	private static final String PROBE_PATH = "/v2/project/123456/archive";

	private static ClientAndServer server;

	private final SteppingClock clock = new SteppingClock();

	private OpenTokTransport transport;

	private OpenTokHealthIndicator indicator;

	@BeforeAll
	static void startServer() {
		server = ClientAndServer.startClientAndServer(0);
	}

	@AfterAll
	static void stopServer() {
		server.stop();
	}

	@BeforeEach
	void setUp() {
		server.reset();
		this.transport = OpenTokTransport.builder(OpenTokCredentials.project("123456", SECRET))
			.apiUrl(URI.create("http://localhost:" + server.getPort()))
			.readTimeout(Duration.ofSeconds(5))
			.retryPolicy(RetryPolicy.none())
			.clock(this.clock)
			.build();
		this.indicator = new OpenTokHealthIndicator(this.transport, "project", Duration.ofSeconds(60),
				Duration.ofMillis(1500), this.clock);
	}

	@AfterEach
	void tearDown() {
		this.indicator.destroy();
	}

	@Test
	void successfulProbeIsUpWithDetailsButNoKeyMaterial() {
		answerProbe(200, "{\"count\":0,\"items\":[]}");

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("apiHost", "localhost")
			.containsEntry("credentialKind", "project")
			.containsEntry("source", "probe")
			.containsEntry("lastCheck", this.clock.instant().toString());
		assertThat(health.toString()).doesNotContain(SECRET).doesNotContain("eyJ");
		assertThat(
				server.retrieveRecordedRequests(request().withPath(PROBE_PATH).withQueryStringParameter("count", "1")))
			.hasSize(1);
	}

	@Test
	void unauthorizedIsDownWithAuthenticationFailed() {
		answerProbe(401, "{\"code\":-1,\"message\":\"Invalid token\"}");

		assertDown("authentication failed");
	}

	@Test
	void forbiddenIsDownWithAuthenticationFailed() {
		answerProbe(403, "{\"code\":-1,\"message\":\"Forbidden\"}");

		assertDown("authentication failed");
	}

	@Test
	void serverErrorIsDownUnreachable() {
		answerProbe(500, "");

		assertDown("unreachable");
	}

	@Test
	void ioFailureIsDownUnreachable() {
		server.when(request().withPath(PROBE_PATH)).error(HttpError.error().withDropConnection(true));

		assertDown("unreachable");
	}

	@Test
	void probeSlowerThanTheTimeoutIsUnknown() {
		server.when(request().withPath(PROBE_PATH))
			.respond(response().withStatusCode(200).withBody("{}").withDelay(TimeUnit.SECONDS, 3));

		long start = System.nanoTime();
		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails().get("reason").toString()).startsWith("probe timed out");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void rateLimitedProbeKeepsTheLastStatusAndWaitsForRetryAfter() {
		answerProbe(200, "{}");
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
		server.reset();
		server.when(request().withPath(PROBE_PATH))
			.respond(response().withStatusCode(429).withHeader("Retry-After", "120"));
		this.clock.step(Duration.ofSeconds(61));

		Health throttled = this.indicator.health();
		assertThat(throttled.getStatus()).isEqualTo(Status.UP);
		assertThat(throttled.getDetails()).containsEntry("rateLimited", true);
		assertThat(probes()).isEqualTo(1);

		this.clock.step(Duration.ofSeconds(60));
		assertThat(this.indicator.health().getDetails()).containsEntry("rateLimited", true);
		assertThat(probes()).as("no probe before Retry-After").isEqualTo(1);

		server.reset();
		answerProbe(200, "{}");
		this.clock.step(Duration.ofSeconds(61));
		Health recovered = this.indicator.health();
		assertThat(recovered.getStatus()).isEqualTo(Status.UP);
		assertThat(recovered.getDetails()).doesNotContainKey("rateLimited");
		assertThat(probes()).isEqualTo(1);
	}

	@Test
	void rateLimitedFirstProbeIsUnknown() {
		server.when(request().withPath(PROBE_PATH)).respond(response().withStatusCode(429));

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("rateLimited", true);
	}

	@Test
	void hundredHealthRequestsInOneTtlMakeOneProbe() throws Exception {
		server.when(request().withPath(PROBE_PATH))
			.respond(response().withStatusCode(200).withBody("{}").withDelay(TimeUnit.MILLISECONDS, 300));
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<Health>> calls = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				calls.add(this.indicator::health);
			}
			for (Future<Health> result : pool.invokeAll(calls)) {
				assertThat(result.get().getStatus()).isEqualTo(Status.UP);
			}
		}
		finally {
			pool.shutdownNow();
		}
		this.clock.step(Duration.ofSeconds(59));
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);

		assertThat(probes()).isEqualTo(1);
	}

	@Test
	void probesAgainOnceTheTtlHasPassed() {
		answerProbe(200, "{}");
		this.indicator.health();
		this.clock.step(Duration.ofSeconds(61));

		this.indicator.health();

		assertThat(probes()).isEqualTo(2);
	}

	@Test
	void recentSuccessfulTrafficCountsAsUpWithoutAProbe() {
		server.when(request().withPath("/v2/project/123456/archive/a1"))
			.respond(response().withStatusCode(200).withBody("{}"));
		this.transport.call(OpenTokOperation.ARCHIVE_GET, "/v2/project/{projectId}/archive/{archiveId}",
				Map.of("archiveId", "a1"), (spec) -> spec.retrieve().toBodilessEntity());
		this.clock.step(Duration.ofSeconds(10));

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("source", "traffic");
		assertThat(probes()).isZero();
	}

	@Test
	void oldTrafficDoesNotCount() {
		server.when(request().withPath("/v2/project/123456/archive/a1"))
			.respond(response().withStatusCode(200).withBody("{}"));
		this.transport.call(OpenTokOperation.ARCHIVE_GET, "/v2/project/{projectId}/archive/{archiveId}",
				Map.of("archiveId", "a1"), (spec) -> spec.retrieve().toBodilessEntity());
		answerProbe(401, "");
		this.clock.step(Duration.ofSeconds(61));

		assertDown("authentication failed");
	}

	private void assertDown(String reason) {
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", reason).containsEntry("source", "probe");
		assertThat(health.toString()).doesNotContain(SECRET);
	}

	private static void answerProbe(int status, String body) {
		server.when(request().withPath(PROBE_PATH))
			.respond(response().withStatusCode(status).withHeader("Content-Type", "application/json").withBody(body));
	}

	private static int probes() {
		return server.retrieveRecordedRequests(request().withPath(PROBE_PATH)).length;
	}

}
