package org.opentok.spring.client.core;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockserver.model.HttpRequest;

import org.springframework.http.client.ClientHttpRequestFactory;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.signal.Signal;
import org.opentok.spring.client.support.CountingHttpProxy;
import org.opentok.spring.client.support.CountingSocksProxy;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests of {@link ProxySettings} applied by the transport's own HTTP clients: calls reach
 * OpenTok (MockServer) through real proxies on loopback that require credentials and
 * count what passes, HTTP with both clients and SOCKS5 with Apache HttpClient 5; refused
 * credentials are an {@link OpenTokProxyAuthenticationException} that names the proxy and
 * never the password.
 */
class ProxyTests {

	private static final String SIGNAL_PATH = "/v2/project/" + MockOpenTok.API_KEY + "/session/"
			+ MockOpenTok.SESSION_ID + "/signal";

	private static final String PASSWORD = "s3cret-proxy-password";

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private CountingHttpProxy httpProxy;

	private CountingSocksProxy socksProxy;

	@BeforeEach
	void startProxies() throws Exception {
		this.httpProxy = new CountingHttpProxy("alice", PASSWORD);
		this.socksProxy = new CountingSocksProxy("alice", PASSWORD);
		openTok.respond(request(SIGNAL_PATH), response().withStatusCode(204));
	}

