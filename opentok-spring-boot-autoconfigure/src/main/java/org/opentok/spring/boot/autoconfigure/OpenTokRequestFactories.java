package org.opentok.spring.boot.autoconfigure;

import java.time.Duration;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.ClassUtils;

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

	static ClientHttpRequestFactory create(BeanFactory beanFactory, Duration connectTimeout, Duration readTimeout) {
		ClientHttpRequestFactoryBuilder<?> builder = beanFactory.getBeanProvider(ClientHttpRequestFactoryBuilder.class)
			.getIfAvailable(ClientHttpRequestFactoryBuilder::detect);
		if (HTTP_COMPONENTS_PRESENT) {
			builder = OpenTokHttpComponents.adapt(builder);
		}
		HttpClientSettings settings = beanFactory.getBeanProvider(HttpClientSettings.class)
			.getIfAvailable(HttpClientSettings::defaults);
		return builder.build(settings.withTimeouts(connectTimeout, readTimeout));
	}

}
