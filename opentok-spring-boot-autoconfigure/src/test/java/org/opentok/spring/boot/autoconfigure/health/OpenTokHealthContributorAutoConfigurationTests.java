package org.opentok.spring.boot.autoconfigure.health;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OpenTokHealthContributorAutoConfiguration}.
 */
class OpenTokHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(OpenTokAutoConfiguration.class, OpenTokHealthContributorAutoConfiguration.class))
		.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=abcdef0123456789abcdef0123456789abcdef01");

	@Test
	void createsTheOpentokIndicator() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(OpenTokHealthIndicator.class)
			.hasBean("opentokHealthContributor"));
	}

	@Test
	void bindsCacheTtlAndTimeout() {
		this.runner.withPropertyValues("opentok.health.cache-ttl=2m", "opentok.health.timeout=PT1S")
			.run((context) -> assertThat(
					context.getBean(org.opentok.spring.boot.autoconfigure.OpenTokProperties.class).health())
				.isEqualTo(new org.opentok.spring.boot.autoconfigure.OpenTokProperties.Health(
						java.time.Duration.ofMinutes(2), java.time.Duration.ofSeconds(1))));
	}

	@Test
	void isOffWhenDisabledByProperty() {
		this.runner.withPropertyValues("management.health.opentok.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(OpenTokHealthIndicator.class));
	}

	@Test
	void isOffWhenActuatorHealthIsAbsent() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(OpenTokHealthIndicator.class));
	}

	@Test
	void isOffWithoutCredentials() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class,
					OpenTokHealthContributorAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(OpenTokHealthIndicator.class));
	}

	@Test
	void backsOffForAUserIndicatorNamedOpentok() {
		this.runner.withUserConfiguration(UserIndicatorConfiguration.class)
			.run((context) -> assertThat(context).doesNotHaveBean(OpenTokHealthIndicator.class)
				.hasBean("opentokHealthIndicator"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserIndicatorConfiguration {

		@Bean
		HealthIndicator opentokHealthIndicator() {
			return () -> org.springframework.boot.health.contributor.Health.up().build();
		}

	}

}
