package org.opentok.spring.boot.test.emulator;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.opentok.spring.client.audio.AudioConnection;
import org.opentok.spring.client.audio.AudioConnectorOptions;
import org.opentok.spring.client.audio.AudioTransport;
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

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

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
	void dialsWithHeaderNamesThatDoNotStartWithX() {
		String sessionId = fixture.routedSession();
		SipCall call = fixture.openTok()
			.sip()
			.dial(dial(sessionId).header("Account-Id", "42")
				.header("P-Asserted-Identity", "<sip:+15550199@example.com>")
				.build());
		assertThat(call.sessionId()).isEqualTo(sessionId);
		assertThat(fixture.emulator().requests()).last().satisfies((request) -> {
			assertThat(request.status()).isEqualTo(200);
			assertThat(request.body()).contains("\"Account-Id\":\"42\"")
				.contains("\"P-Asserted-Identity\":\"<sip:+15550199@example.com>\"");
		});
	}

	static Stream<Arguments> invalidSipHeaders() {
		String allowed = " is not a valid header name: use only letters, digits and !#$%&'*+-.^_`|~";
		return Stream.of(Arguments.of("{\"X Foo\":\"1\"}", "'sip.headers' name 'X Foo'" + allowed),
				Arguments.of("{\"X-Foo:\":\"1\"}", "'sip.headers' name 'X-Foo:'" + allowed),
				Arguments.of("{\"X-A\\r\\nB\":\"1\"}", "'sip.headers' name 'X-A\\u000d\\u000aB'" + allowed),
				Arguments.of("{\"X-\u00e9\":\"1\"}", "'sip.headers' name 'X-\\u00e9'" + allowed),
				Arguments.of("{\"\":\"1\"}", "'sip.headers' name must not be blank"),
				Arguments.of("{\"Account-Id\":\"a\\r\\nX-B: 1\"}",
						"'sip.headers' value of 'Account-Id' must not contain CR, LF or NUL, got 'a\\u000d\\u000aX-B: 1'"),
				Arguments.of("{\"Account-Id\":\"a\\u0000b\"}",
						"'sip.headers' value of 'Account-Id' must not contain CR, LF or NUL, got 'a\\u0000b'"),
				Arguments.of("{\"Account-Id\":1}", "'sip.headers.Account-Id' must be a string"));
	}

	@ParameterizedTest
	@MethodSource("invalidSipHeaders")
	void refusesInvalidSipHeadersWith400(String headers, String message) {
		String sessionId = fixture.routedSession();
		EmulatorFixture.Raw answer = fixture.send("POST", fixture.projectPath("/dial"),
				"{\"sessionId\":\"%s\",\"token\":\"%s\",\"sip\":{\"uri\":\"sip:a@example.com\",\"headers\":%s}}"
					.formatted(sessionId, token(sessionId, ""), headers));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("code").asInt()).isEqualTo(400);
		assertThat(answer.message()).isEqualTo(message);
		assertThat(fixture.emulator().connections(sessionId)).isEmpty();
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

	@Test
	void connectsAVoiceAiConnectorAt24000WithAJsonTransportAndEchoesThem() {
		String sessionId = fixture.routedSession();
		AudioConnection connector = fixture.openTok()
			.audioConnector()
			.connect(AudioConnectorOptions.builder()
				.sessionId(sessionId)
				.token(token(sessionId, "voice-ai"))
				.uri("wss://ai.example.com/ws")
				.audioRate(24000)
				.bidirectional(true)
				.audioTransport(AudioTransport.builder()
					.json()
					.audioField("payload")
					.receiveAudioField("reply")
					.staticField("event", "media")
					.build())
				.build());
		assertThat(connector.audioRate()).isEqualTo(24000);
		assertThat(connector.bidirectional()).isTrue();
		assertThat(fixture.emulator().connections(sessionId)).singleElement().satisfies((connection) -> {
			assertThat(connection.connectionId()).isEqualTo(connector.connectionId());
			assertThat(connection.data()).isEqualTo("voice-ai");
		});
	}

	@Test
	void echoesTheRateTheDirectionAndTheTransportExactlyAsReceived() {
		String sessionId = fixture.routedSession();
		String transport = """
				{"transport":"json","encoding":"base64","audio_field":"payload",
				 "static_fields":{"event":"media","Call-Sid":"CA-1","meta":{"n":[1,2.5,true,null]}}}""";
		EmulatorFixture.Raw answer = fixture.send("POST", fixture.projectPath("/connect"), """
				{"sessionId":"%s","token":"%s","websocket":{"uri":"wss://ai.example.com/ws","audioRate":24000,
				 "bidirectional":true,"audioTransport":%s}}""".formatted(sessionId, token(sessionId, ""), transport));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("id").asString()).isNotBlank();
		assertThat(answer.json().path("audioRate").asInt()).isEqualTo(24000);
		assertThat(answer.json().path("bidirectional").asBoolean()).isTrue();
		assertThat(answer.json().path("audioTransport")).isEqualTo(EmulatorFixture.JSON.readTree(transport));
	}

	@Test
	void echoesNothingThatWasNotSent() {
		String sessionId = fixture.routedSession();
		EmulatorFixture.Raw answer = fixture.send("POST", fixture.projectPath("/connect"),
				"{\"sessionId\":\"%s\",\"token\":\"%s\",\"websocket\":{\"uri\":\"wss://ai.example.com/ws\"}}"
					.formatted(sessionId, token(sessionId, "")));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().propertyNames()).containsExactlyInAnyOrder("id", "connectionId");
	}

	static Stream<Arguments> invalidAudioConnectors() {
		String prefix = "'websocket.audioTransport.";
		return Stream.of(
				Arguments.of("\"audioRate\":11025", "'websocket.audioRate' must be 8000, 16000 or 24000, got 11025"),
				Arguments.of("\"audioRate\":32000", "'websocket.audioRate' must be 8000, 16000 or 24000, got 32000"),
				Arguments.of("\"audioTransport\":\"json\"", "'websocket.audioTransport' must be a JSON object"),
				Arguments.of("\"audioTransport\":{\"transport\":\"text\"}",
						prefix + "transport' must be one of [binary, json], got 'text'"),
				Arguments.of("\"audioTransport\":{\"transport\":\"json\"}",
						prefix + "encoding' is required when 'transport' is json"),
				Arguments.of("\"audioTransport\":{\"transport\":\"json\",\"encoding\":\"hex\"}",
						prefix + "encoding' must be one of [base64], got 'hex'"),
				Arguments.of("\"audioTransport\":{\"transport\":\"binary\",\"audio_field\":\"payload\"}",
						prefix + "audio_field' is only allowed when 'transport' is json"),
				Arguments.of("\"audioTransport\":{\"audio_field\":\"payload\"}",
						prefix + "audio_field' is only allowed when 'transport' is json"),
				Arguments.of("\"bidirectional\":true,\"audioTransport\":{\"receive_audio_field\":\"reply\"}",
						prefix + "receive_audio_field' is only allowed when 'transport' is json"),
				Arguments.of("\"audioTransport\":{\"transport\":\"binary\",\"static_fields\":{\"event\":\"media\"}}",
						prefix + "static_fields' is only allowed when 'transport' is json"),
				Arguments.of(
						"\"audioTransport\":{\"transport\":\"json\",\"encoding\":\"base64\",\"audio_field\":\" \"}",
						prefix + "audio_field' must not be blank"),
				Arguments
					.of("\"bidirectional\":true,\"audioTransport\":{\"transport\":\"json\",\"encoding\":\"base64\","
							+ "\"receive_audio_field\":\"\"}", prefix + "receive_audio_field' must not be blank"),
				Arguments.of(
						"\"audioTransport\":{\"transport\":\"json\",\"encoding\":\"base64\",\"receive_audio_field\":\"reply\"}",
						prefix + "receive_audio_field' requires 'websocket.bidirectional' true"),
				Arguments.of(
						"\"bidirectional\":false,\"audioTransport\":{\"transport\":\"json\",\"encoding\":\"base64\","
								+ "\"receive_audio_field\":\"reply\"}",
						prefix + "receive_audio_field' requires 'websocket.bidirectional' true"),
				Arguments.of(
						"\"audioTransport\":{\"transport\":\"json\",\"encoding\":\"base64\",\"static_fields\":[1]}",
						prefix + "static_fields' must be a JSON object"),
				Arguments.of(
						"\"audioTransport\":{\"transport\":\"json\",\"encoding\":\"base64\",\"static_fields\":{\" \":1}}",
						prefix + "static_fields' keys must not be blank"),
				Arguments.of(
						"\"audioTransport\":{\"transport\":\"json\",\"encoding\":\"base64\",\"static_fields\":{\"audio\":1}}",
						prefix + "static_fields' must not redefine 'audio', the key of the audio"),
				Arguments.of(
						"\"audioTransport\":{\"transport\":\"json\",\"encoding\":\"base64\",\"audio_field\":\"payload\","
								+ "\"static_fields\":{\"payload\":1}}",
						prefix + "static_fields' must not redefine 'payload', the key of the audio"),
				Arguments.of(
						"\"bidirectional\":true,\"audioTransport\":{\"transport\":\"json\",\"encoding\":\"base64\","
								+ "\"receive_audio_field\":\"reply\",\"static_fields\":{\"reply\":1}}",
						prefix + "static_fields' must not redefine 'reply', the key of the audio"));
	}

	@ParameterizedTest
	@MethodSource("invalidAudioConnectors")
	void refusesInvalidRatesAndTransportsWith400(String websocket, String message) {
		String sessionId = fixture.routedSession();
		EmulatorFixture.Raw answer = fixture.send("POST", fixture.projectPath("/connect"),
				"{\"sessionId\":\"%s\",\"token\":\"%s\",\"websocket\":{\"uri\":\"wss://ai.example.com/ws\",%s}}"
					.formatted(sessionId, token(sessionId, ""), websocket));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("code").asInt()).isEqualTo(400);
		assertThat(answer.message()).isEqualTo(message);
		assertThat(fixture.emulator().connections(sessionId)).isEmpty();
	}

}
