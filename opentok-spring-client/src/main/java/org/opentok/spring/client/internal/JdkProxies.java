package org.opentok.spring.client.internal;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.ProxySettings;

/**
 * Applies {@link ProxySettings} to the JDK's {@link HttpClient}: a proxy selector that
 * sends every call to the proxy but those to excluded hosts, and an authenticator that
 * answers the proxy's {@code 407} challenges and nothing else. The JDK client cannot use
 * SOCKS proxies. Over HTTPS the JDK refuses Basic credentials for the {@code CONNECT}
 * tunnel unless the app clears {@code jdk.http.auth.tunneling.disabledSchemes}.
 *
 * @since 0.1.0
 */
public final class JdkProxies {

	private JdkProxies() {
	}

	/**
	 * Routes an HTTP client's calls through the proxy, with its credentials.
	 * @param httpClient the client's builder
	 * @param proxy the proxy
	 * @throws IllegalStateException if the proxy is a SOCKS proxy
	 */
	public static void apply(HttpClient.Builder httpClient, ProxySettings proxy) {
		requireSupported(proxy);
		httpClient.proxy(new Selector(proxy));
		String username = proxy.username();
		String password = proxy.password();
		if (username != null && password != null) {
			httpClient.authenticator(new ProxyAuthenticator(username, password));
		}
	}

	/**
	 * Refuses settings the JDK client cannot apply.
	 * @param proxy the proxy
	 * @throws IllegalStateException if the proxy is a SOCKS proxy
	 */
	public static void requireSupported(ProxySettings proxy) {
		if (proxy.type() == ProxySettings.Type.SOCKS) {
			throw new IllegalStateException("The JDK HttpClient cannot use the " + proxy.describe()
					+ ": it supports HTTP proxies only. Put Apache HttpClient 5 (org.apache.httpcomponents.client5:"
					+ "httpclient5) on the class path, which the OpenTok client then uses with SOCKS proxies");
		}
	}

	private static final class Selector extends ProxySelector {

		private final ProxySettings settings;

		private final List<Proxy> proxy;

		Selector(ProxySettings settings) {
			this.settings = settings;
			this.proxy = List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(settings.host(), settings.port())));
		}

		@Override
		public List<Proxy> select(URI uri) {
			return this.settings.appliesTo(uri) ? this.proxy : List.of(Proxy.NO_PROXY);
		}

		@Override
		public void connectFailed(URI uri, SocketAddress address, IOException failure) {
			// the client reports the failure itself
		}

	}

	private static final class ProxyAuthenticator extends Authenticator {

		private final String username;

		private final String password;

		ProxyAuthenticator(String username, String password) {
			this.username = username;
			this.password = password;
		}

		@Override
		protected @Nullable PasswordAuthentication getPasswordAuthentication() {
			return (getRequestorType() == RequestorType.PROXY)
					? new PasswordAuthentication(this.username, this.password.toCharArray()) : null;
		}

	}

}
