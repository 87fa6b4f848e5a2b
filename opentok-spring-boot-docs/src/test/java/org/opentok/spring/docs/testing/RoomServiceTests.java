package org.opentok.spring.docs.testing;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.opentok.spring.boot.test.autoconfigure.AutoConfigureOpenTokEmulator;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.boot.test.emulator.SimulatedConnection;
import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.core.OpenTokServerException;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// tag::testing[]
@SpringBootTest
@AutoConfigureOpenTokEmulator
class RoomServiceTests {

	@Autowired
	OpenTok openTok;

	@Autowired
	OpenTokEmulator emulator;

	@BeforeEach
	void reset() {
		this.emulator.reset(); // the emulator is shared by tests that share a context
	}

	@Test
	void recordsARoutedSession() {
		String sessionId = this.openTok.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
			.sessionId();
		// simulate a client joining with a token your app issued
		SimulatedConnection client = this.emulator.connect(sessionId, this.openTok.tokens().generate(sessionId));
		this.emulator.publish(client.connectionId());

		Archive archive = this.openTok.archives().start(sessionId);
		// "stopped", then "available" with a URL
		this.openTok.archives().stop(archive.id());
		this.emulator.awaitIdle(Duration.ofSeconds(5));
		assertThat(this.openTok.archives().get(archive.id()).status()).isEqualTo(ArchiveStatus.AVAILABLE);
	}

	@Test
	void retriesABriefOutage() {
		// the client's third attempt gets through
		this.emulator.faults().failNext(2, 503);
		assertThat(this.openTok.sessions().create().sessionId()).isNotBlank();
	}

	@Test
	void survivesAnOutage() {
		// all 3 attempts (opentok.retry.max-attempts) fail
		this.emulator.faults().failNext(3, 503);
		assertThatExceptionOfType(OpenTokServerException.class).isThrownBy(() -> this.openTok.sessions().create());
	}

}
// end::testing[]