	@AfterEach
	void stopProxies() throws Exception {
		this.httpProxy.close();
		this.socksProxy.close();
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void callsGoThroughAnHttpProxyWithItsCredentials(boolean httpComponents) {
		ProxySettings proxy = ProxySettings.http("127.0.0.1", this.httpProxy.port()).withCredentials("alice", PASSWORD);
		transport(proxy, httpComponents).signals().sendToSession(MockOpenTok.SESSION_ID, Signal.of("chat", "hi"));
		HttpRequest received = openTok.onlyRequest();
		assertThat(received.getMethod().getValue()).isEqualTo("POST");
		assertThat(received.getPath().getValue()).isEqualTo(SIGNAL_PATH);
		MockOpenTok.assertJsonBody(received, "{\"type\":\"chat\",\"data\":\"hi\"}");
		MockOpenTok.assertProjectAuth(received);
		assertThat(received.containsHeader("Proxy-Authorization")).as("credentials stop at the proxy").isFalse();
		assertThat(this.httpProxy.forwarded()).containsExactly("POST " + apiUrl() + SIGNAL_PATH + " HTTP/1.1");
	}

	@Test
	void callsGoThroughASocksProxyWithItsCredentials() {
		ProxySettings proxy = ProxySettings.socks("127.0.0.1", this.socksProxy.port())
			.withCredentials("alice", PASSWORD);
		// the plain builder: its default client is Apache HttpClient 5 on this class path
		try (OpenTok client = OpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
			.apiUrl(apiUrl())
			.proxy(proxy)
			.build()) {
			client.signals().sendToSession(MockOpenTok.SESSION_ID, Signal.of("chat", "one"));
			client.signals().sendToSession(MockOpenTok.SESSION_ID, Signal.of("chat", "two"));
		}
		assertThat(openTok.server().retrieveRecordedRequests(request(SIGNAL_PATH).withMethod("POST"))).hasSize(2);
		assertThat(this.socksProxy.connected()).as("one kept-alive connection through the proxy")
			.singleElement()
			.asString()
			.endsWith(":" + openTok.server().getPort());
		assertThat(this.socksProxy.bytesRelayed()).isPositive();
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void anHttpProxyRefusingTheCredentialsIsATypedError(boolean httpComponents) {
		ProxySettings proxy = ProxySettings.http("127.0.0.1", this.httpProxy.port()).withCredentials("alice", "wrong");
		OpenTok client = transport(proxy, httpComponents);
		assertThatExceptionOfType(OpenTokProxyAuthenticationException.class)
			.isThrownBy(() -> client.signals().sendToSession(MockOpenTok.SESSION_ID, Signal.of("chat", "hi")))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).startsWith("signal.send failed: the HTTP proxy 127.0.0.1:"
						+ this.httpProxy.port() + " refused the credentials of user 'alice'");
				assertThat(ex.getMessage()).doesNotContain("wrong");
				assertThat(ex.getProxy()).isEqualTo(proxy);
				assertThat(ex.isTransient()).isFalse();
			});
		assertThat(this.httpProxy.challenged()).isPositive();
		assertThat(this.httpProxy.forwarded()).isEmpty();
		openTok.assertNoRequest();
	}

	@Test
	void anHttpProxyAskingForMissingCredentialsIsATypedError() {
		OpenTok client = transport(ProxySettings.http("127.0.0.1", this.httpProxy.port()), true);
		assertThatExceptionOfType(OpenTokProxyAuthenticationException.class)
			.isThrownBy(() -> client.signals().sendToSession(MockOpenTok.SESSION_ID, Signal.of("chat", "hi")))
			.withMessage("signal.send failed: the HTTP proxy 127.0.0.1:" + this.httpProxy.port()
					+ " refused the call: no proxy credentials are set (it answered 407)");
		openTok.assertNoRequest();
	}

	@Test
	void aSocksProxyRefusingTheCredentialsIsATypedError() {
		ProxySettings proxy = ProxySettings.socks("127.0.0.1", this.socksProxy.port())
			.withCredentials("alice", "wrong-password");
		OpenTok client = transport(proxy, true);
		assertThatExceptionOfType(OpenTokProxyAuthenticationException.class)
			.isThrownBy(() -> client.signals().sendToSession(MockOpenTok.SESSION_ID, Signal.of("chat", "hi")))
			.withMessage("signal.send failed: the SOCKS5 proxy 127.0.0.1:" + this.socksProxy.port()
					+ " refused the credentials of user 'alice' (it rejected the username and password)");
		assertThat(this.socksProxy.refused()).isEqualTo(1);
		assertThat(this.socksProxy.connected()).isEmpty();
		openTok.assertNoRequest();
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void nonProxyHostsAreReachedDirectly(boolean httpComponents) {
		ProxySettings proxy = ProxySettings.http("127.0.0.1", this.httpProxy.port())
			.withCredentials("alice", PASSWORD)
			.withNonProxyHosts(List.of("*.example.com", "localhost"));
		transport(proxy, httpComponents).signals().sendToSession(MockOpenTok.SESSION_ID, Signal.of("chat", "hi"));
		assertThat(openTok.onlyRequest().getPath().getValue()).isEqualTo(SIGNAL_PATH);
		assertThat(this.httpProxy.forwarded()).isEmpty();
		assertThat(this.httpProxy.challenged()).isZero();
	}

	@Test
	void socksNonProxyHostsAreReachedDirectly() {
		ProxySettings proxy = ProxySettings.socks("127.0.0.1", this.socksProxy.port())
			.withCredentials("alice", PASSWORD)
			.withNonProxyHosts(List.of("LOCAL*"));
		transport(proxy, true).signals().sendToSession(MockOpenTok.SESSION_ID, Signal.of("chat", "hi"));
		assertThat(openTok.onlyRequest().getPath().getValue()).isEqualTo(SIGNAL_PATH);
		assertThat(this.socksProxy.connected()).isEmpty();
	}

	@Test
	void theJdkClientRefusesASocksProxyClearly() {
		assertThatIllegalStateException()
			.isThrownBy(() -> DefaultRequestFactories.create(URI.create(apiUrl()), Duration.ofSeconds(1),
					Duration.ofSeconds(1), ProxySettings.socks("127.0.0.1", 1080), false))
			.withMessageStartingWith("The JDK HttpClient cannot use the SOCKS5 proxy 127.0.0.1:1080: it supports "
					+ "HTTP proxies only. Put Apache HttpClient 5");
	}

	private static String apiUrl() {
		return "http://localhost:" + openTok.server().getPort();
	}

	private static OpenTok transport(ProxySettings proxy, boolean httpComponents) {
		URI apiUrl = URI.create(apiUrl());
		ClientHttpRequestFactory factory = DefaultRequestFactories.create(apiUrl, Duration.ofSeconds(2),
				Duration.ofSeconds(5), proxy, httpComponents);
		return OpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
			.apiUrl(apiUrl)
			.proxy(proxy)
			.requestFactory(factory)
			.retryPolicy(RetryPolicy.none())
			.build();
	}

}
