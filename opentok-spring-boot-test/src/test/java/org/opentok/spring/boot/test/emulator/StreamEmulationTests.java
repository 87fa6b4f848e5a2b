package org.opentok.spring.boot.test.emulator;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opentok.spring.client.connection.Connection;
import org.opentok.spring.client.connection.ConnectionState;
import org.opentok.spring.client.connection.SessionConnections;
import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.stream.SessionStream;
import org.opentok.spring.client.stream.VideoType;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code StreamClient} and {@code ConnectionClient} against clients simulated through the
 * emulator.
 */
class StreamEmulationTests {

	private static final String UNKNOWN_ID = "63245362-0000-4000-8000-0000000000bb";

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	@Test
	void listsAndGetsThePublishedStreams() {
		String sessionId = fixture.relayedSession();
		Page<SessionStream> none = fixture.openTok().streams().list(sessionId);
		assertThat(none.totalCount()).isZero();
		assertThat(none.items()).isEmpty();
		SimulatedConnection alice = fixture.emulator().connect(sessionId);
		SimulatedStream camera = fixture.emulator().publish(alice.connectionId());
		SimulatedStream screen = fixture.emulator().publish(alice.connectionId(), VideoType.SCREEN, "slides");
		SimulatedStream phone = fixture.emulator().publish(alice.connectionId(), null, "");
		Page<SessionStream> three = fixture.openTok().streams().list(sessionId);
		assertThat(three.totalCount()).isEqualTo(3);
		assertThat(three.items()).extracting(SessionStream::id)
			.containsExactly(camera.streamId(), screen.streamId(), phone.streamId());
		SessionStream slides = fixture.openTok().streams().get(sessionId, screen.streamId());
		assertThat(slides.videoType()).isEqualTo(VideoType.SCREEN);
		assertThat(slides.name()).isEqualTo("slides");
		assertThat(fixture.openTok().streams().get(sessionId, phone.streamId()).videoType()).isNull();
		fixture.emulator().unpublish(screen.streamId());
		assertThat(fixture.openTok().streams().list(sessionId).items()).extracting(SessionStream::id)
			.containsExactly(camera.streamId(), phone.streamId());
	}

	@Test
	void setsLayoutClassesOfSeveralStreamsAtOnce() {
		String sessionId = fixture.routedSession();
		String connectionId = fixture.emulator().connect(sessionId).connectionId();
		SimulatedStream first = fixture.emulator().publish(connectionId);
		SimulatedStream second = fixture.emulator().publish(connectionId);
		fixture.openTok()
			.streams()
			.setLayoutClasses(sessionId,
					Map.of(first.streamId(), List.of("full", "focus"), second.streamId(), List.of()));
		assertThat(fixture.openTok().streams().get(sessionId, first.streamId()).layoutClassList())
			.containsExactly("full", "focus");
		assertThat(fixture.emulator().streams(sessionId)).extracting(SimulatedStream::layoutClassList)
			.containsExactly(List.of("full", "focus"), List.of());
		assertThatExceptionOfType(OpenTokNotFoundException.class)
			.isThrownBy(() -> fixture.openTok().streams().setLayoutClasses(sessionId, UNKNOWN_ID, List.of("full")));
		assertThat(fixture
			.send("PUT", fixture.projectPath("/session/" + sessionId + "/stream"),
					"{\"items\":[{\"id\":\"" + first.streamId() + "\"}]}")
			.status()).isEqualTo(400);
	}

