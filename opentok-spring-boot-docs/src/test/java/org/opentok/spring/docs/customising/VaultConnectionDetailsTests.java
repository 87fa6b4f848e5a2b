package org.opentok.spring.docs.customising;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration;
import org.opentok.spring.boot.test.emulator.EmulatorCredentials;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the README's connection-details snippet: with no {@code opentok.*} credential
 * property, the starter takes the credentials and URL from the vault and calls the
 * emulator with them.
 */
class VaultConnectionDetailsTests {

	private final OpenTokEmulator emulator = OpenTokEmulator.builder().start();

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void starterUsesTheCredentialsFromTheVault() {
		EmulatorCredentials project = this.emulator.credentials();
		Vault vault = new Vault(Map.of("opentok/api-key", project.apiKey(), "opentok/api-secret", project.apiSecret(),
				"opentok/api-url", this.emulator.baseUrl().toString()));
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class))
			.withBean(Vault.class, () -> vault)
			.withUserConfiguration(VaultConnectionDetailsConfiguration.class)
			.run((context) -> {
				OpenTok openTok = context.getBean(OpenTok.class);
				String sessionId = openTok.sessions()
					.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
					.sessionId();
				assertThat(this.emulator.connect(sessionId, openTok.tokens().generate(sessionId)).sessionId())
					.isEqualTo(sessionId);
				assertThat(this.emulator.requests()).singleElement()
					.satisfies((request) -> assertThat(request.path()).isEqualTo("/session/create"));
			});
	}

}
