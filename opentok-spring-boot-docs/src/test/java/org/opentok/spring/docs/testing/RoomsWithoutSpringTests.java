package org.opentok.spring.docs.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opentok.spring.boot.test.emulator.EmulatorCredentials;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.boot.test.emulator.OpenTokEmulatorExtension;
import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;

import static org.assertj.core.api.Assertions.assertThat;

// tag::testing-extension[]
class RoomsWithoutSpringTests {

	// one emulator for the class, reset before each test, stopped after the last
	@RegisterExtension
	static final OpenTokEmulatorExtension openTok = new OpenTokEmulatorExtension();

	@Test
	void clientsJoinARoutedSession() {
		OpenTokEmulator emulator = openTok.emulator();
		EmulatorCredentials project = emulator.credentials();
		OpenTok client = OpenTok.builder(project.apiKey(), project.apiSecret()).apiUrl(emulator.baseUrl()).build();

		String sessionId = client.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
			.sessionId();
		emulator.connect(sessionId, client.tokens().generate(sessionId));
		assertThat(emulator.connections(sessionId)).hasSize(1);
	}

}
// end::testing-extension[]
