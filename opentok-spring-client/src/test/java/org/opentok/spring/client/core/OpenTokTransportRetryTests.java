package org.opentok.spring.client.core;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockserver.matchers.Times;
import org.mockserver.model.HttpError;

import org.springframework.http.MediaType;

import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests of {@link OpenTokTransport}'s retries and fault handling against a real HTTP
 * server.
 */
class OpenTokTransportRetryTests {

	private static final String ARCHIVE_PATH = "/v2/project/123456/archive/a1";

	@RegisterExtension
	final MockOpenTok openTok = new MockOpenTok();

	@Test
	void twoServiceUnavailableAnswersThenSuccessSucceedsOnTheThirdAttempt() {
		this.openTok.server()
			.when(request().withPath(ARCHIVE_PATH), Times.exactly(2))
			.respond(response().withStatusCode(503));
		this.openTok.respond(request().withPath(ARCHIVE_PATH), response().withStatusCode(200).withBody("{}"));

		assertThat(getArchive(transport(RetryPolicy.defaults()))).isEqualTo("{}");
		assertThat(requestsTo(ARCHIVE_PATH)).isEqualTo(3);
	}

	@Test
	void rateLimitedCallWaitsForRetryAfterBeforeTheNextAttempt() {
		this.openTok.server()
			.when(request().withPath(ARCHIVE_PATH), Times.exactly(1))
			.respond(response().withStatusCode(429).withHeader("Retry-After", "1"));
		this.openTok.respond(request().withPath(ARCHIVE_PATH), response().withStatusCode(200).withBody("{}"));

		long start = System.nanoTime();
		assertThat(getArchive(transport(RetryPolicy.defaults()))).isEqualTo("{}");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(requestsTo(ARCHIVE_PATH)).isEqualTo(2);
	}

	@Test
	void rateLimitedPostIsRetriedBecauseTheRequestWasNotProcessed() {
		this.openTok.server()
			.when(request().withPath("/v2/project/123456/archive"), Times.exactly(1))
			.respond(response().withStatusCode(429));
		this.openTok.respond(request().withPath("/v2/project/123456/archive"),
				response().withStatusCode(200).withBody("{}"));

		assertThat(startArchive(transport(RetryPolicy.defaults()))).isEqualTo("{}");
		assertThat(requestsTo("/v2/project/123456/archive")).isEqualTo(2);
	}

	@Test
	void postThatGetsAServerErrorIsNotRetried() {
		this.openTok.respond(request().withPath("/v2/project/123456/archive"), response().withStatusCode(500));

		assertThatExceptionOfType(OpenTokServerException.class)
			.isThrownBy(() -> startArchive(transport(RetryPolicy.defaults())));
		assertThat(requestsTo("/v2/project/123456/archive")).isEqualTo(1);
	}

	@Test
	void idempotentCallIsRetriedOnServerErrorsUpToMaxAttempts() {
		this.openTok.respond(request().withPath(ARCHIVE_PATH),
				response().withStatusCode(500).withBody("{\"message\":\"boom\"}"));

		assertThatExceptionOfType(OpenTokServerException.class)
			.isThrownBy(() -> getArchive(transport(new RetryPolicy(4, Duration.ofMillis(10)))))
			.withMessage("archive.get failed: 500 boom");
		assertThat(requestsTo(ARCHIVE_PATH)).isEqualTo(4);
	}

	@Test
	void oneMaxAttemptTurnsRetriesOff() {
		this.openTok.respond(request().withPath(ARCHIVE_PATH), response().withStatusCode(503));

		assertThatExceptionOfType(OpenTokServerException.class)
			.isThrownBy(() -> getArchive(transport(new RetryPolicy(1, Duration.ofMillis(10)))));
		assertThat(requestsTo(ARCHIVE_PATH)).isEqualTo(1);
	}

	@Test
	void clientErrorsAreNeverRetried() {
		this.openTok.respond(request().withPath(ARCHIVE_PATH), response().withStatusCode(404));

		assertThatExceptionOfType(OpenTokNotFoundException.class)
			.isThrownBy(() -> getArchive(transport(RetryPolicy.defaults())));
		assertThat(requestsTo(ARCHIVE_PATH)).isEqualTo(1);
	}

