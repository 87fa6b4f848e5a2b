package org.opentok.spring.boot.autoconfigure.reactive;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockserver.integration.ClientAndServer;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.http.client.reactive.ClientHttpConnector;

import org.opentok.spring.boot.autoconfigure.OpenTokConfigurationException;
import org.opentok.spring.boot.autoconfigure.OpenTokProperties;
import org.opentok.spring.client.ReactiveOpenTok;
import org.opentok.spring.client.core.OpenTokProxyAuthenticationException;
import org.opentok.spring.client.core.ProxySettings;
import org.opentok.spring.client.signal.Signal;
import org.opentok.spring.client.support.CountingHttpProxy;
import org.opentok.spring.client.support.CountingSocksProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests of {@link OpenTokConnectorProxies}: the {@code opentok.proxy.*} settings, read
 * from the properties, applied to the reactive client's connector as Spring Boot builds
 * it; calls reach OpenTok (MockServer) through real proxies on loopback that require
 * credentials and count what passes; connectors that cannot use the proxy fail clearly.
 */
class OpenTokConnectorProxiesTests {

	private static final String SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	private static final String SESSION_ID = "1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4";

	private static final String SIGNAL_PATH = "/v2/project/123456/session/" + SESSION_ID + "/signal";

	private static final String PASSWORD = "r3active-pa55word";

	private ClientAndServer server;

	private CountingHttpProxy httpProxy;

	private CountingSocksProxy socksProxy;

	@BeforeEach
	void start() throws Exception {
		this.server = ClientAndServer.startClientAndServer(0);
		this.server.when(request(SIGNAL_PATH)).respond(response().withStatusCode(204));
		this.httpProxy = new CountingHttpProxy("dave", PASSWORD);
		this.socksProxy = new CountingSocksProxy("dave", PASSWORD);
	}

	@AfterEach
	void stop() throws Exception {
		this.server.stop();
		this.httpProxy.close();
		this.socksProxy.close();
	}

	@Test
	void reactorNettyGoesThroughTheSocksProxyOfTheProperties() {
		ProxySettings proxy = proxy("socks", this.socksProxy.port(), PASSWORD);
		send(OpenTokConnectorProxies.withProxy(ClientHttpConnectorBuilder.reactor(), proxy), proxy);
		assertThat(this.server.retrieveRecordedRequests(request(SIGNAL_PATH))).hasSize(1);
		assertThat(this.socksProxy.connected()).singleElement().asString().endsWith(":" + this.server.getPort());
	}

	@Test
	void reactorNettyGoesThroughTheHttpProxyOfTheProperties() {
		ProxySettings proxy = proxy("http", this.httpProxy.port(), PASSWORD);
		send(OpenTokConnectorProxies.withProxy(ClientHttpConnectorBuilder.reactor(), proxy), proxy);
		assertThat(this.server.retrieveRecordedRequests(request(SIGNAL_PATH))).hasSize(1);
		assertThat(this.httpProxy.tunnelled()).containsExactly("localhost:" + this.server.getPort());
	}

	@Test
	void theJdkClientGoesThroughTheHttpProxyOfTheProperties() {
		ProxySettings proxy = proxy("http", this.httpProxy.port(), PASSWORD);
		send(OpenTokConnectorProxies.withProxy(ClientHttpConnectorBuilder.jdk(), proxy), proxy);
		assertThat(this.httpProxy.forwarded())
			.containsExactly("POST http://localhost:" + this.server.getPort() + SIGNAL_PATH + " HTTP/1.1");
	}

	@Test
	void aRefusalThroughTheBootConnectorIsTheTypedError() {
		ProxySettings proxy = proxy("socks", this.socksProxy.port(), "wrong-password");
		assertThatExceptionOfType(OpenTokProxyAuthenticationException.class)
			.isThrownBy(
					() -> send(OpenTokConnectorProxies.withProxy(ClientHttpConnectorBuilder.reactor(), proxy), proxy))
			.withMessageContaining("refused the credentials of user 'dave'")
			.withMessageNotContaining("wrong-password");
		assertThat(this.socksProxy.refused()).isEqualTo(1);
		assertThat(this.server.retrieveRecordedRequests(request())).isEmpty();
	}

	@Test
	void withoutAProxyTheBuilderIsLeftAsItIs() {
		ClientHttpConnectorBuilder<?> builder = ClientHttpConnectorBuilder.reactor();
		assertThat(OpenTokConnectorProxies.withProxy(builder, null)).isSameAs(builder);
	}

	@Test
	void theJdkClientRefusesASocksProxyAtStartUp() {
		ProxySettings proxy = proxy("socks", 1080, PASSWORD);
		assertThatExceptionOfType(OpenTokConfigurationException.class)
			.isThrownBy(() -> OpenTokConnectorProxies.withProxy(ClientHttpConnectorBuilder.jdk(), proxy))
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("opentok.proxy.type"))
			.withMessageContaining("supports HTTP proxies only");
	}

	@Test
	void aConnectorThatCannotUseTheProxyFailsAtStartUp() {
		ProxySettings proxy = proxy("http", 3128, PASSWORD);
		assertThatExceptionOfType(OpenTokConfigurationException.class)
			.isThrownBy(() -> OpenTokConnectorProxies.withProxy(ClientHttpConnectorBuilder.jetty(), proxy))
			.withMessageContaining("JettyClientHttpConnectorBuilder")
			.withMessageNotContaining(PASSWORD);
	}

	private ProxySettings proxy(String type, int port, String password) {
		OpenTokProperties.Proxy properties = new OpenTokProperties.Proxy("127.0.0.1", port,
				ProxySettings.Type.parse(type.toUpperCase(Locale.ROOT)), "dave", password, List.of());
		return properties.toSettings();
	}

	private void send(ClientHttpConnectorBuilder<?> builder, ProxySettings proxy) {
		ClientHttpConnector connector = builder.build(HttpClientSettings.defaults());
		try (ReactiveOpenTok client = ReactiveOpenTok.builder("123456", SECRET)
			.apiUrl(URI.create("http://localhost:" + this.server.getPort()))
			.clientConnector(connector)
			.proxy(proxy)
			.build()) {
			client.signals().sendToSession(SESSION_ID, Signal.of("chat", "hi")).block(Duration.ofSeconds(10));
		}
	}

}
