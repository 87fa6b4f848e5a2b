package org.opentok.spring.boot.autoconfigure;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

import org.opentok.spring.client.internal.AbortableHttpClient;

/**
 * Trims the app's Apache HttpClient 5 for the OpenTok client, keeping everything else
 * Boot and the app configured (SSL, proxy, their customizers), sizes its connection pool
 * by {@code opentok.max-connections} (HttpClient's default of 5 makes concurrent calls
 * queue), and lets the call deadline abort its exchanges. HttpClient retries 429 and 503
 * answers and I/O failures on its own, which would multiply the attempts of
 * {@code opentok.retry.*}; cookies, compression, auth caching and connection state serve
 * no OpenTok call and each cost allocation per call. Only loaded when HttpClient 5 is on
 * the class path.
 */
final class OpenTokHttpComponents {

	private OpenTokHttpComponents() {
	}

	static ClientHttpRequestFactoryBuilder<?> adapt(ClientHttpRequestFactoryBuilder<?> builder, int maxConnections) {
		if (builder instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
			return httpComponents.withHttpClientCustomizer(OpenTokHttpComponents::trim)
				.withConnectionManagerCustomizer(
						(connections) -> connections.setMaxConnTotal(maxConnections).setMaxConnPerRoute(maxConnections))
				.withCustomizer(OpenTokHttpComponents::abortable);
		}
		return builder;
	}

	/**
	 * Lets a call's deadline abort the exchange the client is blocked in.
	 */
	private static void abortable(HttpComponentsClientHttpRequestFactory factory) {
		factory.setHttpClient(new AbortableHttpClient((CloseableHttpClient) factory.getHttpClient()));
	}

	private static void trim(HttpClientBuilder httpClient) {
		httpClient.disableAutomaticRetries()
			.disableCookieManagement()
			.disableContentCompression()
			.disableAuthCaching()
			.disableConnectionState();
	}

}
