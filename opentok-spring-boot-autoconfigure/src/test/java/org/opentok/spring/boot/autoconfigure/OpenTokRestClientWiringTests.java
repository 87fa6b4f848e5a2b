package org.opentok.spring.boot.autoconfigure;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpRequest;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import org.opentok.spring.client.core.OpenTokRestClientCustomizer;
import org.opentok.spring.client.core.OpenTokServerException;
import org.opentok.spring.client.core.OpenTokTransportException;
import org.opentok.spring.client.session.Session;
import org.opentok.spring.client.session.SessionClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests that the auto-configured client is built on Spring Boot's
 * {@code RestClient.Builder} and request factory, with the {@code opentok.*} timeouts and
 * the customizers last, against a real HTTP server.
 */
class OpenTokRestClientWiringTests {

	private static final String SESSION_JSON = "[{\"session_id\":\"" + OpenTokAutoConfigurationTests.SESSION_ID
			+ "\",\"project_id\":\"123456\",\"partner_id\":\"123456\",\"create_dt\":\"Tue Nov 14 14:13:20 PST 2023\","
			+ "\"media_server_url\":\"\"}]";

	private static ClientAndServer server;

	private ApplicationContextRunner runner;

	@BeforeAll
	static void startServer() {
		server = ClientAndServer.startClientAndServer(0);
	}

	@AfterAll
	static void stopServer() {
		server.stop();
	}

	@BeforeEach
	void prepare() {
		server.reset();
		server.when(request().withMethod("POST").withPath("/session/create"))
			.respond(response().withStatusCode(200)
				.withHeader("Content-Type", "application/json")
				.withBody(SESSION_JSON));
		this.runner = new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
							HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
							RestClientAutoConfiguration.class, OpenTokAutoConfiguration.class))
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + OpenTokAutoConfigurationTests.SECRET,
					"opentok.api-url=http://localhost:" + server.getPort());
	}

	@Test
	void createsSessionsThroughBootsRestClientBuilder() {
		this.runner.withUserConfiguration(BootCustomizerConfiguration.class).run((context) -> {
			Session session = context.getBean(SessionClient.class).create();
			assertThat(session.sessionId()).isEqualTo(OpenTokAutoConfigurationTests.SESSION_ID);
			HttpRequest sent = onlyRequest();
			assertThat(sent.getFirstHeader("X-Boot-Customizer")).isEqualTo("applied");
			assertThat(sent.getFirstHeader("X-OPENTOK-AUTH")).isNotBlank();
			assertThat(sent.getFirstHeader("User-Agent")).startsWith("opentok-spring-boot/");
		});
	}

	@Test
	void appliesOpenTokCustomizersLastAndInOrder() {
		this.runner.withUserConfiguration(OrderedCustomizersConfiguration.class).run((context) -> {
			context.getBean(SessionClient.class).create();
			HttpRequest sent = onlyRequest();
			assertThat(sent.getFirstHeader("X-Order")).isEqualTo("second");
			assertThat(sent.getFirstHeader("User-Agent")).isEqualTo("my-app/1.0");
		});
	}

	@Test
	void boundsCallsByTheConfiguredReadTimeout() {
		server.reset();
		server.when(request().withPath("/session/create"))
			.respond(response().withStatusCode(200).withBody(SESSION_JSON).withDelay(TimeUnit.SECONDS, 3));
		this.runner.withPropertyValues("opentok.read-timeout=500ms").run((context) -> {
			SessionClient sessions = context.getBean(SessionClient.class);
			long start = System.nanoTime();
			assertThatExceptionOfType(OpenTokTransportException.class).isThrownBy(sessions::create)
				.withMessageStartingWith("session.create failed:");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
		});
	}

	@Test
	void retriesAsTheRetryPropertiesSay() {
		server.reset();
		server.when(request().withPath("/session/create")).respond(response().withStatusCode(503));
		this.runner.withPropertyValues("opentok.retry.max-attempts=4", "opentok.retry.initial-backoff=1ms")
			.run((context) -> {
				assertThatExceptionOfType(OpenTokServerException.class)
					.isThrownBy(context.getBean(SessionClient.class)::create);
				assertThat(server.retrieveRecordedRequests(request().withPath("/session/create"))).hasSize(4);
			});
	}

	@Test
	void oneMaxAttemptTurnsRetriesOff() {
		server.reset();
		server.when(request().withPath("/session/create")).respond(response().withStatusCode(503));
		this.runner.withPropertyValues("opentok.retry.max-attempts=1").run((context) -> {
			assertThatExceptionOfType(OpenTokServerException.class)
				.isThrownBy(context.getBean(SessionClient.class)::create);
			assertThat(server.retrieveRecordedRequests(request().withPath("/session/create"))).hasSize(1);
		});
	}

	private static HttpRequest onlyRequest() {
		HttpRequest[] requests = server.retrieveRecordedRequests(request().withPath("/session/create"));
		assertThat(requests).hasSize(1);
		return requests[0];
	}

	@Configuration(proxyBeanMethods = false)
	static class BootCustomizerConfiguration {

		@Bean
		RestClientCustomizer bootCustomizer() {
			return (builder) -> builder.defaultHeader("X-Boot-Customizer", "applied");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OrderedCustomizersConfiguration {

		@Bean
		@Order(2)
		OpenTokRestClientCustomizer second() {
			return (builder) -> builder.defaultHeader("X-Order", "second");
		}

		@Bean
		@Order(1)
		OpenTokRestClientCustomizer first() {
			return (builder) -> builder.defaultHeader("X-Order", "first").defaultHeader("User-Agent", "my-app/1.0");
		}

	}

}
