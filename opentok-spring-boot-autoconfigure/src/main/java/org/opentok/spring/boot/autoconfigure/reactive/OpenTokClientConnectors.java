package org.opentok.spring.boot.autoconfigure.reactive;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.http.client.reactive.ClientHttpConnector;

import org.opentok.spring.client.core.ProxySettings;

/**
 * Builds the reactive OpenTok client's connector the way Spring Boot builds its own: the
 * app's {@link ClientHttpConnectorBuilder} (or the detected one, Reactor Netty in a
 * WebFlux app) and {@link HttpClientSettings} ({@code spring.http.clients.*}: SSL
 * bundle), overlaid with the {@code opentok.*} timeouts and routed through the
 * {@code opentok.proxy.*} proxy. Redirects are never followed: OpenTok never redirects an
 * API call, and following one would send the credentials elsewhere. With Boot's Reactor
 * Netty support the connector shares the app's {@code ReactorResourceFactory}, whose
 * connections close with the context. Only loaded when Boot's HTTP client support is on
 * the class path.
 */
final class OpenTokClientConnectors {

	private final ClientHttpConnectorBuilder<?> builder;

	private final HttpClientSettings settings;

	OpenTokClientConnectors(ClientHttpConnectorBuilder<?> builder, HttpClientSettings settings) {
		this.builder = builder;
		this.settings = settings;
	}

	ClientHttpConnector create(Duration connectTimeout, Duration readTimeout, @Nullable ProxySettings proxy) {
		return OpenTokConnectorProxies.withProxy(this.builder, proxy)
			.build(this.settings.withTimeouts(connectTimeout, readTimeout).withRedirects(HttpRedirects.DONT_FOLLOW));
	}

}
