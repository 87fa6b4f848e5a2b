package org.opentok.spring.client.core;

import java.net.http.HttpClient;
import java.time.Duration;

import io.netty.channel.ChannelOption;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.ClassUtils;

/**
 * The connector a reactive transport uses when it is given none: Reactor Netty, with a
 * connection pool of its own, when it is on the class path; the JDK's HTTP client
 * otherwise. Both with the transport's connect timeout, and its read timeout as the
 * longest silence while waiting for or reading an answer; neither follows redirects.
 */
final class DefaultConnectors {

	private static final boolean REACTOR_NETTY_PRESENT = ClassUtils.isPresent("reactor.netty.http.client.HttpClient",
			DefaultConnectors.class.getClassLoader());

	private DefaultConnectors() {
	}

	static Owned create(Duration connectTimeout, Duration readTimeout) {
		return REACTOR_NETTY_PRESENT ? ReactorNetty.create(connectTimeout, readTimeout)
				: jdk(connectTimeout, readTimeout);
	}

	private static Owned jdk(Duration connectTimeout, Duration readTimeout) {
		HttpClient httpClient = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(connectTimeout)
			.build();
		JdkClientHttpConnector connector = new JdkClientHttpConnector(httpClient);
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

		static Owned create(Duration connectTimeout, Duration readTimeout) {
			ConnectionProvider pool = ConnectionProvider.builder("opentok").build();
			reactor.netty.http.client.HttpClient client = reactor.netty.http.client.HttpClient.create(pool)
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
						(int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
				.responseTimeout(readTimeout)
				.followRedirect(false);
			return new Owned(new ReactorClientHttpConnector(client), pool::dispose);
		}

	}

}
