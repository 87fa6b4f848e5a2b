package org.opentok.spring.client.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.ClassUtils;

import org.opentok.spring.client.internal.JdkProxies;
import org.opentok.spring.client.internal.LazyClientHttpRequestFactory;

/**
 * The request factory a transport uses when it is given none: Apache HttpClient 5 when it
 * is on the class path, the JDK's HTTP client otherwise, each through the
 * {@link ProxySettings proxy} when one is set (the JDK client: HTTP proxies only).
 * Measured in the benchmarks module, a call through HttpClient 5 runs on the calling
 * thread and allocates about half of what the JDK client does, which hands every exchange
 * to its selector thread; on a two-core machine that hand-off costs more than the whole
 * call.
 */
final class DefaultRequestFactories {

	private static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.impl.classic.HttpClients", DefaultRequestFactories.class.getClassLoader());

	private DefaultRequestFactories() {
	}

	/**
	 * Returns a request factory that builds the HTTP client on the first request, because
	 * the client's TLS set-up (trust store included) is the slowest part of a cold start.
	 */
	static ClientHttpRequestFactory create(URI apiUrl, Duration connectTimeout, Duration readTimeout,
			@Nullable ProxySettings proxy) {
		if (proxy != null && !HTTP_COMPONENTS_PRESENT) {
			// a SOCKS proxy fails when the transport is built, not on its first call
			JdkProxies.requireSupported(proxy);
		}
		return new LazyClientHttpRequestFactory(
				() -> create(apiUrl, connectTimeout, readTimeout, proxy, HTTP_COMPONENTS_PRESENT));
	}

	static ClientHttpRequestFactory create(URI apiUrl, Duration connectTimeout, Duration readTimeout,
			@Nullable ProxySettings proxy, boolean httpComponents) {
		return httpComponents ? HttpComponentsRequestFactory.create(apiUrl, connectTimeout, readTimeout, proxy)
				: jdk(connectTimeout, readTimeout, proxy);
	}

	private static ClientHttpRequestFactory jdk(Duration connectTimeout, Duration readTimeout,
			@Nullable ProxySettings proxy) {
		HttpClient.Builder httpClient = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(connectTimeout);
		if (proxy != null) {
			JdkProxies.apply(httpClient, proxy);
		}
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient.build());
		factory.setReadTimeout(readTimeout);
		return factory;
	}

}
