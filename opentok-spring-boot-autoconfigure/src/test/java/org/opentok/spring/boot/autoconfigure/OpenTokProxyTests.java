package org.opentok.spring.boot.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockserver.integration.ClientAndServer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import org.opentok.spring.client.core.OpenTokProxyAuthenticationException;
import org.opentok.spring.client.signal.Signal;
import org.opentok.spring.client.signal.SignalClient;
import org.opentok.spring.client.support.CountingHttpProxy;
import org.opentok.spring.client.support.CountingSocksProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests of {@code opentok.proxy.*}: the starter's HTTP client, as Spring Boot builds it,
 * reaches OpenTok (MockServer) through real proxies on loopback that require credentials
 * and count what passes; unsupported combinations fail at start-up.
 */
class OpenTokProxyTests {

	private static final String SIGNAL_PATH = "/v2/project/123456/session/" + OpenTokAutoConfigurationTests.SESSION_ID
			+ "/signal";

	private static final String PASSWORD = "pr0xy-pa55word";

	private ClientAndServer server;

	private CountingHttpProxy httpProxy;

	private CountingSocksProxy socksProxy;

	private ApplicationContextRunner runner;

	@BeforeEach
	void start() throws Exception {
		this.server = ClientAndServer.startClientAndServer(0);
		this.server.when(request(SIGNAL_PATH)).respond(response().withStatusCode(204));
		this.httpProxy = new CountingHttpProxy("bob", PASSWORD);
		this.socksProxy = new CountingSocksProxy("bob", PASSWORD);
		this.runner = new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
							HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
							RestClientAutoConfiguration.class, OpenTokAutoConfiguration.class))
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + OpenTokAutoConfigurationTests.SECRET,
					"opentok.api-url=http://localhost:" + this.server.getPort(), "opentok.retry.max-attempts=1",
					"opentok.proxy.host=127.0.0.1", "opentok.proxy.username=bob");
	}

	@AfterEach
	void stop() throws Exception {
		this.server.stop();
		this.httpProxy.close();
		this.socksProxy.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk" })
	void callsGoThroughTheHttpProxy(String factory) {
		this.runner
			.withPropertyValues("spring.http.clients.imperative.factory=" + factory,
					"opentok.proxy.port=" + this.httpProxy.port(), "opentok.proxy.password=" + PASSWORD)
			.run((context) -> {
				context.getBean(SignalClient.class)
					.sendToSession(OpenTokAutoConfigurationTests.SESSION_ID, Signal.of("chat", "hi"));
				assertThat(this.server.retrieveRecordedRequests(request(SIGNAL_PATH).withMethod("POST"))).hasSize(1);
				assertThat(this.httpProxy.forwarded())
					.containsExactly("POST http://localhost:" + this.server.getPort() + SIGNAL_PATH + " HTTP/1.1");
			});
	}

	@Test
	void reactorNettyTunnelsThroughTheHttpProxy() {
		this.runner
			.withPropertyValues("spring.http.clients.imperative.factory=reactor",
					"opentok.proxy.port=" + this.httpProxy.port(), "opentok.proxy.password=" + PASSWORD)
			.run((context) -> {
				context.getBean(SignalClient.class)
					.sendToSession(OpenTokAutoConfigurationTests.SESSION_ID, Signal.of("chat", "hi"));
				assertThat(this.server.retrieveRecordedRequests(request(SIGNAL_PATH).withMethod("POST"))).hasSize(1);
				assertThat(this.httpProxy.tunnelled()).containsExactly("localhost:" + this.server.getPort());
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "reactor" })
	void callsGoThroughTheSocksProxyWith(String factory) {
		this.runner
			.withPropertyValues("spring.http.clients.imperative.factory=" + factory, "opentok.proxy.type=socks",
					"opentok.proxy.port=" + this.socksProxy.port(), "opentok.proxy.password=" + PASSWORD)
			.run((context) -> {
				SignalClient signals = context.getBean(SignalClient.class);
				signals.sendToSession(OpenTokAutoConfigurationTests.SESSION_ID, Signal.of("chat", "one"));
				signals.sendToSession(OpenTokAutoConfigurationTests.SESSION_ID, Signal.of("chat", "two"));
				assertThat(this.server.retrieveRecordedRequests(request(SIGNAL_PATH).withMethod("POST"))).hasSize(2);
				assertThat(this.socksProxy.connected()).isNotEmpty()
					.allSatisfy((target) -> assertThat(target).endsWith(":" + this.server.getPort()));
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk", "reactor" })
	void refusedCredentialsAreATypedError(String factory) {
		this.runner
			.withPropertyValues("spring.http.clients.imperative.factory=" + factory,
					"opentok.proxy.port=" + this.httpProxy.port(), "opentok.proxy.password=wrong-one")
			.run((context) -> {
				assertThatExceptionOfType(OpenTokProxyAuthenticationException.class)
					.isThrownBy(() -> context.getBean(SignalClient.class)
						.sendToSession(OpenTokAutoConfigurationTests.SESSION_ID, Signal.of("chat", "hi")))
					.withMessageStartingWith("signal.send failed: the HTTP proxy 127.0.0.1:" + this.httpProxy.port()
							+ " refused the credentials of user 'bob'")
					.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("wrong-one"));
				assertThat(this.server.retrieveRecordedRequests(request())).isEmpty();
			});
	}

	@Test
	void nonProxyHostsAreReachedDirectly() {
		this.runner
			.withPropertyValues("opentok.proxy.port=" + this.httpProxy.port(), "opentok.proxy.password=" + PASSWORD,
					"opentok.proxy.non-proxy-hosts=*.example.com,localhost")
			.run((context) -> {
				context.getBean(SignalClient.class)
					.sendToSession(OpenTokAutoConfigurationTests.SESSION_ID, Signal.of("chat", "hi"));
				assertThat(this.server.retrieveRecordedRequests(request(SIGNAL_PATH))).hasSize(1);
				assertThat(this.httpProxy.forwarded()).isEmpty();
			});
	}

	@Test
	void socksWithTheJdkClientFailsAtStartUp() {
		this.runner
			.withPropertyValues("spring.http.clients.imperative.factory=jdk", "opentok.proxy.type=socks",
					"opentok.proxy.port=1080", "opentok.proxy.password=" + PASSWORD)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(OpenTokConfigurationException.class)
				.hasMessageContaining("opentok.proxy.type")
				.hasMessageContaining("supports HTTP proxies only"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "simple", "jetty" })
	void otherClientsFailAtStartUpRatherThanGoAroundTheProxy(String factory) {
		this.runner
			.withPropertyValues("spring.http.clients.imperative.factory=" + factory, "opentok.proxy.port=3128",
					"opentok.proxy.password=" + PASSWORD)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(OpenTokConfigurationException.class)
				.hasMessageContaining(
						"opentok.proxy.* applies to Apache HttpClient 5, Reactor Netty and the JDK HttpClient"));
	}

	@Test
	void aHalfConfiguredProxyFailsAtStartUpWithoutShowingThePassword() {
		this.runner.withPropertyValues("opentok.proxy.username=", "opentok.proxy.password=" + PASSWORD)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(OpenTokConfigurationException.class)
				.hasMessageContaining("opentok.proxy.port")
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(PASSWORD)));
	}

	@Test
	void propertiesToStringMasksThePassword() {
		this.runner.withPropertyValues("opentok.proxy.port=3128", "opentok.proxy.password=" + PASSWORD)
			.run((context) -> assertThat(context.getBean(OpenTokProperties.class).toString())
				.contains("proxy=Proxy[host=127.0.0.1, port=3128, type=HTTP, username=bob, password=******")
				.doesNotContain(PASSWORD));
	}

}
