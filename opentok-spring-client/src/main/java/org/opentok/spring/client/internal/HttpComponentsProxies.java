package org.opentok.spring.client.internal;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.routing.DefaultProxyRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.ProxySettings;

/**
 * Applies {@link ProxySettings} to Apache HttpClient 5, for the transport's default
 * client and for the one the starter builds with Spring Boot. An HTTP proxy is
 * HttpClient's own proxy route, its credentials answer the proxy's {@code 407} challenges
 * (scoped to the proxy, so they never reach another host); a SOCKS proxy is a connection
 * manager whose sockets are {@link Socks5Socket}s, with its own credentials. Hosts the
 * settings exclude are reached directly. Only loaded when HttpClient 5 is on the class
 * path.
 *
 * @since 0.1.0
 */
public final class HttpComponentsProxies {

	private HttpComponentsProxies() {
	}

	/**
	 * Routes an HTTP client's calls through an HTTP proxy, with its credentials.
	 * @param httpClient the client's builder
	 * @param proxy the proxy, of type HTTP
	 * @throws IllegalArgumentException if the proxy is a SOCKS proxy, which needs
	 * {@link #socksConnections(ProxySettings, ConnectionConfig, int, TlsSocketStrategy)}
	 */
	public static void routeThroughHttpProxy(HttpClientBuilder httpClient, ProxySettings proxy) {
		if (proxy.type() != ProxySettings.Type.HTTP) {
			throw new IllegalArgumentException("'proxy' must be an HTTP proxy, got " + proxy.describe());
		}
		HttpHost proxyHost = new HttpHost(proxy.host(), proxy.port());
		httpClient.setRoutePlanner(new DefaultProxyRoutePlanner(proxyHost) {

			@Override
			protected @Nullable HttpHost determineProxy(HttpHost target, @Nullable HttpContext context) {
				return proxy.appliesTo(target.getHostName()) ? proxyHost : null;
			}

		});
		String username = proxy.username();
		String password = proxy.password();
		if (username != null && password != null) {
			BasicCredentialsProvider credentials = new BasicCredentialsProvider();
			credentials.setCredentials(new AuthScope(proxyHost),
					new UsernamePasswordCredentials(username, password.toCharArray()));
			httpClient.setDefaultCredentialsProvider(credentials);
		}
	}

	/**
	 * Returns a pooling connection manager whose connections go through a SOCKS proxy.
	 * @param proxy the proxy, of type SOCKS
	 * @param connectionConfig the connections' timeouts
	 * @param maxConnections the most connections open at once
	 * @param tls how HTTPS connections are secured, or {@code null} for the JDK's default
	 * trust
	 * @return the connection manager
	 */
	public static PoolingHttpClientConnectionManager socksConnections(ProxySettings proxy,
			ConnectionConfig connectionConfig, int maxConnections, @Nullable TlsSocketStrategy tls) {
		DefaultHttpClientConnectionOperator operator = new DefaultHttpClientConnectionOperator(
				(socksProxy) -> new Socks5Socket(proxy), DefaultSchemePortResolver.INSTANCE,
				SystemDefaultDnsResolver.INSTANCE,
				RegistryBuilder.<TlsSocketStrategy>create()
					.register(URIScheme.HTTPS.id, (tls != null) ? tls : DefaultClientTlsStrategy.createDefault())
					.build());
		PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager(operator,
				PoolConcurrencyPolicy.STRICT, PoolReusePolicy.LIFO, TimeValue.NEG_ONE_MILLISECOND, null);
		connections.setDefaultConnectionConfig(connectionConfig);
		connections.setMaxTotal(maxConnections);
		connections.setDefaultMaxPerRoute(maxConnections);
		return connections;
	}

}
