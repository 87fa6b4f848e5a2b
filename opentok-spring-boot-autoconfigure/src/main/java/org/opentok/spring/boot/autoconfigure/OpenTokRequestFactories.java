package org.opentok.spring.boot.autoconfigure;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.client.ClientHttpRequestFactory;

import org.opentok.spring.client.internal.LazyClientHttpRequestFactory;

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
	ClientHttpRequestFactory create(Duration connectTimeout, Duration readTimeout, int maxConnections) {
		return new LazyClientHttpRequestFactory(builder(connectTimeout, readTimeout, maxConnections));
	}

	/**
	 * Returns what builds the request factory. Redirects are never followed, whatever
	 * {@code spring.http.clients.redirects} says for the app's other clients: OpenTok
	 * never redirects an API call, and following one would send the credentials
	 * elsewhere. A builder of the app's own ({@code ClientHttpRequestFactoryBuilder.of})
	 * whose factory Boot cannot tell not to follow is used as it is.
	 */
	Supplier<ClientHttpRequestFactory> builder(Duration connectTimeout, Duration readTimeout, int maxConnections) {
		ClientHttpRequestFactoryBuilder<?> adapted = this.adapter.adapt(this.builder, maxConnections);
		HttpClientSettings timed = this.settings.withTimeouts(connectTimeout, readTimeout);
		HttpClientSettings applied = canRefuseRedirects(adapted) ? timed.withRedirects(HttpRedirects.DONT_FOLLOW)
				: timed;
		return () -> adapted.build(applied);
	}

	/**
	 * Whether the builder can be told not to follow redirects: Boot's builder of a
	 * factory of the app's own ({@code ClientHttpRequestFactoryBuilder.of}) fails on a
	 * redirect setting that it cannot apply by reflection.
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

	}

}
