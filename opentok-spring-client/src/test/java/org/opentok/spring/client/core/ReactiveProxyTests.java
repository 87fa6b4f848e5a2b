package org.opentok.spring.client.core;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockserver.model.HttpRequest;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import org.opentok.spring.client.ReactiveOpenTok;
import org.opentok.spring.client.internal.ReactorNettyProxies;
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
 * Tests of {@link ProxySettings} applied by the reactive transport's own connectors:
 * calls reach OpenTok (MockServer) through the real proxies on loopback of
 * {@link ProxyTests}, which require credentials and count what passes, HTTP
 * ({@code CONNECT} tunnels with Reactor Netty, forwarding with the JDK client) and
 * SOCKS5; refused credentials are an {@link OpenTokProxyAuthenticationException} that
 * names the proxy and never the password; excluded hosts are reached directly, with the
 * blocking clients' matching.
 */
class ReactiveProxyTests {

	private static final String SIGNAL_PATH = "/v2/project/" + MockOpenTok.API_KEY + "/session/"
			+ MockOpenTok.SESSION_ID + "/signal";

	private static final String PASSWORD = "s3cret-proxy-password";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

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

	@Test
	void callsGoThroughAnHttpProxyWithItsCredentials() {
		ProxySettings proxy = ProxySettings.http("127.0.0.1", this.httpProxy.port()).withCredentials("alice", PASSWORD);
		try (ReactiveOpenTok client = client(proxy).build()) {
			send(client, "hi");
		}
		HttpRequest received = openTok.onlyRequest();
		assertThat(received.getMethod().getValue()).isEqualTo("POST");
		MockOpenTok.assertJsonBody(received, "{\"type\":\"chat\",\"data\":\"hi\"}");
		MockOpenTok.assertProjectAuth(received);
		assertThat(received.containsHeader("Proxy-Authorization")).as("credentials stop at the proxy").isFalse();
		// localhost goes through the proxy: Reactor
		// Netty's default exclusions do not apply
		assertThat(this.httpProxy.tunnelled()).containsExactly("localhost:" + openTok.server().getPort());
		assertThat(this.httpProxy.bytesTunnelled()).isPositive();
		assertThat(this.httpProxy.challenged()).isZero();
	}

	@Test
	void callsGoThroughAnHttpProxyWithTheJdkConnector() {
		ProxySettings proxy = ProxySettings.http("127.0.0.1", this.httpProxy.port()).withCredentials("alice", PASSWORD);
		try (ReactiveOpenTok client = client(proxy).clientConnector(jdkConnector(proxy)).build()) {
			send(client, "hi");
		}
		assertThat(openTok.onlyRequest().getPath().getValue()).isEqualTo(SIGNAL_PATH);
		assertThat(this.httpProxy.forwarded()).containsExactly("POST " + apiUrl() + SIGNAL_PATH + " HTTP/1.1");
	}

	@Test
	void callsGoThroughASocksProxyWithItsCredentials() {
		ProxySettings proxy = ProxySettings.socks("127.0.0.1", this.socksProxy.port())
			.withCredentials("alice", PASSWORD);
		try (ReactiveOpenTok client = client(proxy).build()) {
			send(client, "one");
			send(client, "two");
		}
		assertThat(openTok.server().retrieveRecordedRequests(request(SIGNAL_PATH).withMethod("POST"))).hasSize(2);
		// Reactor Netty returns a connection to its pool after the value is delivered,
		// so the second call may open a second connection: both go through the proxy
		assertThat(this.socksProxy.connected()).as("connections through the proxy")
			.hasSizeBetween(1, 2)
			.allSatisfy((target) -> assertThat(target).endsWith(":" + openTok.server().getPort()));
		assertThat(this.socksProxy.bytesRelayed()).isPositive();
		assertThat(this.socksProxy.refused()).isZero();
	}

	@Test
	void anHttpProxyRefusingTheCredentialsIsATypedError() {
		ProxySettings proxy = ProxySettings.http("127.0.0.1", this.httpProxy.port())
			.withCredentials("alice", "wrong-password");
		try (ReactiveOpenTok client = client(proxy).build()) {
			assertThatExceptionOfType(OpenTokProxyAuthenticationException.class).isThrownBy(() -> send(client, "hi"))
				.satisfies((ex) -> {
					assertThat(ex.getMessage()).isEqualTo("signal.send failed: the HTTP proxy 127.0.0.1:"
							+ this.httpProxy.port() + " refused the credentials of user 'alice' (it answered 407)");
					assertThat(ex.getProxy()).isEqualTo(proxy);
					assertThat(ex.isTransient()).isFalse();
				});
		}
		assertThat(this.httpProxy.challenged()).isEqualTo(1);
		assertThat(this.httpProxy.tunnelled()).isEmpty();
		openTok.assertNoRequest();
	}

