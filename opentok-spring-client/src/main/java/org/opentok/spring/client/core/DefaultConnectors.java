package org.opentok.spring.client.core;

import java.net.http.HttpClient;
import java.time.Duration;

import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.ClassUtils;

import org.opentok.spring.client.internal.JdkProxies;
import org.opentok.spring.client.internal.ReactorNettyProxies;

/**
 * The connector a reactive transport uses when it is given none: Reactor Netty, with a
 * connection pool of its own, when it is on the class path; the JDK's HTTP client
 * otherwise. Both with the transport's connect timeout, and its read timeout as the
 * longest silence while waiting for or reading an answer; neither follows redirects. A
 * proxy is applied to either: HTTP and SOCKS5 with Reactor Netty, HTTP only with the JDK
 * client.
 */
final class DefaultConnectors {

	private static final boolean REACTOR_NETTY_PRESENT = ClassUtils.isPresent("reactor.netty.http.client.HttpClient",
			DefaultConnectors.class.getClassLoader());

	private DefaultConnectors() {
	}

	static Owned create(Duration connectTimeout, Duration readTimeout, @Nullable ProxySettings proxy) {
		return create(connectTimeout, readTimeout, proxy, REACTOR_NETTY_PRESENT);
	}

	/**
	 * Creates the connector of the given kind.
	 * @throws IllegalStateException if the proxy is a SOCKS proxy and the JDK client is
	 * asked for
	 */
	static Owned create(Duration connectTimeout, Duration readTimeout, @Nullable ProxySettings proxy,
			boolean reactorNetty) {
		return reactorNetty ? ReactorNetty.create(connectTimeout, readTimeout, proxy)
				: jdk(connectTimeout, readTimeout, proxy);
	}

	private static Owned jdk(Duration connectTimeout, Duration readTimeout, @Nullable ProxySettings proxy) {
		HttpClient.Builder builder = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(connectTimeout);
		if (proxy != null) {
			JdkProxies.apply(builder, proxy);
		}
		JdkClientHttpConnector connector = new JdkClientHttpConnector(builder.build());
		connector.setReadTimeout(readTimeout);
		return new Owned(connector, () -> {
			// the JDK client closes its connections when it is collected
		});
	}

	/**
	 * A connector and what closes it.
	 *
	 * @param connector the connector
	 * @param closer releases its connections
	 */
	record Owned(ClientHttpConnector connector, AutoCloseable closer) implements AutoCloseable {

		@Override
		public void close() throws Exception {
			this.closer.close();
		}

	}

	/**
	 * Kept apart so that Reactor Netty's classes load only when it is present.
	 */
	private static final class ReactorNetty {

		static Owned create(Duration connectTimeout, Duration readTimeout, @Nullable ProxySettings proxy) {
			ConnectionProvider pool = ConnectionProvider.builder("opentok").build();
			reactor.netty.http.client.HttpClient client = reactor.netty.http.client.HttpClient.create(pool)
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
						(int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
				.responseTimeout(readTimeout)
				.followRedirect(false);
			if (proxy != null) {
				client = ReactorNettyProxies.apply(client, proxy);
			}
			return new Owned(new ReactorClientHttpConnector(client), pool::dispose);
		}

	}

}