	@Test
	void retryAfterLongerThanTheLimitIsNotWaitedFor() {
		this.openTok.respond(request().withPath(ARCHIVE_PATH),
				response().withStatusCode(429).withHeader("Retry-After", "3600"));

		long start = System.nanoTime();
		assertThatExceptionOfType(OpenTokRateLimitedException.class)
			.isThrownBy(() -> getArchive(transport(RetryPolicy.defaults())))
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofHours(1)));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(requestsTo(ARCHIVE_PATH)).isEqualTo(1);
	}

	@Test
	void droppedConnectionOnAnIdempotentCallIsRetriedThenSucceeds() {
		this.openTok.server()
			.when(request().withPath(ARCHIVE_PATH), Times.exactly(1))
			.error(HttpError.error().withDropConnection(true));
		this.openTok.respond(request().withPath(ARCHIVE_PATH), response().withStatusCode(200).withBody("{}"));

		assertThat(getArchive(transport(RetryPolicy.defaults()))).isEqualTo("{}");
		assertThat(requestsTo(ARCHIVE_PATH)).isEqualTo(2);
	}

	@Test
	void droppedConnectionOnAPostGivesTransportExceptionWithoutRetry() {
		this.openTok.server()
			.when(request().withPath("/v2/project/123456/archive"))
			.error(HttpError.error().withDropConnection(true));

		assertThatExceptionOfType(OpenTokTransportException.class)
			.isThrownBy(() -> startArchive(transport(RetryPolicy.defaults())))
			.withMessageStartingWith("archive.start failed: ")
			.satisfies((ex) -> assertThat(ex.isTransient()).isTrue());
		assertThat(requestsTo("/v2/project/123456/archive")).isEqualTo(1);
	}

	@Test
	void recordsTheLastSuccessfulCall() {
		OpenTokTransport transport = transport(RetryPolicy.none());
		this.openTok.respond(request().withPath(ARCHIVE_PATH), response().withStatusCode(404));
		assertThatExceptionOfType(OpenTokNotFoundException.class).isThrownBy(() -> getArchive(transport));
		assertThat(transport.lastSuccessfulCall()).isEmpty();

		this.openTok.server().reset();
		this.openTok.respond(request().withPath(ARCHIVE_PATH), response().withStatusCode(200).withBody("{}"));
		getArchive(transport);
		assertThat(transport.lastSuccessfulCall()).isPresent();
	}

	@Test
	void retryPolicyRefusesNonsense() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new RetryPolicy(0, Duration.ZERO))
			.withMessage("'maxAttempts' must be between 1 and 10, got 0");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new RetryPolicy(2, Duration.ofMillis(-1)))
			.withMessageStartingWith("'initialBackoff' must be zero or positive");
	}

	@Test
	void backoffDoublesWithJitterAndNeverUndercutsRetryAfter() {
		RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(200));
		OpenTokServerException unavailable = new OpenTokServerException(OpenTokOperation.ARCHIVE_GET, 503, null, null);
		for (int i = 0; i < 100; i++) {
			assertThat(policy.delayBeforeRetry(OpenTokOperation.ARCHIVE_GET, unavailable, 1))
				.isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
			assertThat(policy.delayBeforeRetry(OpenTokOperation.ARCHIVE_GET, unavailable, 3))
				.isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
		}
		OpenTokServerException withRetryAfter = new OpenTokServerException(OpenTokOperation.ARCHIVE_GET, 503, null,
				null, Duration.ofSeconds(2));
		assertThat(policy.delayBeforeRetry(OpenTokOperation.ARCHIVE_GET, withRetryAfter, 1))
			.isEqualTo(Duration.ofSeconds(2));
		assertThat(policy.delayBeforeRetry(OpenTokOperation.ARCHIVE_GET, unavailable, 5)).isNull();
	}

	private OpenTokTransport transport(RetryPolicy retryPolicy) {
		return OpenTokTransport.builder(OpenTokCredentials.project(MockOpenTok.API_KEY, MockOpenTok.API_SECRET))
			.apiUrl(URI.create("http://localhost:" + this.openTok.server().getPort()))
			.readTimeout(Duration.ofSeconds(2))
			.retryPolicy(retryPolicy)
			.build();
	}

	private static String getArchive(OpenTokTransport transport) {
		return transport.call(OpenTokOperation.ARCHIVE_GET, "/v2/project/{projectId}/archive/{archiveId}",
				Map.of("archiveId", "a1"), (request) -> request.retrieve().body(String.class));
	}

	private static String startArchive(OpenTokTransport transport) {
		return transport.call(OpenTokOperation.ARCHIVE_START, "/v2/project/{projectId}/archive", Map.of(),
				(request) -> request.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("sessionId", MockOpenTok.SESSION_ID))
					.retrieve()
					.body(String.class));
	}

	private int requestsTo(String path) {
		return this.openTok.server().retrieveRecordedRequests(request().withPath(path)).length;
	}

}
