package org.opentok.spring.client.internal;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.function.Predicate;

import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

import org.opentok.spring.client.core.ProxySettings;

/**
 * Applies {@link ProxySettings} to Reactor Netty's {@link HttpClient}, for the reactive
 * transport's default connector and for one the starter builds with Spring Boot. An HTTP
 * proxy is reached with {@code CONNECT} (for plain HTTP targets too, as Netty's proxy
 * handler always tunnels) and its credentials are sent with HTTP Basic; a SOCKS5 proxy
 * gets its RFC 1929 username and password. Hosts the settings exclude are reached
 * directly, decided by {@link ProxySettings#appliesTo(String)} itself, so that the
 * exclusions mean exactly what they mean to the blocking clients; Reactor Netty's own
 * default exclusions ({@code localhost}, {@code 127.*}) do not apply. Only loaded when
 * Reactor Netty is on the class path.
 *
 * @since 0.1.0
 */
public final class ReactorNettyProxies {

	private ReactorNettyProxies() {
	}

	/**
	 * Returns a copy of the client whose connections go through the proxy.
	 * @param httpClient the client
	 * @param proxy the proxy
	 * @return the client routed through the proxy
	 */
	public static HttpClient apply(HttpClient httpClient, ProxySettings proxy) {
		Arguments.requireNonNull(httpClient, "httpClient");
		Arguments.requireNonNull(proxy, "proxy");
		return httpClient.proxy((spec) -> configure(spec, proxy));
	}

	/**
	 * Returns Reactor Netty's description of the proxy.
	 * @param proxy the proxy
	 * @return the provider, as {@link #apply(HttpClient, ProxySettings)} sets it
	 */
	public static ProxyProvider provider(ProxySettings proxy) {
		Arguments.requireNonNull(proxy, "proxy");
		ProxyProvider.Builder builder = configure(ProxyProvider.builder(), proxy);
		return builder.build();
	}

	/**
	 * Returns which target addresses are reached without the proxy: those whose host (the
	 * name as given, not a resolved address) the settings exclude.
	 * @param proxy the proxy
	 * @return the predicate, {@code true} for a target reached directly
	 */
	public static Predicate<SocketAddress> nonProxyHosts(ProxySettings proxy) {
		Arguments.requireNonNull(proxy, "proxy");
		return (address) -> address instanceof InetSocketAddress target && !proxy.appliesTo(target.getHostString());
	}

	private static ProxyProvider.Builder configure(ProxyProvider.TypeSpec spec, ProxySettings proxy) {
		ProxyProvider.Proxy type = (proxy.type() == ProxySettings.Type.SOCKS) ? ProxyProvider.Proxy.SOCKS5
				: ProxyProvider.Proxy.HTTP;
		ProxyProvider.Builder builder = spec.type(type)
			.host(proxy.host())
			.port(proxy.port())
			.nonProxyHostsPredicate(nonProxyHosts(proxy));
		String username = proxy.username();
		String password = proxy.password();
		if (username != null && password != null) {
			builder.username(username).password((user) -> password);
		}
		return builder;
	}

}
