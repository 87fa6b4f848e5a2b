package org.opentok.spring.boot.autoconfigure.reactive;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.web.reactive.function.client.WebClient;

import org.opentok.spring.boot.autoconfigure.OpenTokConfigurationException;
import org.opentok.spring.boot.autoconfigure.OpenTokProperties;
import org.opentok.spring.client.core.OpenTokWebClientCustomizer;
import org.opentok.spring.client.core.ProxySettings;
import org.opentok.spring.client.core.ReactiveOpenTokTransport;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.core.observation.OpenTokClientObservationConvention;

/**
 * Builds reactive OpenTok transports the way the blocking ones are built: a clone of the
 * app's {@code WebClient.Builder} (with its {@code WebClientCustomizer} beans, codecs and
 * {@code http.client.requests} observations), a connector built as Boot builds its own
 * with the {@code opentok.*} timeouts and proxy, the {@code opentok.*} call timeout and
 * retries, the app's clock, observation registry and convention, and the
 * {@link OpenTokWebClientCustomizer} beans last, in order.
 */
final class ReactiveOpenTokTransportFactory {

	private final OpenTokProperties properties;

	private final Clock clock;

	private final ObservationRegistry observationRegistry;

	private final @Nullable OpenTokClientObservationConvention observationConvention;

	private final Supplier<WebClient.Builder> webClientBuilders;

	private final @Nullable OpenTokClientConnectors connectors;

	private final List<OpenTokWebClientCustomizer> customizers;

	/**
	 * Creates the factory.
	 * @param properties the {@code opentok.*} settings
	 * @param clock the app's clock
	 * @param observationRegistry the app's observation registry
	 * @param observationConvention the app's convention, or {@code null} for the default
	 * @param webClientBuilders gives each transport the builder to clone
	 * @param connectors builds each transport's connector from Boot's HTTP client
	 * support, or {@code null} for the transport's default connector
	 * @param customizers the app's customizers, in order
	 */
	ReactiveOpenTokTransportFactory(OpenTokProperties properties, Clock clock, ObservationRegistry observationRegistry,
			@Nullable OpenTokClientObservationConvention observationConvention,
			Supplier<WebClient.Builder> webClientBuilders, @Nullable OpenTokClientConnectors connectors,
			List<OpenTokWebClientCustomizer> customizers) {
		this.properties = properties;
		this.clock = clock;
		this.observationRegistry = observationRegistry;
		this.observationConvention = observationConvention;
		this.webClientBuilders = webClientBuilders;
		this.connectors = connectors;
		this.customizers = customizers;
	}

	/**
	 * Builds a transport.
	 * @param transport the builder for the credentials that calls are signed with
	 * @param apiUrl the API base URL, or {@code null} for the credentials' default
	 * @return the transport
	 * @throws OpenTokConfigurationException if the connector cannot use the
	 * {@code opentok.proxy.*} proxy
	 */
	ReactiveOpenTokTransport build(ReactiveOpenTokTransport.Builder transport, @Nullable URI apiUrl) {
		ProxySettings proxy = this.properties.proxy().toSettings();
		OpenTokProperties.Retry retry = this.properties.retry();
		transport.apiUrl(apiUrl)
			.connectTimeout(this.properties.connectTimeout())
			.readTimeout(this.properties.readTimeout())
			.callTimeout(this.properties.callTimeout())
			.clock(this.clock)
			.retryPolicy(new RetryPolicy(retry.maxAttempts(), retry.initialBackoff()))
			.observationRegistry(this.observationRegistry)
			.observationConvention(this.observationConvention)
			.webClientBuilder(this.webClientBuilders.get())
			.proxy(proxy);
		if (this.connectors != null) {
			transport.clientConnector(
					this.connectors.create(this.properties.connectTimeout(), this.properties.readTimeout(), proxy));
		}
		this.customizers.forEach(transport::customizer);
		return transport.build();
	}

}
