package org.opentok.spring.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EmulatorWhenNoCredentials}.
 */
class EmulatorWhenNoCredentialsTests {

	private final EmulatorWhenNoCredentials postProcessor = new EmulatorWhenNoCredentials();

	@Test
	void withoutCredentialsTurnsOnTheEmulatorWithSignedWebhooksToTheSample() {
		MockEnvironment environment = new MockEnvironment().withProperty("opentok.api-key", "")
			.withProperty("local.server.port", "8123");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("opentok.emulator.enabled", Boolean.class)).isTrue();
		assertThat(environment.getProperty("opentok.emulator.webhook-url"))
			.isEqualTo("http://localhost:8123/opentok/events");
		String secret = environment.getProperty("opentok.emulator.webhook-secret");
		assertThat(secret).hasSize(64).matches("[0-9a-f]+");
		assertThat(environment.getProperty("opentok.webhook.signature-secret")).isEqualTo(secret);
	}

	@Test
	void signsWithTheConfiguredSignatureSecret() {
		String secret = "configured-webhook-signature-secret-0123456789";
		MockEnvironment environment = new MockEnvironment().withProperty("opentok.webhook.signature-secret", secret);
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("opentok.emulator.enabled", Boolean.class)).isTrue();
		assertThat(environment.getProperty("opentok.emulator.webhook-secret")).isEqualTo(secret);
		assertThat(environment.getProperty("opentok.webhook.signature-secret")).isEqualTo(secret);
	}

	@Test
	void keepsTheEmulatorsStateInTheDataDirectory() {
		MockEnvironment environment = new MockEnvironment().withProperty("sample.data-directory", "/var/lib/sample");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("opentok.emulator.state-directory")).isEqualTo("/var/lib/sample/emulator");
		MockEnvironment defaults = new MockEnvironment();
		this.postProcessor.postProcessEnvironment(defaults, new SpringApplication());
		assertThat(defaults.getProperty("opentok.emulator.state-directory")).isEqualTo("./data/emulator");
	}

	@Test
	void leavesAnExplicitStateDirectoryAlone() {
		MockEnvironment environment = new MockEnvironment().withProperty("opentok.emulator.state-directory",
				"/srv/emulator");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("opentok.emulator.enabled", Boolean.class)).isTrue();
		assertThat(environment.getProperty("opentok.emulator.state-directory")).isEqualTo("/srv/emulator");
	}

	@Test
	void webhookUrlFollowsTheWebhookPath() {
		MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "8123")
			.withProperty("opentok.webhook.path", "/hooks/opentok");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("opentok.emulator.webhook-url"))
			.isEqualTo("http://localhost:8123/hooks/opentok");
	}

	@Test
	void eachRunGetsItsOwnWebhookSecret() {
		MockEnvironment first = new MockEnvironment();
		MockEnvironment second = new MockEnvironment();
		this.postProcessor.postProcessEnvironment(first, new SpringApplication());
		this.postProcessor.postProcessEnvironment(second, new SpringApplication());
		assertThat(first.getProperty("opentok.emulator.webhook-secret"))
			.isNotEqualTo(second.getProperty("opentok.emulator.webhook-secret"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "opentok.api-key", "opentok.api-secret", "opentok.application-id", "opentok.private-key",
			"opentok.private-key-location" })
	void withAnyCredentialDoesNothing(String credential) {
		MockEnvironment environment = new MockEnvironment().withProperty(credential, "set");
		int sources = environment.getPropertySources().size();
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getPropertySources().size()).isEqualTo(sources);
		assertThat(environment.containsProperty("opentok.emulator.enabled")).isFalse();
		assertThat(environment.containsProperty("opentok.webhook.signature-secret")).isFalse();
	}

	@Test
	void leavesAnExplicitEmulatorSettingAlone() {
		MockEnvironment environment = new MockEnvironment().withProperty("opentok.emulator.enabled", "false");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("opentok.emulator.enabled")).isEqualTo("false");
		assertThat(environment.containsProperty("opentok.emulator.webhook-secret")).isFalse();
	}

}
