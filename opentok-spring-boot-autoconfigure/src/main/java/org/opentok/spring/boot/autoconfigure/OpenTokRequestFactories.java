package org.opentok.spring.boot.autoconfigure;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ReactorClientHttpRequestFactoryBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;

import org.opentok.spring.client.core.ProxySettings;
import org.opentok.spring.client.internal.JdkProxies;
import org.opentok.spring.client.internal.LazyClientHttpRequestFactory;
import org.opentok.spring.client.internal.ReactorNettyProxies;

/**
 * Builds the OpenTok client's request factory the way Spring Boot builds its own: the
 * app's {@link ClientHttpRequestFactoryBuilder} (or the detected one) and
 * {@link HttpClientSettings} ({@code spring.http.clients.*}: proxy, SSL, redirects),
 * overlaid with the {@code opentok.*} timeouts, and adapted by the client's integration
 * when there is one. The starter brings Apache HttpClient 5, which {@code detect()}
 * prefers, so that is the default unless {@code spring.http.clients.imperative.factory}
 * names another. Only loaded when Boot's HTTP client support is on the class path.
 */
final class OpenTokRequestFactories {

	private final ClientHttpRequestFactoryBuilder<?> builder;

	private final HttpClientSettings settings;

	private final BuilderAdapter adapter;

	OpenTokRequestFactories(ClientHttpRequestFactoryBuilder<?> builder, HttpClientSettings settings,
			BuilderAdapter adapter) {
		this.builder = builder;
		this.settings = settings;
		this.adapter = adapter;
	}

	/**
	 * Returns a request factory that builds the HTTP client on the first request (its TLS
	 * set-up is the slowest part of a cold start) and closes it with the transport.
	 */
	ClientHttpRequestFactory create(Duration connectTimeout, Duration readTimeout, int maxConnections,
			@Nullable ProxySettings proxy) {
		return new LazyClientHttpRequestFactory(builder(connectTimeout, readTimeout, maxConnections, proxy));
	}

	/**
	 * Returns what builds the request factory. Redirects are never followed, whatever
	 * {@code spring.http.clients.redirects} says for the app's other clients: OpenTok
	 * never redirects an API call, and following one would send the credentials
	 * elsewhere. A builder of the app's own ({@code ClientHttpRequestFactoryBuilder.of})
	 * whose factory Boot cannot tell not to follow is used as it is.
	 */
	Supplier<ClientHttpRequestFactory> builder(Duration connectTimeout, Duration readTimeout, int maxConnections,
			@Nullable ProxySettings proxy) {
		HttpClientSettings timed = this.settings.withTimeouts(connectTimeout, readTimeout);
		ClientHttpRequestFactoryBuilder<?> trimmed = this.adapter.adapt(this.builder, maxConnections);
		ClientHttpRequestFactoryBuilder<?> adapted = (proxy != null) ? withProxy(trimmed, proxy, timed, maxConnections)
				: trimmed;
		HttpClientSettings applied = canRefuseRedirects(adapted) ? timed.withRedirects(HttpRedirects.DONT_FOLLOW)
				: timed;
		return () -> adapted.build(applied);
	}

	private ClientHttpRequestFactoryBuilder<?> withProxy(ClientHttpRequestFactoryBuilder<?> builder,
			ProxySettings proxy, HttpClientSettings settings, int maxConnections) {
		if (builder instanceof JdkClientHttpRequestFactoryBuilder jdk) {
			if (proxy.type() == ProxySettings.Type.SOCKS) {
				throw new OpenTokConfigurationException("opentok.proxy.type", "socks",
						"the JDK HttpClient, which the OpenTok client uses, supports HTTP proxies only.",
						"Put Apache HttpClient 5 (org.apache.httpcomponents.client5:httpclient5) on the class path and "
								+ "let spring.http.clients.imperative.factory select it, or use an HTTP proxy.");
			}
			return jdk.withHttpClientCustomizer((httpClient) -> JdkProxies.apply(httpClient, proxy));
		}
		if (builder instanceof ReactorClientHttpRequestFactoryBuilder reactor) {
			return ReactorNetty.withProxy(reactor, proxy);
		}
		ClientHttpRequestFactoryBuilder<?> proxied = this.adapter.withProxy(builder, proxy, settings, maxConnections);
		if (proxied == null) {
			throw new OpenTokConfigurationException("opentok.proxy.host",
					"opentok.proxy.* applies to Apache HttpClient 5, Reactor Netty and the JDK HttpClient, but the OpenTok client's "
							+ "HTTP client is built by " + builder.getClass().getSimpleName() + ".",
					"Set spring.http.clients.imperative.factory to http-components or reactor (or jdk for an HTTP proxy), "
							+ "or remove opentok.proxy.host.");
		}
		return proxied;
	}

	/**
	 * Whether the builder can be told not to follow redirects: Boot's builder of a
	 * factory of the app's own ({@code ClientHttpRequestFactoryBuilder.of}) fails on a
	 * redirect setting that it cannot apply by reflection.
	 * <p>
	 * The {@code opentok.proxy.*} proxy is applied to Apache HttpClient 5 and Reactor
	 * Netty (HTTP and SOCKS) and the JDK client (HTTP); with another client, or a SOCKS
	 * proxy and the JDK client, the app fails to start rather than call OpenTok around
	 * its proxy.
	 * @throws OpenTokConfigurationException if the proxy cannot be applied
	 */
	private static boolean canRefuseRedirects(ClientHttpRequestFactoryBuilder<?> builder) {
		return !builder.getClass().getSimpleName().startsWith("ReflectiveComponents");
	}

	/**
	 * Adapts Boot's builder to one HTTP client library for the OpenTok client.
	 */
	@FunctionalInterface
	interface BuilderAdapter {

		/**
		 * Leaves every builder as it is.
		 */
		BuilderAdapter NONE = (builder, maxConnections) -> builder;

		/**
		 * Adapts the builder.
		 * @param builder the app's builder
		 * @param maxConnections {@code opentok.max-connections}
		 * @return the builder to use
		 */
		ClientHttpRequestFactoryBuilder<?> adapt(ClientHttpRequestFactoryBuilder<?> builder, int maxConnections);

		/**
		 * Routes the builder's client through a proxy.
		 * @param builder the adapted builder
		 * @param proxy the proxy
		 * @param settings the client's settings, timeouts and SSL bundle included
		 * @param maxConnections {@code opentok.max-connections}
		 * @return the builder to use, or {@code null} if this adapter cannot apply a
		 * proxy to it
		 */
		default @Nullable ClientHttpRequestFactoryBuilder<?> withProxy(ClientHttpRequestFactoryBuilder<?> builder,
				ProxySettings proxy, HttpClientSettings settings, int maxConnections) {
			return null;
		}

	}

	/**
	 * Kept apart so that Reactor Netty's classes load only when it is the client.
	 */
	private static final class ReactorNetty {

		static ClientHttpRequestFactoryBuilder<?> withProxy(ReactorClientHttpRequestFactoryBuilder builder,
				ProxySettings proxy) {
			return builder.withHttpClientCustomizer((httpClient) -> ReactorNettyProxies.apply(httpClient, proxy));
		}

	}

}
