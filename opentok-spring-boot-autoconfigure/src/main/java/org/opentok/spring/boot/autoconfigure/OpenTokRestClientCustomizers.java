package org.opentok.spring.boot.autoconfigure;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.web.client.RestClient;

/**
 * Applies the app's {@link RestClientCustomizer} beans (Boot's message converters and
 * {@code http.client.requests} observations among them) to the OpenTok client's builder,
 * as Boot does for its HTTP service clients. Unlike Boot's {@code RestClient.Builder}
 * bean, this builds no HTTP client: the transport brings its own, built on the first
 * request. Only loaded when Boot's {@code RestClient} support is on the class path.
 */
final class OpenTokRestClientCustomizers {

	private OpenTokRestClientCustomizers() {
	}

	static RestClient.Builder apply(BeanFactory beanFactory, RestClient.Builder builder) {
		beanFactory.getBeanProvider(RestClientCustomizer.class)
			.orderedStream()
			.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

}
