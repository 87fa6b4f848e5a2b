package org.opentok.spring.boot.autoconfigure;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.ClassUtils;

import org.opentok.spring.client.core.LazyClientHttpRequestFactory;

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
	static ClientHttpRequestFactory create(BeanFactory beanFactory, Duration connectTimeout, Duration readTimeout) {
		return new LazyClientHttpRequestFactory(builder(beanFactory, connectTimeout, readTimeout));
	}

	static Supplier<ClientHttpRequestFactory> builder(BeanFactory beanFactory, Duration connectTimeout,
			Duration readTimeout) {
		ClientHttpRequestFactoryBuilder<?> detected = beanFactory.getBeanProvider(ClientHttpRequestFactoryBuilder.class)
			.getIfAvailable(ClientHttpRequestFactoryBuilder::detect);
		ClientHttpRequestFactoryBuilder<?> builder = HTTP_COMPONENTS_PRESENT ? OpenTokHttpComponents.adapt(detected)
				: detected;
		HttpClientSettings settings = beanFactory.getBeanProvider(HttpClientSettings.class)
			.getIfAvailable(HttpClientSettings::defaults)
			.withTimeouts(connectTimeout, readTimeout);
		return () -> builder.build(settings);
	}

}
