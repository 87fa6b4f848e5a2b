package org.opentok.spring.boot.autoconfigure.actuate;

import java.util.Map;

import org.assertj.core.api.SoftAssertions;
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
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration;
import org.opentok.spring.boot.autoconfigure.TestKeys;

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

	// the forms Boot binds from environment variables, list elements included
	private static final Map<String, Object> PROJECT_ENVIRONMENT = Map.ofEntries(Map.entry("OPENTOK_APIKEY", "654321"),
			Map.entry("OPENTOK_ACCOUNT_APIKEY", "876543"), Map.entry("OPENTOK_API_SECRET", "env-api-secret-0001"),
			Map.entry("OPENTOK_APISECRET", "env-api-secret-0002"),
			Map.entry("OPENTOK_ACCOUNT_APISECRET", "env-account-secret-0003"),
			Map.entry("OPENTOK_ACCOUNT_API_SECRET", "env-account-secret-0004"),
			Map.entry("OPENTOK_WEBHOOK_SIGNATURESECRET", "env-signature-secret-0005"),
			Map.entry("OPENTOK_WEBHOOK_SIGNATURE_SECRET", "env-signature-secret-0006"),
			Map.entry("OPENTOK_WEBHOOK_SECRET", "env-shared-token-0007"),
			Map.entry("OPENTOK_PROXY_PASSWORD", "env-proxy-password-0010"),
			Map.entry("OPENTOK_WEBHOOK_SIGNATURESECRETS_0_", "env-signature-secret-0011"),
			Map.entry("OPENTOK_WEBHOOK_SIGNATURESECRETS_1", "env-signature-secret-0012"),
			Map.entry("OPENTOK_WEBHOOK_SIGNATURE_SECRETS_2_", "env-signature-secret-0013"),
			Map.entry("OPENTOK_WEBHOOK_SECRETS_0_", "env-shared-token-0014"),
			Map.entry("OPENTOK_WEBHOOK_SECRETS_1_", "env-shared-token-0015"));

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
	void endpointsMaskProjectSecretsSetAsEnvironmentVariables() {
		assertEnvironmentVariablesMasked(PROJECT_ENVIRONMENT);
	}

	@Test
	void endpointsMaskThePrivateKeySetAsAnEnvironmentVariable() {
		assertEnvironmentVariablesMasked(Map.of("OPENTOK_APPLICATIONID", "1f6c3c43-8a5c-4e8a-9b67-8f2b1c1f0a11",
				"OPENTOK_PRIVATEKEY", TestKeys.PRIVATE_KEY_PEM, "OPENTOK_PRIVATE_KEY", TestKeys.PRIVATE_KEY_PEM));
	}

	private void assertEnvironmentVariablesMasked(Map<String, Object> environment) {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
					ConfigurationPropertiesReportEndpointAutoConfiguration.class,
					EnvironmentEndpointAutoConfiguration.class, OpenTokAutoConfiguration.class,
					OpenTokActuatorAutoConfiguration.class))
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								environment)))
			.withPropertyValues("spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=configprops,env",
					"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				String env = env(context);
				String configprops = configprops(context);
				SoftAssertions.assertSoftly((softly) -> environment.forEach((name, value) -> {
					if (isSecret(name)) {
						String shown = secretPart((String) value);
						softly.assertThat(env).as("env " + name).contains(name).doesNotContain(shown);
						softly.assertThat(envEntry(context, name)).as("env/" + name).doesNotContain(shown);
						softly.assertThat(configprops).as("configprops " + name).doesNotContain(shown);
					}
					else {
						softly.assertThat(env).as("env shows " + name).contains((String) value);
					}
				}));
			});
	}

	private static boolean isSecret(String name) {
		return !name.endsWith("_APIKEY") && !name.equals("OPENTOK_APPLICATIONID");
	}

	// a PEM's first base64 line: the JSON of the endpoints escapes the line breaks
	private static String secretPart(String value) {
		return value.startsWith("-----BEGIN") ? value.lines().skip(1).findFirst().orElseThrow() : value;
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
		assertThat(sanitize(sanitizer, "opentok.proxy.password")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "OPENTOK_PROXY_PASSWORD")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok.proxy.username")).isEqualTo("value");
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
		assertThat(sanitize(sanitizer, "OPENTOK_WEBHOOK_SIGNATURE_SECRETS_2_")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "OPENTOK_PRIVATE_KEY")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "OPENTOK_PROXY_PASSWORD")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "OPENTOK_APIKEY")).isEqualTo("value");
		assertThat(sanitize(sanitizer, "OPENTOK_PRIVATE_KEY_LOCATION")).isEqualTo("value");
		assertThat(sanitize(sanitizer, "OPENTOKEN_SECRET")).isEqualTo("value");
	}

	@Test
	void sanitizerMasksTheWholeSecretFamilyWhateverItsShape() {
		OpenTokSecretsSanitizingFunction sanitizer = new OpenTokSecretsSanitizingFunction();
		assertThat(sanitize(sanitizer, "opentok.webhook.signature-secrets.archive")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "OPENTOK_WEBHOOK_SIGNATURESECRETS_ARCHIVE")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok.proxy.password")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok[api-secret]")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok..api-secret")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "OPENTOK_API_SECRET_")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "Opentok.Api-Secret")).isEqualTo("******");
		assertThat(sanitize(sanitizer, "opentok")).isEqualTo("value");
		assertThat(sanitize(sanitizer, "OPENTOK_")).isEqualTo("value");
		assertThat(sanitize(sanitizer, "opentok.webhook.max-body-size")).isEqualTo("value");
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

	private static String envEntry(AssertableApplicationContext context, String name) {
		return JSON.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environmentEntry(name));
	}

	private static String env(AssertableApplicationContext context) {
		return JSON.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
	}

}
