package org.opentok.spring.client.core;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockserver.model.HttpResponse;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.util.context.Context;

import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;

import org.opentok.spring.client.archive.ReactiveArchiveClient;
import org.opentok.spring.client.support.ConnectionCountingProxy;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;

/**
 * How {@link ReactiveOpenTokTransport} runs a call: retries on Reactor's (virtual) time
 * by the blocking transport's {@link RetryPolicy}, the call timeout, the read timeout,
 * cancellation, and one observation per call.
 */
class ReactiveOpenTokTransportTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final String ARCHIVE_ID = "b40ef09b-3811-4726-b508-e41a0f96c68f";

	private static final String ARCHIVE = "{\"id\":\"" + ARCHIVE_ID + "\",\"status\":\"started\"}";

	private final List<ClientRequest> exchanged = new CopyOnWriteArrayList<>();

	@Test
	void retriesAfterRetryAfterOnAReactorTimerWithoutBlocking() {
		ReactiveArchiveClient client = client(
				answering(response(HttpStatus.TOO_MANY_REQUESTS, "7", "{\"message\":\"slow down\"}"), ok(ARCHIVE)),
				RetryPolicy.defaults(), Duration.ofSeconds(60));
		StepVerifier.withVirtualTime(() -> client.get(ARCHIVE_ID))
			.expectSubscription()
			.expectNoEvent(Duration.ofSeconds(6))
			.then(() -> assertThat(this.exchanged).hasSize(1))
			.thenAwait(Duration.ofSeconds(1))
			.assertNext((archive) -> assertThat(archive.id()).isEqualTo(ARCHIVE_ID))
			.verifyComplete();
		assertThat(this.exchanged).hasSize(2);
	}

	@Test
	void givesUpWhenTheRetryPolicyDoes() {
		ReactiveArchiveClient client = client(answering(response(HttpStatus.SERVICE_UNAVAILABLE, null, ""),
				response(HttpStatus.SERVICE_UNAVAILABLE, null, ""), response(HttpStatus.SERVICE_UNAVAILABLE, null, "")),
				new RetryPolicy(3, Duration.ofSeconds(1)), Duration.ofSeconds(60));
		StepVerifier.withVirtualTime(() -> client.get(ARCHIVE_ID))
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(10))
			.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(OpenTokServerException.class)
				.hasMessage("archive.get failed: 503 Service Unavailable"))
			.verify();
		assertThat(this.exchanged).hasSize(3);
	}

	@Test
	void doesNotWaitForARetryAfterBeyondTheCallTimeout() {
		ReactiveArchiveClient client = client(
				answering(response(HttpStatus.TOO_MANY_REQUESTS, "7", "{\"message\":\"slow down\"}"), ok(ARCHIVE)),
				RetryPolicy.defaults(), Duration.ofSeconds(5));
		StepVerifier.withVirtualTime(() -> client.get(ARCHIVE_ID))
			.expectSubscription()
			.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(OpenTokRateLimitedException.class)
				.extracting((rateLimited) -> ((OpenTokRateLimitedException) rateLimited).getRetryAfter())
				.isEqualTo(Duration.ofSeconds(7)))
			.verify();
		assertThat(this.exchanged).hasSize(1);
	}

	@Test
	void endsACallWithoutAnswerAtTheCallTimeout() {
		ReactiveArchiveClient client = client((request) -> {
			this.exchanged.add(request);
			return Mono.never();
		}, RetryPolicy.defaults(), Duration.ofSeconds(5));
		StepVerifier.withVirtualTime(() -> client.get(ARCHIVE_ID))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(4999))
			.thenAwait(Duration.ofMillis(1))
			.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(OpenTokTransportException.class)
				.hasMessage("archive.get failed: no answer within the call timeout of 5000 ms"))
			.verify();
	}

	@Test
	void readTimeoutEndsACallToAServerThatDoesNotAnswer() {
		openTok.respond(request(),
				HttpResponse.response().withStatusCode(200).withDelay(TimeUnit.SECONDS, 5).withBody(ARCHIVE));
		try (ReactiveOpenTokTransport transport = ReactiveOpenTokTransport.builder(credentials())
			.apiUrl(openTok.apiUrl())
			.readTimeout(Duration.ofMillis(300))
			.retryPolicy(RetryPolicy.none())
			.build()) {
			StepVerifier.create(new ReactiveArchiveClient(transport).get(ARCHIVE_ID))
				.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(OpenTokTransportException.class)
					.hasMessageStartingWith("archive.get failed"))
				.verify(Duration.ofSeconds(4));
		}
	}

	@Test
	void callsGoThroughTheJdkConnector() {
		// the JDK client refuses a Connection header (restricted): the transport must not
		// set it there
		openTok.respond(request(), HttpResponse.response().withStatusCode(200).withBody(ARCHIVE));
		try (ReactiveOpenTokTransport transport = ReactiveOpenTokTransport.builder(credentials())
			.apiUrl(openTok.apiUrl())
			.clientConnector(new JdkClientHttpConnector())
			.retryPolicy(RetryPolicy.none())
			.build()) {
			StepVerifier.create(new ReactiveArchiveClient(transport).get(ARCHIVE_ID))
				.assertNext((archive) -> assertThat(archive.id()).isEqualTo(ARCHIVE_ID))
				.verifyComplete();
		}
		assertThat(openTok.onlyRequest().getFirstHeader("User-Agent")).startsWith("opentok-spring-boot/");
	}

	@Test
	void cancellingACallClosesItsConnection() throws Exception {
		openTok.respond(request(),
				HttpResponse.response().withStatusCode(200).withDelay(TimeUnit.SECONDS, 30).withBody(ARCHIVE));
		try (ConnectionCountingProxy proxy = new ConnectionCountingProxy(openTok.server().getPort());
				ReactiveOpenTokTransport transport = ReactiveOpenTokTransport.builder(credentials())
					.apiUrl(URI.create("http://localhost:" + proxy.port()))
					.retryPolicy(RetryPolicy.none())
					.build()) {
			Disposable call = new ReactiveArchiveClient(transport).get(ARCHIVE_ID).subscribe();
			awaitRequest();
			assertThat(proxy.openConnections()).isEqualTo(1);
			call.dispose();
			assertThat(proxy.awaitNoOpenConnections(Duration.ofSeconds(5))).isZero();
		}
	}

	@Test
	void oneObservationSpansACallAndItsRetriesUnderTheSubscribersObservation() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		ReactiveArchiveClient client = new ReactiveArchiveClient(ReactiveOpenTokTransport.builder(credentials())
			.apiUrl(openTok.apiUrl())
			.webClientBuilder(WebClient.builder()
				.exchangeFunction(answering(response(HttpStatus.SERVICE_UNAVAILABLE, "0", ""), ok(ARCHIVE))))
			.retryPolicy(new RetryPolicy(2, Duration.ZERO))
			.observationRegistry(registry)
			.build());
		Observation parent = Observation.start("parent", registry);
		StepVerifier.create(client.get(ARCHIVE_ID).contextWrite(Context.of("micrometer.observation", parent)))
			.expectNextCount(1)
			.verifyComplete();
		parent.stop();
		assertThat(this.exchanged).hasSize(2);
		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsWithNameEqualTo("opentok.client.requests", 1)
			.hasObservationWithNameEqualTo("opentok.client.requests")
			.that()
			.hasParentObservationEqualTo(parent)
			.hasLowCardinalityKeyValue("opentok.operation", "archive.get")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("status", "200");
	}

	@Test
	void theObservationEndsBeforeABlockingCallerGetsTheValue() {
		// block() cancels the call once the value arrives: the
		// observation must be stopped, with its outcome (computed
		// when it stops), before the caller sees the value
		openTok.respond(request(), HttpResponse.response().withStatusCode(200).withBody(ARCHIVE));
		TestObservationRegistry registry = TestObservationRegistry.create();
		try (ReactiveOpenTokTransport transport = ReactiveOpenTokTransport.builder(credentials())
			.apiUrl(openTok.apiUrl())
			.observationRegistry(registry)
			.build()) {
			ReactiveArchiveClient client = new ReactiveArchiveClient(transport);
			for (int call = 1; call <= 20; call++) {
				client.get(ARCHIVE_ID).block(Duration.ofSeconds(10));
				TestObservationRegistryAssert.assertThat(registry)
					.hasNumberOfObservationsWithNameEqualTo("opentok.client.requests", call)
					.forAllObservationsWithNameEqualTo("opentok.client.requests",
							(observation) -> observation.hasLowCardinalityKeyValue("outcome", "SUCCESS"));
			}
		}
	}

	private static void awaitRequest() throws InterruptedException {
		for (int i = 0; i < 500 && openTok.server().retrieveRecordedRequests(request()).length == 0; i++) {
			Thread.sleep(10);
		}
		assertThat(openTok.server().retrieveRecordedRequests(request())).hasSize(1);
	}

	private ReactiveArchiveClient client(ExchangeFunction exchange, RetryPolicy retryPolicy, Duration callTimeout) {
		return new ReactiveArchiveClient(ReactiveOpenTokTransport.builder(credentials())
			.webClientBuilder(WebClient.builder().exchangeFunction(exchange))
			.retryPolicy(retryPolicy)
			.callTimeout(callTimeout)
			.build());
	}

	private ExchangeFunction answering(ClientResponse... responses) {
		return (request) -> {
			this.exchanged.add(request);
			return Mono.just(responses[this.exchanged.size() - 1]);
		};
	}

	private static ClientResponse ok(String json) {
		return ClientResponse.create(HttpStatus.OK).header("Content-Type", "application/json").body(json).build();
	}

	private static ClientResponse response(HttpStatus status, String retryAfter, String body) {
		ClientResponse.Builder response = ClientResponse.create(status).header("Content-Type", "application/json");
		if (retryAfter != null) {
			response.header("Retry-After", retryAfter);
		}
		return response.body(body).build();
	}

	private static OpenTokCredentials credentials() {
		return OpenTokCredentials.project(MockOpenTok.API_KEY, MockOpenTok.API_SECRET);
	}

}
