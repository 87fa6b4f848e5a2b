package org.opentok.spring.boot.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockserver.integration.ClientAndServer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.observation.DefaultOpenTokClientObservationConvention;
import org.opentok.spring.client.core.observation.OpenTokClientObservationConvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests that the auto-configured client reports {@code opentok.client.requests} to Boot's
 * observation registry, that Boot's property switch and a user convention apply, and that
 * Boot's {@code http.client.requests} sees URI templates, never raw ids.
 */
class OpenTokObservationWiringTests {

	private static final String ARCHIVE_ID = "b40ef09b-0000-4000-8000-0000000000cc";

	private static ClientAndServer server;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				RestClientObservationAutoConfiguration.class, OpenTokAutoConfiguration.class))
		.withBean("recordingHandler", RecordingHandler.class, RecordingHandler::new)
		.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=abcdef0123456789abcdef0123456789abcdef01");

	@BeforeAll
	static void startServer() {
		server = ClientAndServer.startClientAndServer(0);
	}

	@AfterAll
	static void stopServer() {
		server.stop();
	}

	@BeforeEach
	void answer() {
		server.reset();
		server.when(request().withPath("/v2/project/123456/archive/" + ARCHIVE_ID))
			.respond(response().withStatusCode(200).withBody("{}"));
	}

	@Test
	void reportsEveryCallAsAnOpenTokObservation() {
		run(this.runner, (context, handler) -> {
			Observation.Context observed = handler.named("opentok.client.requests");
			assertThat(observed.getLowCardinalityKeyValue("opentok.operation").getValue()).isEqualTo("archive.get");
			assertThat(observed.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("SUCCESS");
			assertThat(observed.getHighCardinalityKeyValue("opentok.archive.id").getValue()).isEqualTo(ARCHIVE_ID);
		});
	}

	@Test
	void bootsPropertySwitchTurnsTheObservationOff() {
		run(this.runner.withPropertyValues("management.observations.enable.opentok=false"),
				(context, handler) -> assertThat(handler.names()).doesNotContain("opentok.client.requests"));
	}

	@Test
	void userConventionBeanWins() {
		run(this.runner.withBean(OpenTokClientObservationConvention.class,
				() -> new DefaultOpenTokClientObservationConvention() {

					@Override
					public String getName() {
						return "custom.opentok";
					}

				}), (context, handler) -> assertThat(handler.names()).contains("custom.opentok")
					.doesNotContain("opentok.client.requests"));
	}

	@Test
	void httpClientRequestsSeeTheUriTemplateNeverTheRawId() {
		run(this.runner, (context, handler) -> {
			Observation.Context http = handler.named("http.client.requests");
			assertThat(http.getLowCardinalityKeyValue("uri").getValue())
				.isEqualTo("/v2/project/{projectId}/archive/{archiveId}");
			for (KeyValue keyValue : http.getLowCardinalityKeyValues()) {
				assertThat(keyValue.getValue()).doesNotContain(ARCHIVE_ID).doesNotContain("123456");
			}
		});
	}

	private static void run(ApplicationContextRunner runner, ContextAndHandler assertions) {
		runner.withPropertyValues("opentok.api-url=http://localhost:" + server.getPort()).run((context) -> {
			assertThat(context).hasNotFailed();
			context.getBean(OpenTokTransport.class)
				.call(OpenTokOperation.ARCHIVE_GET, "/v2/project/{projectId}/archive/{archiveId}",
						Map.of("archiveId", ARCHIVE_ID), (spec) -> spec.retrieve().toBodilessEntity());
			assertions.accept(context, context.getBean(RecordingHandler.class));
		});
	}

	@FunctionalInterface
	interface ContextAndHandler {

		void accept(AssertableApplicationContext context, RecordingHandler handler);

	}

	static class RecordingHandler implements ObservationHandler<Observation.Context> {

		private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

		@Override
		public void onStop(Observation.Context context) {
			this.stopped.add(context);
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

		List<String> names() {
			return this.stopped.stream().map(Observation.Context::getName).toList();
		}

		Observation.Context named(String name) {
			return this.stopped.stream()
				.filter((context) -> name.equals(context.getName()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no observation " + name + " in " + names()));
		}

	}

}
