package org.opentok.spring.boot.autoconfigure.reactive;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.JdkClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;

import org.opentok.spring.boot.autoconfigure.OpenTokConfigurationException;
import org.opentok.spring.client.core.ProxySettings;
import org.opentok.spring.client.internal.JdkProxies;
import org.opentok.spring.client.internal.ReactorNettyProxies;

/**
 * Applies the {@code opentok.proxy.*} proxy to the reactive client's connector as Spring
 * Boot builds it ({@link ClientHttpConnectorBuilder}, {@code spring.http.clients.*}):
 * Reactor Netty HTTP and SOCKS5 proxies, the JDK client HTTP proxies. With another
 * connector, or a SOCKS proxy and the JDK client, the app fails to start rather than call
 * OpenTok around its proxy, as {@code OpenTokRequestFactories} does for the blocking
 * client. The transport must be given the same settings
 * ({@code ReactiveOpenTokTransport.Builder.proxy}) so that a refusal is an
 * {@code OpenTokProxyAuthenticationException}. Only loaded when Boot's HTTP client
 * support is on the class path.
 */
final class OpenTokConnectorProxies {

	private OpenTokConnectorProxies() {
	}

	/**
	 * Returns the builder routed through the proxy.
	 * @param builder the app's connector builder
	 * @param proxy the proxy, from {@code properties.proxy().toSettings()}, or
	 * {@code null} for none
	 * @return the builder to build the connector with; the same builder without a proxy
	 * @throws OpenTokConfigurationException if the connector cannot use the proxy
	 */
	static ClientHttpConnectorBuilder<?> withProxy(ClientHttpConnectorBuilder<?> builder,
			@Nullable ProxySettings proxy) {
		if (proxy == null) {
			return builder;
		}
		if (builder instanceof ReactorClientHttpConnectorBuilder reactor) {
			return ReactorNetty.withProxy(reactor, proxy);
		}
		if (builder instanceof JdkClientHttpConnectorBuilder jdk) {
			if (proxy.type() == ProxySettings.Type.SOCKS) {
				throw new OpenTokConfigurationException("opentok.proxy.type", "socks",
						"the JDK HttpClient, which the reactive OpenTok client uses, supports HTTP proxies only.",
						"Put Reactor Netty (io.projectreactor.netty:reactor-netty-http) on the class path and let "
								+ "spring.http.clients.reactive.connector select it, or use an HTTP proxy.");
			}
			return jdk.withHttpClientCustomizer((httpClient) -> JdkProxies.apply(httpClient, proxy));
		}
		throw new OpenTokConfigurationException("opentok.proxy.host",
				"opentok.proxy.* applies to Reactor Netty and the JDK HttpClient, but the reactive OpenTok client's "
						+ "connector is built by " + builder.getClass().getSimpleName() + ".",
				"Set spring.http.clients.reactive.connector to reactor (or jdk for an HTTP proxy), "
						+ "or remove opentok.proxy.host.");
	}

	/**
	 * Kept apart so that Reactor Netty's classes load only when it is used.
	 */
	private static final class ReactorNetty {

		static ClientHttpConnectorBuilder<?> withProxy(ReactorClientHttpConnectorBuilder builder, ProxySettings proxy) {
			return builder.withHttpClientCustomizer((httpClient) -> ReactorNettyProxies.apply(httpClient, proxy));
		}

	}

}
