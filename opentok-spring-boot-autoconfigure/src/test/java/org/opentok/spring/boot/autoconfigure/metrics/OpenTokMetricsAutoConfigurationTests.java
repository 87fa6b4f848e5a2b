package org.opentok.spring.boot.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenFormat;
import org.opentok.spring.client.token.TokenGenerator;
import org.opentok.spring.client.token.TokenOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OpenTokMetricsAutoConfiguration}: generated tokens are counted by role
 * and format.
 */
class OpenTokMetricsAutoConfigurationTests {

	private static final String SESSION_ID = "1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class, OpenTokMetricsAutoConfiguration.class))
		.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=abcdef0123456789abcdef0123456789abcdef01");

	@Test
	void countsGeneratedTokensByRoleAndFormat() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			TokenGenerator tokens = context.getBean(TokenGenerator.class);
			tokens.generate(SESSION_ID);
			tokens.generate(SESSION_ID);
			tokens.generate(SESSION_ID, TokenOptions.builder().role(Role.MODERATOR).format(TokenFormat.T1).build(), 10);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("opentok.tokens.generated")
				.tags("role", "publisher", "format", "jwt")
				.counter()
				.count()).isEqualTo(2);
			assertThat(registry.get("opentok.tokens.generated")
				.tags("role", "moderator", "format", "t1")
				.counter()
				.count()).isEqualTo(10);
			assertThat(registry.get("opentok.tokens.generated").counters()).hasSize(8);
		});
	}

	@Test
	void isOffWithoutAMeterRegistry() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(TokenGenerator.class)
			.doesNotHaveBean(OpenTokTokenMetrics.class));
	}

	@Test
	void isOffWithoutCredentials() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(OpenTokAutoConfiguration.class, OpenTokMetricsAutoConfiguration.class))
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> assertThat(context).doesNotHaveBean(OpenTokTokenMetrics.class));
	}

}
