package org.opentok.spring.boot.autoconfigure;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.reactor.ssl.SSLBufferMode;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

import org.opentok.spring.client.core.ProxySettings;
import org.opentok.spring.client.internal.AbortableHttpClient;
import org.opentok.spring.client.internal.HttpComponentsProxies;

/**
 * Trims the app's Apache HttpClient 5 for the OpenTok client, keeping everything else
 * Boot and the app configured (SSL, proxy, their customizers), sizes its connection pool
 * by {@code opentok.max-connections} (HttpClient's default of 5 makes concurrent calls
 * queue), and lets the call deadline abort its exchanges. HttpClient retries 429 and 503
 * answers and I/O failures on its own, which would multiply the attempts of
 * {@code opentok.retry.*}; cookies, compression, auth caching and connection state serve
 * no OpenTok call and each cost allocation per call. Applies the {@code opentok.proxy.*}
 * proxy. Only loaded when HttpClient 5 is on the class path.
 */
final class OpenTokHttpComponents implements OpenTokRequestFactories.BuilderAdapter {

	@Override
	public ClientHttpRequestFactoryBuilder<?> adapt(ClientHttpRequestFactoryBuilder<?> builder, int maxConnections) {
		if (builder instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
			return httpComponents.withHttpClientCustomizer(OpenTokHttpComponents::trim)
				.withConnectionManagerCustomizer(
						(connections) -> connections.setMaxConnTotal(maxConnections).setMaxConnPerRoute(maxConnections))
				.withCustomizer(OpenTokHttpComponents::abortable);
		}
		return builder;
	}

	/**
	 * Routes the client through the proxy: HttpClient's proxy route and credentials for
	 * an HTTP proxy; for a SOCKS proxy a connection manager of SOCKS sockets, which takes
	 * the place of Boot's (with the same timeouts, pool size and SSL bundle).
	 */
	@Override
	public @Nullable ClientHttpRequestFactoryBuilder<?> withProxy(ClientHttpRequestFactoryBuilder<?> builder,
			ProxySettings proxy, HttpClientSettings settings, int maxConnections) {
		if (!(builder instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents)) {
			return null;
		}
		if (proxy.type() == ProxySettings.Type.HTTP) {
			return httpComponents.withHttpClientCustomizer(
					(httpClient) -> HttpComponentsProxies.routeThroughHttpProxy(httpClient, proxy));
		}
		ConnectionConfig.Builder connectionConfig = ConnectionConfig.custom();
		if (settings.connectTimeout() != null) {
			connectionConfig.setConnectTimeout(Timeout.of(settings.connectTimeout()));
		}
		if (settings.readTimeout() != null) {
			connectionConfig.setSocketTimeout(Timeout.of(settings.readTimeout()));
		}
		TlsSocketStrategy tls = tls(settings.sslBundle());
		return httpComponents.withHttpClientCustomizer((httpClient) -> httpClient.setConnectionManager(
				HttpComponentsProxies.socksConnections(proxy, connectionConfig.build(), maxConnections, tls)));
	}

	private static @Nullable TlsSocketStrategy tls(@Nullable SslBundle bundle) {
		if (bundle == null) {
			return null;
		}
		SslOptions options = bundle.getOptions();
		return new DefaultClientTlsStrategy(bundle.createSslContext(), options.getEnabledProtocols(),
				options.getCiphers(), SSLBufferMode.STATIC, HttpsSupport.getDefaultHostnameVerifier());
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
