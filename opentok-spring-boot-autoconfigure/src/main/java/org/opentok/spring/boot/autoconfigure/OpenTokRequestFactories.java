package org.opentok.spring.boot.autoconfigure;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.ClassUtils;

import org.opentok.spring.client.internal.LazyClientHttpRequestFactory;

/**
 * Builds the OpenTok client's request factory the way Spring Boot builds its own: the
 * app's {@link ClientHttpRequestFactoryBuilder} (or the detected one) and
 * {@link HttpClientSettings} ({@code spring.http.clients.*}: proxy, SSL, redirects),
 * overlaid with the {@code opentok.*} timeouts. The starter brings Apache HttpClient 5,
 * which {@code detect()} prefers, so that is the default unless
 * {@code spring.http.clients.imperative.factory} names another. Only loaded when Boot's
 * HTTP client support is on the class path.
 */
final class OpenTokRequestFactories {

	private static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.impl.classic.HttpClientBuilder",
			OpenTokRequestFactories.class.getClassLoader());

	private OpenTokRequestFactories() {
	}

	/**
	 * Returns a request factory that builds the HTTP client on the first request (its TLS
	 * set-up is the slowest part of a cold start) and closes it with the transport.
	 */
	static ClientHttpRequestFactory create(BeanFactory beanFactory, Duration connectTimeout, Duration readTimeout,
			int maxConnections) {
		return new LazyClientHttpRequestFactory(builder(beanFactory, connectTimeout, readTimeout, maxConnections));
	}

	/**
	 * Returns what builds the request factory. Redirects are never followed, whatever
	 * {@code spring.http.clients.redirects} says for the app's other clients: OpenTok
	 * never redirects an API call, and following one would send the credentials
	 * elsewhere. A builder of the app's own ({@code ClientHttpRequestFactoryBuilder.of})
	 * whose factory Boot cannot tell not to follow is used as it is.
	 */
	static Supplier<ClientHttpRequestFactory> builder(BeanFactory beanFactory, Duration connectTimeout,
			Duration readTimeout, int maxConnections) {
		ClientHttpRequestFactoryBuilder<?> detected = beanFactory.getBeanProvider(ClientHttpRequestFactoryBuilder.class)
			.getIfAvailable(ClientHttpRequestFactoryBuilder::detect);
		ClientHttpRequestFactoryBuilder<?> builder = HTTP_COMPONENTS_PRESENT
				? OpenTokHttpComponents.adapt(detected, maxConnections) : detected;
		HttpClientSettings settings = beanFactory.getBeanProvider(HttpClientSettings.class)
			.getIfAvailable(HttpClientSettings::defaults)
			.withTimeouts(connectTimeout, readTimeout);
		HttpClientSettings applied = canRefuseRedirects(builder) ? settings.withRedirects(HttpRedirects.DONT_FOLLOW)
				: settings;
		return () -> builder.build(applied);
	}

	/**
	 * Whether the builder can be told not to follow redirects: Boot's builder of a
	 * factory of the app's own ({@code ClientHttpRequestFactoryBuilder.of}) fails on a
	 * redirect setting that it cannot apply by reflection.
	 */
	private static boolean canRefuseRedirects(ClientHttpRequestFactoryBuilder<?> builder) {
		return !builder.getClass().getSimpleName().startsWith("ReflectiveComponents");
	}

}
