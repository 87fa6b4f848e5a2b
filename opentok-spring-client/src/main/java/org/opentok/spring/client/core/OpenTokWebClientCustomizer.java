package org.opentok.spring.client.core;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Callback that customises the {@link WebClient.Builder} of the reactive OpenTok client.
 * Applied last, after the connector, headers and filters are set, so it can override any
 * of them. The base URL is not among them: the transport sends every request to an
 * absolute URI built from its own API URL.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface OpenTokWebClientCustomizer {

	/**
	 * Customises the builder.
	 * @param builder the builder of the reactive OpenTok client's {@link WebClient}
	 */
	void customize(WebClient.Builder builder);

}
