package org.opentok.spring.boot.autoconfigure.webhook;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webhook endpoint's counters, when Micrometer and a {@link MeterRegistry} are there;
 * imported by the servlet and the reactive webhook auto-configurations.
 *
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(MeterRegistry.class)
class WebhookMetricsConfiguration {

	@Bean
	@ConditionalOnBean(MeterRegistry.class)
	MicrometerWebhookMetrics openTokWebhookMetrics(MeterRegistry meterRegistry) {
		return new MicrometerWebhookMetrics(meterRegistry);
	}

}