	@Test
	void anHttpProxyAskingForMissingCredentialsIsATypedError() {
		try (ReactiveOpenTok client = client(ProxySettings.http("127.0.0.1", this.httpProxy.port())).build()) {
			assertThatExceptionOfType(OpenTokProxyAuthenticationException.class).isThrownBy(() -> send(client, "hi"))
				.withMessage("signal.send failed: the HTTP proxy 127.0.0.1:" + this.httpProxy.port()
						+ " refused the call: no proxy credentials are set (it answered 407)");
		}
		openTok.assertNoRequest();
	}

	@Test
	void anHttpProxyAnswering407ToTheJdkConnectorIsATypedError() {
		ProxySettings proxy = ProxySettings.http("127.0.0.1", this.httpProxy.port());
		try (ReactiveOpenTok client = client(proxy).clientConnector(jdkConnector(proxy)).build()) {
			// the 407 reaches the client as an answer: the status handler names the proxy
			assertThatExceptionOfType(OpenTokProxyAuthenticationException.class).isThrownBy(() -> send(client, "hi"))
				.withMessage("signal.send failed: the HTTP proxy 127.0.0.1:" + this.httpProxy.port()
						+ " refused the call: no proxy credentials are set (it answered 407)");
		}
		openTok.assertNoRequest();
	}

	@Test
	void aSocksProxyRefusingTheCredentialsIsATypedError() {
		ProxySettings proxy = ProxySettings.socks("127.0.0.1", this.socksProxy.port())
			.withCredentials("alice", "wrong-password");
		try (ReactiveOpenTok client = client(proxy).build()) {
			assertThatExceptionOfType(OpenTokProxyAuthenticationException.class).isThrownBy(() -> send(client, "hi"))
				.satisfies((ex) -> {
					assertThat(ex.getMessage())
						.isEqualTo("signal.send failed: the SOCKS5 proxy 127.0.0.1:" + this.socksProxy.port()
								+ " refused the credentials of user 'alice' (it rejected the username and password)");
					assertThat(ex.getMessage()).doesNotContain("wrong-password");
				});
		}
		assertThat(this.socksProxy.refused()).isEqualTo(1);
		assertThat(this.socksProxy.connected()).isEmpty();
		openTok.assertNoRequest();
	}

	@Test
	void aSocksProxyRequiringMissingCredentialsIsATypedError() {
		try (ReactiveOpenTok client = client(ProxySettings.socks("127.0.0.1", this.socksProxy.port())).build()) {
			assertThatExceptionOfType(OpenTokProxyAuthenticationException.class).isThrownBy(() -> send(client, "hi"))
				.withMessage("signal.send failed: the SOCKS5 proxy 127.0.0.1:" + this.socksProxy.port()
						+ " refused the call: no proxy credentials are set (it requires authentication)");
		}
		assertThat(this.socksProxy.refused()).isEqualTo(1);
		openTok.assertNoRequest();
	}

	@Test
	void anUnreachableProxyIsATransportErrorNotARefusal() throws Exception {
		int closedPort = this.httpProxy.port();
		this.httpProxy.close();
		try (ReactiveOpenTok client = client(ProxySettings.http("127.0.0.1", closedPort)).build()) {
			assertThatExceptionOfType(OpenTokTransportException.class).isThrownBy(() -> send(client, "hi"))
				.isNotInstanceOf(OpenTokProxyAuthenticationException.class);
		}
		openTok.assertNoRequest();
	}

	@Test
	void nonProxyHostsAreReachedDirectly() {
		ProxySettings http = ProxySettings.http("127.0.0.1", this.httpProxy.port())
			.withCredentials("alice", PASSWORD)
			.withNonProxyHosts(List.of("*.example.com", "localhost"));
		ProxySettings socks = ProxySettings.socks("127.0.0.1", this.socksProxy.port())
			.withCredentials("alice", PASSWORD)
			.withNonProxyHosts(List.of("LOCAL*"));
		for (ProxySettings proxy : List.of(http, socks)) {
			try (ReactiveOpenTok client = client(proxy).build()) {
				send(client, "hi");
			}
		}
		assertThat(openTok.server().retrieveRecordedRequests(request(SIGNAL_PATH).withMethod("POST"))).hasSize(2);
		assertThat(this.httpProxy.tunnelled()).isEmpty();
		assertThat(this.httpProxy.challenged()).isZero();
		assertThat(this.socksProxy.connected()).isEmpty();
	}

