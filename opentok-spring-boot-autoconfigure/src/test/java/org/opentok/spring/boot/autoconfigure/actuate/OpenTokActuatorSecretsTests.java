package org.opentok.spring.boot.autoconfigure.actuate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@code /actuator/configprops} and {@code /actuator/env} never show OpenTok
 * secrets, even when an app asks them to show values.
 */
class OpenTokActuatorSecretsTests {

	private static final String SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	private static final String ACCOUNT_SECRET = "0123456789abcdef0123456789abcdef01234567";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
				ConfigurationPropertiesReportEndpointAutoConfiguration.class,
				EnvironmentEndpointAutoConfiguration.class, OpenTokAutoConfiguration.class,
				OpenTokActuatorAutoConfiguration.class))
		.withPropertyValues("spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=configprops,env",
				"opentok.api-key=123456", "opentok.api-secret=" + SECRET, "opentok.account.api-key=987654",
				"opentok.account.api-secret=" + ACCOUNT_SECRET);

	@Test
	void endpointsMaskEverythingByDefault() {
		this.runner.run((context) -> {
			assertThat(configprops(context)).doesNotContain(SECRET).doesNotContain(ACCOUNT_SECRET);
			assertThat(env(context)).doesNotContain(SECRET).doesNotContain(ACCOUNT_SECRET);
		});
	}

	@Test
	void endpointsMaskOpenTokSecretsEvenWhenAskedToShowValues() {
		this.runner
			.withPropertyValues("management.endpoint.configprops.show-values=always",
					"management.endpoint.env.show-values=always")
			.run((context) -> {
				String configprops = configprops(context);
				assertThat(configprops).as("values are shown").contains("987654");
				assertThat(configprops).doesNotContain(SECRET).doesNotContain(ACCOUNT_SECRET);
				String env = env(context);
				assertThat(env).as("values are shown").contains("987654");
				assertThat(env).doesNotContain(SECRET).doesNotContain(ACCOUNT_SECRET);
			});
	}

	@Test
	void sanitizerMasksOnlyOpenTokSecrets() {
		OpenTokSecretsSanitizingFunction sanitizer = new OpenTokSecretsSanitizingFunction();
		assertThat(sanitize(sanitizer, "opentok.api-secret")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok.apiSecret")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok.private-key")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok.account.api-secret")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok.webhook.secret")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok.webhook.signature-secret")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok.api-key")).isEqualTo("value");
		assertThat(sanitize(sanitizer, "other.api-secret")).isEqualTo("value");
	}

	private static Object sanitize(OpenTokSecretsSanitizingFunction sanitizer, String key) {
		return sanitizer.apply(new org.springframework.boot.actuate.endpoint.SanitizableData(null, key, "value"))
			.getValue();
	}

	private static String configprops(AssertableApplicationContext context) {
		return JSON
			.writeValueAsString(context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
	}

	private static String env(AssertableApplicationContext context) {
		return JSON.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
	}

}
