package org.opentok.spring.client.core;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.Delay;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests for {@link DefaultRequestFactories}: both HTTP clients make real calls, keep
 * connections alive, follow no redirects, go through the system proxy and honour the read
 * timeout.
 */
class DefaultRequestFactoriesTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final ClientAndServer server = openTok.server();

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void httpComponentsIsTheDefaultWhenPresent(boolean httpComponents) throws Exception {
		ClientHttpRequestFactory factory = DefaultRequestFactories.create(apiUrl(), Duration.ofSeconds(1),
				Duration.ofSeconds(1), null, httpComponents);
		assertThat(factory).isInstanceOf(
				httpComponents ? HttpComponentsClientHttpRequestFactory.class : JdkClientHttpRequestFactory.class);
		ClientHttpRequestFactory lazy = DefaultRequestFactories.create(apiUrl(), Duration.ofSeconds(1),
				Duration.ofSeconds(1), null);
		assertThat(lazy).isNotInstanceOfAny(HttpComponentsClientHttpRequestFactory.class,
				JdkClientHttpRequestFactory.class);
		assertThat(lazy.createRequest(URI.create("http://localhost/ping"), HttpMethod.GET).getClass().getName())
			.as("on this class path")
			.contains("HttpComponents");
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void callsAreMadeOnKeptAliveConnections(boolean httpComponents) throws Exception {
		server.when(request("/ping")).respond(response("pong"));
		ClientHttpRequestFactory factory = DefaultRequestFactories.create(apiUrl(), Duration.ofSeconds(1),
				Duration.ofSeconds(5), null, httpComponents);
		for (int i = 0; i < 3; i++) {
			try (ClientHttpResponse response = get(factory, "/ping")) {
				assertThat(response.getStatusCode().value()).isEqualTo(200);
				assertThat(new String(response.getBody().readAllBytes())).isEqualTo("pong");
			}
		}
		assertThat(server.retrieveRecordedRequests(request("/ping"))).hasSize(3)
			.allSatisfy((request) -> assertThat(request.isKeepAlive()).isTrue());
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void redirectsAreNotFollowed(boolean httpComponents) throws Exception {
		server.when(request("/moved")).respond(response().withStatusCode(302).withHeader("Location", "/ping"));
		ClientHttpRequestFactory factory = DefaultRequestFactories.create(apiUrl(), Duration.ofSeconds(1),
				Duration.ofSeconds(5), null, httpComponents);
		try (ClientHttpResponse response = get(factory, "/moved")) {
			assertThat(response.getStatusCode().value()).isEqualTo(302);
		}
		assertThat(server.retrieveRecordedRequests(request("/ping"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void readTimeoutBoundsTheCall(boolean httpComponents) {
		server.when(request("/slow")).respond(response("late").withDelay(Delay.delay(TimeUnit.SECONDS, 3)));
		ClientHttpRequestFactory factory = DefaultRequestFactories.create(apiUrl(), Duration.ofSeconds(1),
				Duration.ofMillis(300), null, httpComponents);
		long start = System.nanoTime();
		assertThatIOException().isThrownBy(() -> {
			try (ClientHttpResponse response = get(factory, "/slow")) {
				response.getBody().readAllBytes();
			}
		});
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void systemProxyIsUsed(boolean httpComponents) throws Exception {
		server.when(request("/ping")).respond(response("pong via proxy"));
		ProxySelector system = ProxySelector.getDefault();
		ProxySelector.setDefault(ProxySelector.of(new InetSocketAddress("localhost", server.getPort())));
		try {
			ClientHttpRequestFactory factory = DefaultRequestFactories.create(URI.create("http://opentok.invalid"),
					Duration.ofSeconds(1), Duration.ofSeconds(5), null, httpComponents);
			ClientHttpRequest request = factory.createRequest(URI.create("http://opentok.invalid/ping"),
					HttpMethod.GET);
			try (ClientHttpResponse response = request.execute()) {
				assertThat(new String(response.getBody().readAllBytes())).isEqualTo("pong via proxy");
			}
		}
		finally {
			ProxySelector.setDefault(system);
		}
		assertThat(server.retrieveRecordedRequests(request("/ping").withHeader("Host", "opentok.invalid"))).hasSize(1);
	}

	private static URI apiUrl() {
		return URI.create("http://localhost:" + server.getPort());
	}

	private static ClientHttpResponse get(ClientHttpRequestFactory factory, String path) throws Exception {
		ClientHttpRequest request = factory.createRequest(URI.create("http://localhost:" + server.getPort() + path),
				HttpMethod.GET);
		return request.execute();
	}

}
