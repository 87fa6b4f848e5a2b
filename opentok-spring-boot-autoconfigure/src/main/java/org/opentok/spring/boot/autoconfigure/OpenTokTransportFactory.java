package org.opentok.spring.boot.autoconfigure;

import java.time.Clock;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

import org.opentok.spring.client.core.OpenTokRestClientCustomizer;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.core.observation.OpenTokClientObservationConvention;

/**
 * Builds OpenTok transports the way the starter promises: a {@code RestClient} with the
 * app's {@code RestClientCustomizer} beans and Boot's HTTP client settings, the
 * {@code opentok.*} timeouts, retries and base URL, the app's clock, observation registry
 * and convention, and the {@link OpenTokRestClientCustomizer} beans last.
 */
final class OpenTokTransportFactory {

	private static final String BOOT_HTTP_CLIENT = "org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder";

	private static final boolean BOOT_REST_CLIENT_PRESENT = ClassUtils.isPresent(
			"org.springframework.boot.restclient.RestClientCustomizer", OpenTokTransportFactory.class.getClassLoader());

	private final OpenTokProperties properties;

	private final BeanFactory beanFactory;

	OpenTokTransportFactory(OpenTokProperties properties, BeanFactory beanFactory) {
		this.properties = properties;
		this.beanFactory = beanFactory;
	}

	OpenTokTransport build(OpenTokTransport.Builder transport) {
		OpenTokProperties.Retry retry = this.properties.retry();
		transport.apiUrl(this.properties.apiUrl())
			.connectTimeout(this.properties.connectTimeout())
			.readTimeout(this.properties.readTimeout())
			.callTimeout(this.properties.callTimeout())
			.clock(clock(this.beanFactory))
			.retryPolicy(new RetryPolicy(retry.maxAttempts(), retry.initialBackoff()))
			.observationRegistry(this.beanFactory.getBeanProvider(ObservationRegistry.class)
				.getIfUnique(() -> ObservationRegistry.NOOP))
			.observationConvention(
					this.beanFactory.getBeanProvider(OpenTokClientObservationConvention.class).getIfUnique())
			.restClientBuilder(restClientBuilder());
		if (ClassUtils.isPresent(BOOT_HTTP_CLIENT, getClass().getClassLoader())) {
			// built for this transport alone, so closing the transport bean closes its
			// connections
			transport.requestFactory(OpenTokRequestFactories.create(this.beanFactory, this.properties.connectTimeout(),
					this.properties.readTimeout(), this.properties.maxConnections()), true);
		}
		this.beanFactory.getBeanProvider(OpenTokRestClientCustomizer.class)
			.orderedStream()
			.forEach(transport::customizer);
		return transport.build();
	}

	private RestClient.Builder restClientBuilder() {
		RestClient.Builder builder = RestClient.builder();
		return BOOT_REST_CLIENT_PRESENT ? OpenTokRestClientCustomizers.apply(this.beanFactory, builder) : builder;
	}

	static Clock clock(BeanFactory beanFactory) {
		return beanFactory.getBeanProvider(Clock.class).getIfUnique(Clock::systemUTC);
	}

}