	@Test
	void aConnectorOfTheCallersIsLeftAsItIsAndRefusalsAreStillNamed() {
		ProxySettings proxy = ProxySettings.socks("127.0.0.1", this.socksProxy.port())
			.withCredentials("alice", PASSWORD);
		// the caller's connector goes direct: the builder's proxy is not applied to it
		try (ReactiveOpenTok client = client(proxy).clientConnector(new ReactorClientHttpConnector(HttpClient.create()))
			.build()) {
			send(client, "direct");
		}
		assertThat(openTok.onlyRequest().getPath().getValue()).isEqualTo(SIGNAL_PATH);
		assertThat(this.socksProxy.connected()).isEmpty();
		// a connector routed through the proxy by the caller (as the starter does) still
		// gives the typed error
		ProxySettings wrong = proxy.withCredentials("alice", "wrong-password");
		try (ReactiveOpenTok client = client(wrong)
			.clientConnector(new ReactorClientHttpConnector(ReactorNettyProxies.apply(HttpClient.create(), wrong)))
			.build()) {
			assertThatExceptionOfType(OpenTokProxyAuthenticationException.class).isThrownBy(() -> send(client, "x"))
				.satisfies((ex) -> assertThat(ex.getProxy()).isEqualTo(wrong));
		}
		assertThat(this.socksProxy.refused()).isEqualTo(1);
	}

	@Test
	void theJdkConnectorRefusesASocksProxyClearly() {
		assertThatIllegalStateException()
			.isThrownBy(() -> DefaultConnectors.create(Duration.ofSeconds(1), Duration.ofSeconds(1),
					ProxySettings.socks("127.0.0.1", 1080), false))
			.withMessageStartingWith("The JDK HttpClient cannot use the SOCKS5 proxy 127.0.0.1:1080");
	}

	@ParameterizedTest
	@CsvSource({ "localhost, localhost", "LOCALHOST, localhost", "localhost, LocalHost",
			"*.example.com, api.example.com", "*.example.com, example.com", "*.example.com, api.example.com.evil.org",
			"10.*, 10.1.2.3", "10.*, 110.1.2.3", "*internal*, my.internal.host", "::1, [::1]", "[::1], ::1",
			"127.0.0.1, 127.0.0.10", "api.opentok.com, api.opentok.com", "api.opentok.com, x.api.opentok.com",
			"*, anything" })
	void reactorNettyExcludesExactlyTheHostsTheSettingsExclude(String pattern, String host) {
		ProxySettings settings = ProxySettings.http("proxy.example.net", 3128).withNonProxyHosts(List.of(pattern));
		ProxyProvider provider = ReactorNettyProxies.provider(settings);
		assertThat(provider.shouldProxy(InetSocketAddress.createUnresolved(host, 443)))
			.as("%s against %s", host, pattern)
			.isEqualTo(settings.appliesTo(host));
		assertThat(provider.getType()).isEqualTo(ProxyProvider.Proxy.HTTP);
	}

	@Test
	void reactorNettyGetsTheTypeAddressAndCredentials() {
		ProxyProvider socks = ReactorNettyProxies
			.provider(ProxySettings.socks("127.0.0.1", 1080).withCredentials("alice", PASSWORD));
		assertThat(socks.getType()).isEqualTo(ProxyProvider.Proxy.SOCKS5);
		assertThat(socks.getProxyAddress()).isInstanceOfSatisfying(InetSocketAddress.class, (address) -> {
			assertThat(address.getHostString()).isEqualTo("127.0.0.1");
			assertThat(address.getPort()).isEqualTo(1080);
		});
		assertThat(socks.toString()).doesNotContain(PASSWORD);
		assertThat(socks.shouldProxy(InetSocketAddress.createUnresolved("localhost", 80))).isTrue();
	}

	private static void send(ReactiveOpenTok client, String data) {
		client.signals().sendToSession(MockOpenTok.SESSION_ID, Signal.of("chat", data)).block(TIMEOUT);
	}

	private static String apiUrl() {
		return "http://localhost:" + openTok.server().getPort();
	}

	private static ReactiveOpenTok.Builder client(ProxySettings proxy) {
		return ReactiveOpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
			.apiUrl(openTok.apiUrl())
			.proxy(proxy)
			.connectTimeout(Duration.ofSeconds(2))
			.readTimeout(Duration.ofSeconds(5))
			.retryPolicy(RetryPolicy.none());
	}

	private static ClientHttpConnector jdkConnector(ProxySettings proxy) {
		return DefaultConnectors.create(Duration.ofSeconds(2), Duration.ofSeconds(5), proxy, false).connector();
	}

}
