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

	private static final String SIGNATURE_SECRET = "signature-secret-one-0123456789abcdef";

	private static final String NEXT_SIGNATURE_SECRET = "signature-secret-two-0123456789abcdef";

	private static final String SHARED_TOKEN = "shared-token-one-0123456789";

	private static final String NEXT_SHARED_TOKEN = "shared-token-two-0123456789";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
				ConfigurationPropertiesReportEndpointAutoConfiguration.class,
				EnvironmentEndpointAutoConfiguration.class, OpenTokAutoConfiguration.class,
				OpenTokActuatorAutoConfiguration.class))
		.withPropertyValues("spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=configprops,env",
				"opentok.api-key=123456", "opentok.api-secret=" + SECRET, "opentok.account.api-key=987654",
				"opentok.account.api-secret=" + ACCOUNT_SECRET, "opentok.webhook.signature-secret=" + SIGNATURE_SECRET,
				"opentok.webhook.signature-secrets[0]=" + NEXT_SIGNATURE_SECRET,
				"opentok.webhook.secrets=" + SHARED_TOKEN + "," + NEXT_SHARED_TOKEN);

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
				assertWebhookSecretsMasked(configprops);
				String env = env(context);
				assertThat(env).as("values are shown").contains("987654");
				assertThat(env).doesNotContain(SECRET).doesNotContain(ACCOUNT_SECRET);
				assertWebhookSecretsMasked(env);
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

	@Test
	void sanitizerMasksTheSecretListsAndEachOfTheirElements() {
		OpenTokSecretsSanitizingFunction sanitizer = new OpenTokSecretsSanitizingFunction();
		assertThat(sanitize(sanitizer, "opentok.webhook.signature-secrets")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok.webhook.signature-secrets[0]")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok.webhook.signatureSecrets[12]")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok.webhook.secrets")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok.webhook.secrets[1]")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok.webhook.path")).isEqualTo("value");
		assertThat(sanitize(sanitizer, "opentok.private-key-location")).isEqualTo("value");
	}

	@Test
	void sanitizerMasksSecretsSetThroughEnvironmentVariables() {
		OpenTokSecretsSanitizingFunction sanitizer = new OpenTokSecretsSanitizingFunction();
		assertThat(sanitize(sanitizer, "OPENTOK_APISECRET")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "OPENTOK_API_SECRET")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "OPENTOK_PRIVATEKEY")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "OPENTOK_WEBHOOK_SIGNATURESECRET")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "OPENTOK_WEBHOOK_SIGNATURESECRETS")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "OPENTOK_WEBHOOK_SIGNATURESECRETS_0_")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "OPENTOK_WEBHOOK_SECRETS_1")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "OPENTOK_APIKEY")).isEqualTo("value");
		assertThat(sanitize(sanitizer, "OPENTOKEN_SECRET")).isEqualTo("value");
	}

	private static void assertWebhookSecretsMasked(String output) {
		assertThat(output).doesNotContain(SIGNATURE_SECRET)
			.doesNotContain(NEXT_SIGNATURE_SECRET)
			.doesNotContain(SHARED_TOKEN)
			.doesNotContain(NEXT_SHARED_TOKEN);
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
