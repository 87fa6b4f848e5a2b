package org.opentok.spring.boot.autoconfigure;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.web.client.RestClient;

import org.opentok.spring.client.core.OpenTokRestClientCustomizer;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.ProxySettings;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.core.observation.OpenTokClientObservationConvention;

/**
 * Builds OpenTok transports the way the starter promises: a {@code RestClient} started
 * from the app's {@code RestClientCustomizer} beans, Boot's HTTP client settings, the
 * {@code opentok.*} timeouts, retries, proxy and connection pool, the app's clock,
 * observation registry and convention, and the {@link OpenTokRestClientCustomizer} beans
 * last. Every collaborator is handed in by the auto-configuration's bean method.
 */
final class OpenTokTransportFactory {

	private final OpenTokProperties properties;

	private final Clock clock;

	private final ObservationRegistry observationRegistry;

	private final @Nullable OpenTokClientObservationConvention observationConvention;

	private final Supplier<RestClient.Builder> restClientBuilders;

	private final @Nullable OpenTokRequestFactories requestFactories;

	private final List<OpenTokRestClientCustomizer> customizers;

	/**
	 * Creates the factory.
	 * @param properties the {@code opentok.*} settings
	 * @param clock the app's clock
	 * @param observationRegistry the app's observation registry
	 * @param observationConvention the app's convention, or {@code null} for the default
	 * @param restClientBuilders starts each transport's {@code RestClient} builder
	 * @param requestFactories builds each transport's own request factory from Boot's
	 * HTTP client support, or {@code null} for the transport's default
	 * @param customizers the app's customizers, in order
	 */
	OpenTokTransportFactory(OpenTokProperties properties, Clock clock, ObservationRegistry observationRegistry,
			@Nullable OpenTokClientObservationConvention observationConvention,
			Supplier<RestClient.Builder> restClientBuilders, @Nullable OpenTokRequestFactories requestFactories,
			List<OpenTokRestClientCustomizer> customizers) {
		this.properties = properties;
		this.clock = clock;
		this.observationRegistry = observationRegistry;
		this.observationConvention = observationConvention;
		this.restClientBuilders = restClientBuilders;
		this.requestFactories = requestFactories;
		this.customizers = customizers;
	}

	OpenTokTransport build(OpenTokTransport.Builder transport, @Nullable URI apiUrl) {
		OpenTokProperties.Retry retry = this.properties.retry();
		ProxySettings proxy = this.properties.proxy().toSettings();
		transport.apiUrl(apiUrl)
			.proxy(proxy)
			.connectTimeout(this.properties.connectTimeout())
			.readTimeout(this.properties.readTimeout())
			.callTimeout(this.properties.callTimeout())
			.clock(this.clock)
			.retryPolicy(new RetryPolicy(retry.maxAttempts(), retry.initialBackoff()))
			.observationRegistry(this.observationRegistry)
			.observationConvention(this.observationConvention)
			.restClientBuilder(this.restClientBuilders.get());
		if (this.requestFactories != null) {
			// built for this transport alone, so closing
			// the transport bean closes its connections
			transport.requestFactory(this.requestFactories.create(this.properties.connectTimeout(),
					this.properties.readTimeout(), this.properties.maxConnections(), proxy), true);
		}
		this.customizers.forEach(transport::customizer);
		return transport.build();
	}

}
