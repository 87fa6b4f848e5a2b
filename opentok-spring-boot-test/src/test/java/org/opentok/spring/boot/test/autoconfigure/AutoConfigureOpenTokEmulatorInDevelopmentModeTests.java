package org.opentok.spring.boot.test.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.session.SessionClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @AutoConfigureOpenTokEmulator} on a test whose app already runs the emulator
 * ({@code opentok.emulator.enabled=true}): one emulator, not two.
 */
@SpringBootTest(properties = "opentok.emulator.enabled=true")
@AutoConfigureOpenTokEmulator
class AutoConfigureOpenTokEmulatorInDevelopmentModeTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void sharesTheEmulatorThatTheAppStarted() {
		assertThat(this.context.getBeansOfType(OpenTokEmulator.class)).hasSize(1);
		OpenTokEmulator emulator = this.context.getBean(OpenTokEmulator.class);
		assertThat(this.context.getBean(OpenTokTransport.class).apiUrl()).isEqualTo(emulator.baseUrl());
		assertThat(this.context.getBean(SessionClient.class).create().projectId())
			.isEqualTo(emulator.credentials().apiKey());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
