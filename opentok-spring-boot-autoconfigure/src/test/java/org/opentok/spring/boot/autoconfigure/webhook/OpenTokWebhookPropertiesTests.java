package org.opentok.spring.boot.autoconfigure.webhook;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import org.opentok.spring.boot.autoconfigure.OpenTokProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OpenTokProperties.Webhook}: defaults, binding and masked secrets.
 */
class OpenTokWebhookPropertiesTests {

	private static final String SECRET = "token-0123456789";

	private static final String SIGNATURE_SECRET = "signature-9876543210";

	private static final String NEXT_SECRET = "token-next-24680";

	private static final String NEXT_SIGNATURE_SECRET = "signature-next-13579";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void hasDefaults() {
		this.runner.run((context) -> {
			OpenTokProperties.Webhook webhook = context.getBean(OpenTokProperties.class).webhook();
			assertThat(webhook.enabled()).isFalse();
			assertThat(webhook.path()).isEqualTo("/opentok/events");
			assertThat(webhook.secret()).isNull();
			assertThat(webhook.signatureSecret()).isNull();
			assertThat(webhook.secrets()).isEmpty();
			assertThat(webhook.signatureSecrets()).isEmpty();
			assertThat(webhook.maxBodySize()).isEqualTo(DataSize.ofKilobytes(64));
			assertThat(webhook.failOnListenerError()).isFalse();
		});
	}

	@Test
	void bindsEveryKey() {
		this.runner
			.withPropertyValues("opentok.webhook.enabled=true", "opentok.webhook.path=/hooks",
					"opentok.webhook.secret=" + SECRET, "opentok.webhook.signature-secret=" + SIGNATURE_SECRET,
					"opentok.webhook.max-body-size=1MB", "opentok.webhook.fail-on-listener-error=true")
			.run((context) -> {
				OpenTokProperties.Webhook webhook = context.getBean(OpenTokProperties.class).webhook();
				assertThat(webhook.enabled()).isTrue();
				assertThat(webhook.path()).isEqualTo("/hooks");
				assertThat(webhook.secret()).isEqualTo(SECRET);
				assertThat(webhook.signatureSecret()).isEqualTo(SIGNATURE_SECRET);
				assertThat(webhook.maxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
				assertThat(webhook.failOnListenerError()).isTrue();
			});
	}

	@Test
	void bindsTheSecretListsCommaSeparatedOrIndexed() {
		this.runner
			.withPropertyValues("opentok.webhook.secrets=" + SECRET + "," + NEXT_SECRET,
					"opentok.webhook.signature-secrets[0]=" + SIGNATURE_SECRET,
					"opentok.webhook.signature-secrets[1]=" + NEXT_SIGNATURE_SECRET)
			.run((context) -> {
				OpenTokProperties.Webhook webhook = context.getBean(OpenTokProperties.class).webhook();
				assertThat(webhook.secrets()).containsExactly(SECRET, NEXT_SECRET);
				assertThat(webhook.signatureSecrets()).containsExactly(SIGNATURE_SECRET, NEXT_SIGNATURE_SECRET);
			});
	}

	@Test
	void masksEverySecretOfTheListsInToString() {
		this.runner
			.withPropertyValues("opentok.webhook.secrets=" + SECRET + "," + NEXT_SECRET,
					"opentok.webhook.signature-secrets=" + SIGNATURE_SECRET + "," + NEXT_SIGNATURE_SECRET)
			.run((context) -> {
				OpenTokProperties properties = context.getBean(OpenTokProperties.class);
				assertThat(properties.webhook().toString()).contains("secrets=[******, ******]")
					.contains("signatureSecrets=[******, ******]")
					.doesNotContain(SECRET)
					.doesNotContain(NEXT_SECRET)
					.doesNotContain(SIGNATURE_SECRET)
					.doesNotContain(NEXT_SIGNATURE_SECRET);
				assertThat(properties.toString()).doesNotContain(NEXT_SECRET).doesNotContain(NEXT_SIGNATURE_SECRET);
			});
	}

	@Test
	void masksBothSecretsInToString() {
		this.runner
			.withPropertyValues("opentok.webhook.secret=" + SECRET,
					"opentok.webhook.signature-secret=" + SIGNATURE_SECRET)
			.run((context) -> {
				OpenTokProperties properties = context.getBean(OpenTokProperties.class);
				assertThat(properties.webhook().toString()).contains("secret=******")
					.contains("signatureSecret=******")
					.contains("path=/opentok/events")
					.doesNotContain(SECRET)
					.doesNotContain(SIGNATURE_SECRET);
				assertThat(properties.toString()).contains("webhook=Webhook[")
					.doesNotContain(SECRET)
					.doesNotContain(SIGNATURE_SECRET);
			});
	}

	@Test
	void showsUnsetSecretsAsNull() {
		this.runner.run((context) -> assertThat(context.getBean(OpenTokProperties.class).webhook().toString())
			.contains("secret=null")
			.contains("signatureSecret=null")
			.contains("secrets=[]")
			.contains("signatureSecrets=[]"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(OpenTokProperties.class)
	static class PropertiesConfiguration {

	}

}
