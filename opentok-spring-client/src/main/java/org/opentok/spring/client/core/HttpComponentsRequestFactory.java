package org.opentok.spring.client.core;

import java.time.Duration;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * Builds the Apache HttpClient 5 request factory; only loaded when HttpClient 5 is on the
 * class path. It behaves as the JDK client did before it: no redirects, no cookies, no
 * compression, system proxy settings, and no retries of its own, because HttpClient's
 * default strategy would also retry 429 and 503 behind the transport's
 * {@link RetryPolicy}.
 */
final class HttpComponentsRequestFactory {

	/**
	 * HttpClient's pool allows 5 connections per host by default, too few for an app that
	 * calls OpenTok from many request threads at once.
	 */
	private static final int MAX_CONNECTIONS = 50;

	private HttpComponentsRequestFactory() {
	}

	static ClientHttpRequestFactory create(Duration connectTimeout, Duration readTimeout) {
		ConnectionConfig connectionConfig = ConnectionConfig.custom()
			.setConnectTimeout(Timeout.of(connectTimeout))
			.setSocketTimeout(Timeout.of(readTimeout))
			// an idle kept-alive connection the server may have closed is checked before
			// reuse, since the client does not retry
			.setValidateAfterInactivity(TimeValue.ofSeconds(2))
			.build();
		PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setDefaultConnectionConfig(connectionConfig)
			.setMaxConnPerRoute(MAX_CONNECTIONS)
			.setMaxConnTotal(MAX_CONNECTIONS)
			.build();
		CloseableHttpClient httpClient = HttpClients.custom()
			.setConnectionManager(connections)
			.useSystemProperties()
			.disableRedirectHandling()
			.disableCookieManagement()
			.disableContentCompression()
			.disableAutomaticRetries()
			.build();
		return new HttpComponentsClientHttpRequestFactory(httpClient);
	}

}
