package org.opentok.spring.boot.autoconfigure;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;

/**
 * Trims the app's Apache HttpClient 5 for the OpenTok client, keeping everything else
 * Boot and the app configured (SSL, proxy, redirects, their customizers). HttpClient
 * retries 429 and 503 answers and I/O failures on its own, which would multiply the
 * attempts of {@code opentok.retry.*}; cookies, compression, auth caching and connection
 * state serve no OpenTok call and each cost allocation per call. Only loaded when
 * HttpClient 5 is on the class path.
 */
final class OpenTokHttpComponents {

	private OpenTokHttpComponents() {
	}

	static ClientHttpRequestFactoryBuilder<?> adapt(ClientHttpRequestFactoryBuilder<?> builder) {
		if (builder instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
			return httpComponents.withHttpClientCustomizer(OpenTokHttpComponents::trim);
		}
		return builder;
	}

	private static void trim(HttpClientBuilder httpClient) {
		httpClient.disableAutomaticRetries()
			.disableCookieManagement()
			.disableContentCompression()
			.disableAuthCaching()
			.disableConnectionState();
	}

}
