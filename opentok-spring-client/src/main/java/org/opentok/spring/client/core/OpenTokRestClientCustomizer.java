package org.opentok.spring.client.core;

import org.springframework.web.client.RestClient;

/**
 * Callback that customises the {@link RestClient.Builder} of the OpenTok client. Applied
 * last, after the request factory, headers, auth and error handling are set, so it can
 * override any of them. The base URL is not among them: the transport sends every request
 * to an absolute URI built from its own API URL.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface OpenTokRestClientCustomizer {

	/**
	 * Customises the builder.
	 * @param builder the builder of the OpenTok client's {@link RestClient}
	 */
	void customize(RestClient.Builder builder);

}