	// OpenTok answers an unknown stream id with 408, not 404 (fact sheet 2.4a, 6.9)
	@Test
	void answersUnknownStreamsWith408AndUnknownSessionsWith404() {
		String sessionId = fixture.routedSession();
		assertThatExceptionOfType(OpenTokApiException.class)
			.isThrownBy(() -> fixture.openTok().streams().get(sessionId, UNKNOWN_ID))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(408));
		EmulatorFixture.Raw unknown = fixture.send("GET",
				fixture.projectPath("/session/" + sessionId + "/stream/" + UNKNOWN_ID), null);
		assertThat(unknown.status()).isEqualTo(408);
		assertThat(unknown.contentType()).startsWith("application/json");
		assertThat(unknown.json().path("code").asInt()).isEqualTo(408);
		assertThat(unknown.message()).startsWith("Stream not found").contains(UNKNOWN_ID);
		String otherSession = otherEmulatorsSession();
		assertThatExceptionOfType(OpenTokNotFoundException.class)
			.isThrownBy(() -> fixture.openTok().streams().list(otherSession));
		assertThatExceptionOfType(OpenTokNotFoundException.class)
			.isThrownBy(() -> fixture.openTok().connections().list(otherSession));
		EmulatorFixture.Raw malformed = fixture.send("GET", fixture.projectPath("/session/not-a-session/connection"),
				null);
		assertThat(malformed.status()).isEqualTo(400);
		assertThatIllegalArgumentException().isThrownBy(() -> fixture.openTok().connections().list("not-a-session"))
			.withMessageStartingWith("'sessionId' must be an OpenTok session id");
	}

	@Test
	void listsTheConnectedClients() {
		String sessionId = fixture.routedSession();
		SimulatedConnection alice = fixture.emulator()
			.connect(sessionId,
					fixture.openTok()
						.tokens()
						.generate(sessionId, TokenOptions.builder().role(Role.MODERATOR).data("name=Alice").build()));
		SimulatedConnection bob = fixture.emulator().connect(sessionId);
		assertThat(alice.role()).isEqualTo(Role.MODERATOR);
		assertThat(alice.data()).isEqualTo("name=Alice");
		SessionConnections connections = fixture.openTok().connections().list(sessionId);
		assertThat(connections.count()).isEqualTo(2);
		assertThat(connections.sessionId()).isEqualTo(sessionId);
		assertThat(connections.projectId()).isEqualTo(fixture.emulator().credentials().apiKey());
		assertThat(connections.items()).extracting(Connection::connectionId)
			.containsExactly(alice.connectionId(), bob.connectionId());
		assertThat(connections.items()).extracting(Connection::connectionState).containsOnly(ConnectionState.CONNECTED);
		assertThat(connections.items().get(0).createdAt()).isEqualTo(alice.createdAt().truncatedTo(ChronoUnit.MILLIS));
		fixture.emulator().disconnect(alice.connectionId());
		assertThat(fixture.openTok().connections().list(sessionId).items()).extracting(Connection::connectionId)
			.containsExactly(bob.connectionId());
	}

	@Test
	void refusesSimulationsThatNoClientCouldDo() {
		String sessionId = fixture.routedSession();
		SimulatedConnection viewer = fixture.emulator()
			.connect(sessionId,
					fixture.openTok()
						.tokens()
						.generate(sessionId, TokenOptions.builder().role(Role.SUBSCRIBER).build()));
		assertThatIllegalStateException().isThrownBy(() -> fixture.emulator().publish(viewer.connectionId()))
			.withMessageContaining("subscriber");
		assertThatIllegalArgumentException().isThrownBy(() -> fixture.emulator().connect(otherEmulatorsSession()));
		assertThatIllegalArgumentException().isThrownBy(() -> fixture.emulator().publish(UNKNOWN_ID));
		assertThatIllegalArgumentException().isThrownBy(() -> fixture.emulator().disconnect(UNKNOWN_ID));
		assertThatIllegalArgumentException().isThrownBy(() -> fixture.emulator().unpublish(UNKNOWN_ID));
	}

	private static String otherEmulatorsSession() {
		EmulatorCredentials project = fixture.emulator().credentials();
		try (OpenTokEmulator other = OpenTokEmulator.builder().project(project.apiKey(), project.apiSecret()).start()) {
			return other.createSession(MediaMode.RELAYED);
		}
	}

}
