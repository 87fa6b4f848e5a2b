package org.opentok.spring.client.core;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

import org.opentok.spring.client.internal.AbortableHttpClient;
import org.opentok.spring.client.internal.HttpComponentsProxies;

/**
 * Builds the Apache HttpClient 5 request factory; only loaded when HttpClient 5 is on the
 * class path. It behaves as the JDK client did before it: no redirects, no cookies, no
 * compression, the configured proxy (else the system's HTTP proxy) for the API URL, and
 * no retries of its own, because HttpClient's default strategy would also retry 429 and
 * 503 behind the transport's {@link RetryPolicy}. Without a proxy that is HttpClient's
 * minimal client, which skips the redirect, retry and authentication stages altogether:
 * OpenTok authenticates with a header, and those stages cost about 2 KB per call in the
 * benchmarks.
 */
final class HttpComponentsRequestFactory {

	/**
	 * HttpClient's pool allows 5 connections per host by default, too few for an app that
	 * calls OpenTok from many request threads at once.
	 */
	private static final int MAX_CONNECTIONS = 50;

	private HttpComponentsRequestFactory() {
	}

	static ClientHttpRequestFactory create(URI apiUrl, Duration connectTimeout, Duration readTimeout,
			@Nullable ProxySettings proxySettings) {
		ConnectionConfig connectionConfig = ConnectionConfig.custom()
			.setConnectTimeout(Timeout.of(connectTimeout))
			.setSocketTimeout(Timeout.of(readTimeout))
			// an idle kept-alive connection the server may have closed is checked before
			// reuse, since the client does not retry
			.setValidateAfterInactivity(TimeValue.ofSeconds(2))
			.build();
		if (proxySettings != null && proxySettings.appliesTo(apiUrl)) {
			return viaProxy(proxySettings, connectionConfig);
		}
		PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setDefaultConnectionConfig(connectionConfig)
			.setMaxConnPerRoute(MAX_CONNECTIONS)
			.setMaxConnTotal(MAX_CONNECTIONS)
			.build();
		HttpHost proxy = (proxySettings != null) ? null : systemProxyFor(apiUrl);
		if (proxy == null) {
			return new HttpComponentsClientHttpRequestFactory(
					new AbortableHttpClient(HttpClients.createMinimal(connections)));
		}
		HttpClientBuilder viaProxy = trimmed(HttpClients.custom().setConnectionManager(connections).setProxy(proxy));
		return new HttpComponentsClientHttpRequestFactory(new AbortableHttpClient(viaProxy.build()));
	}

	/**
	 * Builds the client that goes through the configured proxy: HttpClient's proxy route
	 * and credentials for an HTTP proxy, SOCKS sockets for a SOCKS one.
	 */
	private static ClientHttpRequestFactory viaProxy(ProxySettings proxy, ConnectionConfig connectionConfig) {
		HttpClientBuilder httpClient = trimmed(HttpClients.custom());
		if (proxy.type() == ProxySettings.Type.SOCKS) {
			httpClient.setConnectionManager(
					HttpComponentsProxies.socksConnections(proxy, connectionConfig, MAX_CONNECTIONS, null));
		}
		else {
			httpClient.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDefaultConnectionConfig(connectionConfig)
				.setMaxConnPerRoute(MAX_CONNECTIONS)
				.setMaxConnTotal(MAX_CONNECTIONS)
				.build());
			HttpComponentsProxies.routeThroughHttpProxy(httpClient, proxy);
		}
		return new HttpComponentsClientHttpRequestFactory(new AbortableHttpClient(httpClient.build()));
	}

	private static HttpClientBuilder trimmed(HttpClientBuilder httpClient) {
		return httpClient.disableRedirectHandling()
			.disableCookieManagement()
			.disableContentCompression()
			.disableAutomaticRetries()
			.disableAuthCaching()
			.disableConnectionState();
	}

	/**
	 * Looks the system proxy up once: HttpClient's system route planner asks the
	 * {@link ProxySelector} on every call, which cost close to 1 KB per call in the
	 * benchmarks.
	 */
	private static @Nullable HttpHost systemProxyFor(URI apiUrl) {
		ProxySelector selector = ProxySelector.getDefault();
		if (selector == null) {
			return null;
		}
		for (Proxy proxy : selector.select(apiUrl)) {
			if (proxy.type() == Proxy.Type.HTTP && proxy.address() instanceof InetSocketAddress address) {
				return new HttpHost(address.getHostString(), address.getPort());
			}
		}
		return null;
	}

}
