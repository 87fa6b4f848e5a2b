package org.opentok.spring.boot.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import org.opentok.spring.boot.autoconfigure.ConditionalOnOpenTokCredentials;
import org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration;

/**
 * Auto-configuration of the OpenTok token counters, when Micrometer has a
 * {@link MeterRegistry}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = OpenTokAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnOpenTokCredentials
public final class OpenTokMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OpenTokTokenMetrics openTokTokenMetrics(MeterRegistry meterRegistry) {
		return new OpenTokTokenMetrics(meterRegistry);
	}

}
