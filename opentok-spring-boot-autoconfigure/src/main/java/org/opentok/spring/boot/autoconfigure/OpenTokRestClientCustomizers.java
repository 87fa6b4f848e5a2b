package org.opentok.spring.boot.autoconfigure;

import java.util.List;

import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.web.client.RestClient;

/**
 * Starts the OpenTok client's builder with the app's {@link RestClientCustomizer} beans
 * applied (Boot's message converters and {@code http.client.requests} observations among
 * them), as Boot does for its HTTP service clients. Unlike Boot's
 * {@code RestClient.Builder} bean, this builds no HTTP client: the transport brings its
 * own, built on the first request. Only loaded when Boot's {@code RestClient} support is
 * on the class path.
 */
final class OpenTokRestClientCustomizers {

	private final List<RestClientCustomizer> customizers;

	OpenTokRestClientCustomizers(List<RestClientCustomizer> customizers) {
		this.customizers = customizers;
	}

	RestClient.Builder newBuilder() {
		RestClient.Builder builder = RestClient.builder();
		this.customizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

}
