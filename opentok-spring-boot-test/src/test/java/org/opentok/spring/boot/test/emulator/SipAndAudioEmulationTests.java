package org.opentok.spring.boot.test.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opentok.spring.client.audio.AudioConnection;
import org.opentok.spring.client.audio.AudioConnectorOptions;
import org.opentok.spring.client.core.OpenTokBadRequestException;
import org.opentok.spring.client.core.OpenTokConflictException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.sip.SipCall;
import org.opentok.spring.client.sip.SipDialOptions;
import org.opentok.spring.client.token.TokenOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code SipClient} and {@code AudioConnectorClient}: the dialled call and the connector
 * join the session with their tokens.
 */
class SipAndAudioEmulationTests {

	private static EmulatorFixture fixture;

	@BeforeAll
	static void start() {
		fixture = new EmulatorFixture();
	}

	@AfterAll
	static void stop() {
		fixture.close();
	}

	@BeforeEach
	void reset() {
		fixture.emulator().reset();
	}

	private static String token(String sessionId, String data) {
		return fixture.openTok().tokens().generate(sessionId, TokenOptions.builder().data(data).build());
	}

	private static SipDialOptions.Builder dial(String sessionId) {
		return SipDialOptions.builder()
			.sessionId(sessionId)
			.token(token(sessionId, "sip=true"))
			.uri("sip:+15550100@sip.example.com;transport=tls")
			.from("15550199@example.com")
			.header("X-Account", "42")
			.auth("bob", "pa55")
			.secure(true)
			.observeForceMute(true);
	}

	@Test
	void dialsAParticipantWhoJoinsTheSessionWithTheTokensData() {
		String sessionId = fixture.routedSession();
		SipCall call = fixture.openTok().sip().dial(dial(sessionId).build());
		assertThat(call.id()).isNotBlank();
		assertThat(call.sessionId()).isEqualTo(sessionId);
		assertThat(call.projectId()).isEqualTo(fixture.emulator().credentials().apiKey());
		assertThat(fixture.emulator().connections(sessionId)).singleElement().satisfies((connection) -> {
			assertThat(connection.connectionId()).isEqualTo(call.connectionId());
			assertThat(connection.data()).isEqualTo("sip=true");
		});
		assertThat(fixture.emulator().streams(sessionId)).singleElement().satisfies((stream) -> {
			assertThat(stream.streamId()).isEqualTo(call.streamId());
			assertThat(stream.videoType()).isNull();
		});
		assertThat(fixture.emulator().requests()).last()
			.satisfies((request) -> assertThat(request.body()).contains("\"observeForceMute\":true"));
	}

	@Test
	void refusesToDialIntoARelayedSessionWith409AndWithABadTokenWith400() {
		String relayed = fixture.relayedSession();
		assertThatExceptionOfType(OpenTokConflictException.class)
			.isThrownBy(() -> fixture.openTok().sip().dial(dial(relayed).build()));
		String routed = fixture.routedSession();
		assertThatExceptionOfType(OpenTokBadRequestException.class)
			.isThrownBy(() -> fixture.openTok().sip().dial(dial(routed).token(token(relayed, "")).build()))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).contains("not for " + routed));
		assertThat(fixture
			.send("POST", fixture.projectPath("/dial"),
					"{\"sessionId\":\"" + routed + "\",\"token\":\"t\",\"sip\":{\"uri\":\"tel:+1555\"}}")
			.status()).isEqualTo(400);
	}

	@Test
	void playsDtmfToTheSessionAndToOneConnection() {
		String sessionId = fixture.routedSession();
		SipCall call = fixture.openTok().sip().dial(dial(sessionId).build());
		fixture.openTok().sip().playDtmf(sessionId, "1p2#");
		fixture.openTok().sip().playDtmf(sessionId, call.connectionId(), "*9");
		assertThat(fixture.emulator().requests()).extracting(RecordedRequest::status).endsWith(200, 200);
		assertThatExceptionOfType(OpenTokNotFoundException.class)
			.isThrownBy(() -> fixture.openTok().sip().playDtmf(sessionId, "c053fcc8-0000-4000-8000-0000000000aa", "1"));
		assertThat(fixture
			.send("POST", fixture.projectPath("/session/" + sessionId + "/play-dtmf"), "{\"digits\":\"12a\"}")
			.status()).isEqualTo(400);
	}

	@Test
	void connectsAnAudioConnectorThatJoinsTheSession() {
		String sessionId = fixture.routedSession();
		AudioConnection connector = fixture.openTok()
			.audioConnector()
			.connect(AudioConnectorOptions.builder()
				.sessionId(sessionId)
				.token(token(sessionId, "bot"))
				.uri("wss://audio.example.com/ws")
				.header("X-Call", "abc")
				.audioRate(16000)
				.bidirectional(true)
				.build());
		assertThat(fixture.emulator().connections(sessionId)).extracting(SimulatedConnection::connectionId)
			.containsExactly(connector.connectionId());
		String relayed = fixture.relayedSession();
		assertThatExceptionOfType(OpenTokConflictException.class).isThrownBy(() -> fixture.openTok()
			.audioConnector()
			.connect(AudioConnectorOptions.builder()
				.sessionId(relayed)
				.token(token(relayed, ""))
				.uri("ws://audio.example.com")
				.build()));
		String body = "{\"sessionId\":\"%s\",\"token\":\"%s\",\"websocket\":{\"uri\":\"%s\",\"audioRate\":%d}}";
		assertThat(fixture
			.send("POST", fixture.projectPath("/connect"),
					body.formatted(sessionId, token(sessionId, ""), "http://x", 8000))
			.status()).isEqualTo(400);
		assertThat(fixture
			.send("POST", fixture.projectPath("/connect"),
					body.formatted(sessionId, token(sessionId, ""), "wss://x", 11025))
			.status()).isEqualTo(400);
	}

}
