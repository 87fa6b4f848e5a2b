package org.opentok.spring.boot.autoconfigure.health;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

import org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration;
import org.opentok.spring.boot.autoconfigure.OpenTokProperties;
import org.opentok.spring.client.core.OpenTokTransport;

/**
 * Auto-configuration of the {@code opentok} health indicator: on when Actuator's health
 * support is present and {@code management.health.opentok.enabled} is not {@code false}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = OpenTokAutoConfiguration.class)
@ConditionalOnClass(name = { "org.springframework.boot.health.contributor.HealthIndicator",
		"org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator" })
@ConditionalOnBean(OpenTokTransport.class)
public final class OpenTokHealthContributorAutoConfiguration {

	// the health switch sits on the method so that its condition class is only
	// loaded once the class condition above has found Actuator's health support
	@Bean
	@ConditionalOnEnabledHealthIndicator("opentok")
	@ConditionalOnMissingBean(name = { "opentokHealthIndicator", "opentokHealthContributor" })
	OpenTokHealthIndicator opentokHealthContributor(OpenTokTransport openTokTransport, OpenTokProperties properties,
			ObjectProvider<Clock> clock) {
		String credentialKind = StringUtils.hasText(properties.applicationId()) ? "vonage" : "project";
		return new OpenTokHealthIndicator(openTokTransport, credentialKind, properties.health().cacheTtl(),
				properties.health().timeout(), clock.getIfUnique(Clock::systemUTC));
	}

}
