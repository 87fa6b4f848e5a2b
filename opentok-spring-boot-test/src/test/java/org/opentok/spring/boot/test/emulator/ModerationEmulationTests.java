package org.opentok.spring.boot.test.emulator;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.signal.Signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code SignalClient} and {@code ModerationClient} against clients simulated through the
 * emulator.
 */
class ModerationEmulationTests {

	private static final String UNKNOWN_ID = "c053fcc8-0000-4000-8000-0000000000aa";

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	@Test
	void recordsSignalsToTheSessionAndToOneConnection() {
		String sessionId = fixture.relayedSession();
		SimulatedConnection alice = fixture.emulator().connect(sessionId);
		fixture.openTok().signals().sendToSession(sessionId, Signal.of("chat", "hello all"));
		fixture.openTok().signals().sendToConnection(sessionId, alice.connectionId(), Signal.of("chat", "hi Alice"));
		assertThat(fixture.emulator().signals()).satisfiesExactly((all) -> {
			assertThat(all.sessionId()).isEqualTo(sessionId);
			assertThat(all.connectionId()).isNull();
			assertThat(all.data()).isEqualTo("hello all");
		}, (one) -> {
			assertThat(one.connectionId()).isEqualTo(alice.connectionId());
			assertThat(one.type()).isEqualTo("chat");
			assertThat(one.data()).isEqualTo("hi Alice");
		});
	}

	@Test
	void refusesSignalsToUnknownConnectionsWith404AndOversizedOnesWith413() {
		String sessionId = fixture.relayedSession();
		assertThatExceptionOfType(OpenTokNotFoundException.class).isThrownBy(
				() -> fixture.openTok().signals().sendToConnection(sessionId, UNKNOWN_ID, Signal.of("chat", "hi")));
		String path = fixture.projectPath("/session/" + sessionId + "/signal");
		assertThat(fixture.send("POST", path, "{\"type\":\"chat\",\"data\":\"" + "x".repeat(8193) + "\"}").status())
			.isEqualTo(413);
		assertThat(fixture.send("POST", path, "{\"type\":\"" + "t".repeat(129) + "\",\"data\":\"x\"}").status())
			.isEqualTo(413);
		assertThat(fixture.send("POST", path, "{\"type\":\"chat\"}").status()).isEqualTo(400);
		assertThat(fixture.send("POST", path, "{\"type\":\"chat\",\"data\":42}").status()).isEqualTo(400);
		assertThat(fixture.emulator().signals()).isEmpty();
	}

	@Test
	void forceDisconnectsAClientAndItsStreams() {
		String sessionId = fixture.routedSession();
		SimulatedConnection alice = fixture.emulator().connect(sessionId);
		fixture.emulator().publish(alice.connectionId());
		SimulatedConnection bob = fixture.emulator().connect(sessionId);
		fixture.openTok().moderation().forceDisconnect(sessionId, alice.connectionId());
		assertThat(fixture.emulator().connections(sessionId)).extracting(SimulatedConnection::connectionId)
			.containsExactly(bob.connectionId());
		assertThat(fixture.emulator().streams(sessionId)).isEmpty();
		assertThatExceptionOfType(OpenTokNotFoundException.class)
			.isThrownBy(() -> fixture.openTok().moderation().forceDisconnect(sessionId, alice.connectionId()));
	}

	@Test
	void mutesOneStream() {
		String sessionId = fixture.routedSession();
		String connectionId = fixture.emulator().connect(sessionId).connectionId();
		SimulatedStream loud = fixture.emulator().publish(connectionId);
		SimulatedStream other = fixture.emulator().publish(connectionId);
		fixture.openTok().moderation().muteStream(sessionId, loud.streamId());
		assertThat(fixture.emulator().streams(sessionId)).extracting(SimulatedStream::audioMuted)
			.containsExactly(true, false);
		// OpenTok answers an unknown stream id with 408 (fact sheet 2.7b, 6.9)
		assertThatExceptionOfType(OpenTokApiException.class)
			.isThrownBy(() -> fixture.openTok().moderation().muteStream(sessionId, UNKNOWN_ID))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(408));
		assertThat(other.audioMuted()).isFalse();
	}

	@Test
	void mutesEveryStreamButTheExcludedOnesUntilDisabled() {
		String sessionId = fixture.routedSession();
		String connectionId = fixture.emulator().connect(sessionId).connectionId();
		SimulatedStream speaker = fixture.emulator().publish(connectionId);
		SimulatedStream audience = fixture.emulator().publish(connectionId);
		fixture.openTok().moderation().muteAll(sessionId, List.of(speaker.streamId()));
		SimulatedStream latecomer = fixture.emulator().publish(connectionId);
		assertThat(latecomer.audioMuted()).isTrue();
		assertThat(fixture.emulator().streams(sessionId))
			.extracting(SimulatedStream::streamId, SimulatedStream::audioMuted)
			.containsExactly(tuple(speaker.streamId(), false), tuple(audience.streamId(), true),
					tuple(latecomer.streamId(), true));
		fixture.openTok().moderation().disableForceMute(sessionId);
		assertThat(fixture.emulator().publish(connectionId).audioMuted()).isFalse();
		assertThat(fixture.send("POST", fixture.projectPath("/session/" + sessionId + "/mute"), "{}").status())
			.isEqualTo(400);
	}

}
