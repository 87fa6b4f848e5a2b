package org.opentok.spring.boot.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.mockserver.integration.ClientAndServer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests for {@link OpenTokRequestFactories}: the HTTP client follows Boot's choice, which
 * prefers Apache HttpClient 5 (the starter's) unless
 * {@code spring.http.clients.imperative.factory} names another, and HttpClient 5 does not
 * retry on its own.
 */
class OpenTokRequestFactoriesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class))
		.withUserConfiguration(OpenTokHttpClientConfigurations.BootHttpClientConfiguration.class);

	@Test
	void httpComponentsIsUsedWhenOnTheClassPath() {
		this.contextRunner.run((context) -> assertThat(context.getBean(OpenTokRequestFactories.class)
			.builder(Duration.ofSeconds(1), Duration.ofSeconds(2), 50, null)
			.get()).isInstanceOf(HttpComponentsClientHttpRequestFactory.class));
	}

	@Test
	void httpComponentsLeavesRetriesToOpenTokRetrySettings() {
		ClientAndServer server = ClientAndServer.startClientAndServer(0);
		try {
			server.when(request("/busy")).respond(response().withStatusCode(503).withHeader("Retry-After", "0"));
			this.contextRunner.run((context) -> {
				ClientHttpRequestFactory factory = context.getBean(OpenTokRequestFactories.class)
					.create(Duration.ofSeconds(1), Duration.ofSeconds(2), 50, null);
				ClientHttpRequest request = factory
					.createRequest(URI.create("http://localhost:" + server.getPort() + "/busy"), HttpMethod.GET);
				try (ClientHttpResponse response = request.execute()) {
					assertThat(response.getStatusCode().value()).isEqualTo(503);
				}
			});
			assertThat(server.retrieveRecordedRequests(request("/busy"))).hasSize(1);
		}
		finally {
			server.stop();
		}
	}

	@Test
	void httpClientIsBuiltOnTheFirstRequest() {
		AtomicInteger builds = new AtomicInteger();
		this.contextRunner
			.withBean(ClientHttpRequestFactoryBuilder.class, () -> ClientHttpRequestFactoryBuilder.of(() -> {
				builds.incrementAndGet();
				return new SimpleClientHttpRequestFactory();
			}))
			.run((context) -> {
				ClientHttpRequestFactory factory = context.getBean(OpenTokRequestFactories.class)
					.create(Duration.ofSeconds(1), Duration.ofSeconds(2), 50, null);
				assertThat(builds).hasValue(0);
				factory.createRequest(URI.create("http://localhost/one"), HttpMethod.GET);
				factory.createRequest(URI.create("http://localhost/two"), HttpMethod.GET);
				assertThat(builds).hasValue(1);
			});
	}

	@Test
	void factoryPropertyPicksAnotherClient() {
		this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=jdk")
			.run((context) -> assertThat(context.getBean(OpenTokRequestFactories.class)
				.builder(Duration.ofSeconds(1), Duration.ofSeconds(2), 50, null)
				.get()).isInstanceOf(JdkClientHttpRequestFactory.class));
	}

	@Test
	void jdkClientIsUsedWithoutHttpComponents() {
		// Jetty's and Reactor Netty's clients are on
		// the test class path for the framing tests
		this.contextRunner
			.withClassLoader(
					new FilteredClassLoader("org.apache.hc.client5", "org.eclipse.jetty.client", "reactor.netty.http"))
			.run((context) -> assertThat(context.getBean(OpenTokRequestFactories.class)
				.builder(Duration.ofSeconds(1), Duration.ofSeconds(2), 50, null)
				.get()).isInstanceOf(JdkClientHttpRequestFactory.class));
	}

}
