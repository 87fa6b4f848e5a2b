package org.opentok.spring.client.core.observation;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockserver.matchers.Times;
import org.mockserver.model.HttpError;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokServerException;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.OpenTokTransportException;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests that every API call is one {@code opentok.client.requests} observation with the
 * documented keys, against a real HTTP server.
 */
class OpenTokClientObservationTests {

	private static final String ARCHIVE_ID = "b40ef09b-0000-4000-8000-0000000000cc";

	private static final String ARCHIVE_PATH = "/v2/project/123456/archive/" + ARCHIVE_ID;

	@RegisterExtension
	final MockOpenTok openTok = new MockOpenTok();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	@Test
	void successIsOneObservationWithOperationOutcomeAndStatus() {
		this.openTok.respond(request().withPath(ARCHIVE_PATH), response().withStatusCode(200).withBody("{}"));

		getArchive(transport(RetryPolicy.none()));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("opentok.client.requests", 1)
			.hasObservationWithNameEqualTo("opentok.client.requests")
			.that()
			.hasContextualNameEqualTo("opentok archive.get")
			.hasLowCardinalityKeyValue("opentok.operation", "archive.get")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("status", "200")
			.hasLowCardinalityKeyValue("exception", "none")
			.hasHighCardinalityKeyValue("opentok.archive.id", ARCHIVE_ID)
			.hasBeenStarted()
			.hasBeenStopped();
	}

	@Test
	void clientErrorIsTaggedWithItsStatusAndException() {
		this.openTok.respond(request().withPath(ARCHIVE_PATH), response().withStatusCode(404));

		assertThatExceptionOfType(OpenTokNotFoundException.class)
			.isThrownBy(() -> getArchive(transport(RetryPolicy.none())));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("opentok.client.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
			.hasLowCardinalityKeyValue("status", "404")
			.hasLowCardinalityKeyValue("exception", "OpenTokNotFoundException")
			.hasError();
	}

	@Test
	void serverErrorIsTaggedWithItsStatusAndException() {
		this.openTok.respond(request().withPath(ARCHIVE_PATH), response().withStatusCode(500));

		assertThatExceptionOfType(OpenTokServerException.class)
			.isThrownBy(() -> getArchive(transport(RetryPolicy.none())));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("opentok.client.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "SERVER_ERROR")
			.hasLowCardinalityKeyValue("status", "500")
			.hasLowCardinalityKeyValue("exception", "OpenTokServerException");
	}

	@Test
	void ioFailureIsTaggedAsIoError() {
		this.openTok.server().when(request().withPath(ARCHIVE_PATH)).error(HttpError.error().withDropConnection(true));

		assertThatExceptionOfType(OpenTokTransportException.class)
			.isThrownBy(() -> getArchive(transport(RetryPolicy.none())));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("opentok.client.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "UNKNOWN")
			.hasLowCardinalityKeyValue("status", "IO_ERROR")
			.hasLowCardinalityKeyValue("exception", "OpenTokTransportException");
	}

	@Test
	void oneObservationSpansEveryAttempt() {
		this.openTok.server()
			.when(request().withPath(ARCHIVE_PATH), Times.exactly(2))
			.respond(response().withStatusCode(503));
		this.openTok.respond(request().withPath(ARCHIVE_PATH), response().withStatusCode(200).withBody("{}"));

		getArchive(transport(new RetryPolicy(3, Duration.ofMillis(10))));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("opentok.client.requests", 1)
			.hasObservationWithNameEqualTo("opentok.client.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("status", "200");
	}

	@Test
	void noIdEverReachesALowCardinalityKey() {
		this.openTok.respond(request().withPath(ARCHIVE_PATH), response().withStatusCode(200).withBody("{}"));

		getArchive(transport(RetryPolicy.none()));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("opentok.client.requests")
			.that()
			.satisfies((context) -> assertThat(context.getLowCardinalityKeyValues()).hasSize(4)
				.allSatisfy((keyValue) -> assertThat(keyValue.getValue()).doesNotContain(ARCHIVE_ID)
					.doesNotContain(MockOpenTok.API_KEY)));
	}

	@Test
	void userConventionReplacesTheDefault() {
		this.openTok.respond(request().withPath(ARCHIVE_PATH), response().withStatusCode(200).withBody("{}"));
		OpenTokClientObservationConvention custom = new DefaultOpenTokClientObservationConvention() {

			@Override
			public String getName() {
				return "my.opentok.calls";
			}

		};

		getArchive(transportBuilder(RetryPolicy.none()).observationConvention(custom).build());

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("my.opentok.calls")
			.that()
			.hasLowCardinalityKeyValue("opentok.operation", "archive.get");
	}

	@Test
	void documentationListsEveryKeyTheDefaultConventionWrites() {
		assertThat(OpenTokObservationDocumentation.CLIENT_REQUESTS.getLowCardinalityKeyNames())
			.extracting((key) -> key.asString())
			.containsExactly("opentok.operation", "outcome", "status", "exception");
		assertThat(OpenTokObservationDocumentation.CLIENT_REQUESTS.getDefaultConvention())
			.isEqualTo(DefaultOpenTokClientObservationConvention.class);
	}

	private OpenTokTransport transport(RetryPolicy retryPolicy) {
		return transportBuilder(retryPolicy).build();
	}

	private OpenTokTransport.Builder transportBuilder(RetryPolicy retryPolicy) {
		return OpenTokTransport.builder(OpenTokCredentials.project(MockOpenTok.API_KEY, MockOpenTok.API_SECRET))
			.apiUrl(URI.create("http://localhost:" + this.openTok.server().getPort()))
			.retryPolicy(retryPolicy)
			.observationRegistry(this.registry);
	}

	private static void getArchive(OpenTokTransport transport) {
		transport.call(OpenTokOperation.ARCHIVE_GET, "/v2/project/{projectId}/archive/{archiveId}",
				Map.of("archiveId", ARCHIVE_ID), (request) -> request.retrieve().body(String.class));
	}

}
