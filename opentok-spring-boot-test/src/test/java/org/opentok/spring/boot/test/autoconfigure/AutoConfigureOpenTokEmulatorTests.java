package org.opentok.spring.boot.test.autoconfigure;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import org.opentok.spring.boot.autoconfigure.OpenTokConnectionDetails;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.boot.test.emulator.SimulatedConnection;
import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.project.Project;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.client.token.TokenOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @SpringBootTest} whose OpenTok client talks to the emulator, although the
 * app's own configuration names other (and even conflicting) credentials.
 */
@SpringBootTest(properties = { "opentok.api-key=999999", "opentok.api-secret=the-real-secret",
		"opentok.application-id=8e3a1f2c-0000-4000-8000-00000000000a", "opentok.private-key=not-a-key",
		"opentok.private-key-location=classpath:missing.pem", "opentok.api-url=https://api.opentok.com" })
@AutoConfigureOpenTokEmulator
class AutoConfigureOpenTokEmulatorTests {

	@Autowired
	private OpenTokEmulator emulator;

	@Autowired
	private OpenTok openTok;

	@Autowired
	private OpenTokConnectionDetails connectionDetails;

	@Autowired
	private OpenTokTransport transport;

	@BeforeEach
	void reset() {
		this.emulator.reset();
	}

	@Test
	void pointsTheOpenTokClientAtTheEmulator() {
		assertThat(this.emulator.isRunning()).isTrue();
		assertThat(this.connectionDetails.getApiUrl()).isEqualTo(this.emulator.baseUrl());
		assertThat(this.transport.apiUrl()).isEqualTo(this.emulator.baseUrl());
		assertThat(this.transport.projectId()).isEqualTo(this.emulator.credentials().apiKey());
		assertThat(this.connectionDetails.getCredentials()).isEqualTo(OpenTokCredentials
			.project(this.emulator.credentials().apiKey(), this.emulator.credentials().apiSecret()));
	}

	@Test
	void runsTheAppsCallsAgainstTheEmulator() {
		String sessionId = this.openTok.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
			.sessionId();
		String token = this.openTok.tokens().generate(sessionId, TokenOptions.builder().data("user=1").build());
		SimulatedConnection client = this.emulator.connect(sessionId, token);
		assertThat(client.data()).isEqualTo("user=1");
		Archive archive = this.openTok.archives().start(sessionId);
		assertThat(this.openTok.archives().stop(archive.id()).status()).isEqualTo(ArchiveStatus.STOPPED);
		assertThat(this.emulator.requests()).hasSize(3);
	}

	@Test
	void givesTheAppAccountCredentialsForProjectManagement() {
		assertThat(this.openTok.projects().list()).extracting(Project::id)
			.contains(this.emulator.credentials().apiKey());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
