package org.opentok.spring.client.audio;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockserver.model.HttpRequest;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokAuthenticationException;
import org.opentok.spring.client.core.OpenTokBadRequestException;
import org.opentok.spring.client.core.OpenTokConflictException;
import org.opentok.spring.client.core.OpenTokInvalidResponseException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.opentok.spring.client.support.MockOpenTok.json;

/**
 * Tests for {@link AudioConnectorClient} against a MockServer.
 */
class AudioConnectorClientTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final String CONNECTOR_ID = "b0a5a8c7-dc38-459f-a48d-a7f2008da853";

	private static final String CONNECTION_ID = "e9f8c166-6c67-440d-994a-04fb6dfed007";

	private static final String PATH = "/v2/project/123456/connect";

	private final AudioConnectorClient client = new AudioConnectorClient(openTok.transport());

	@Test
	void connectSendsEveryOptionAsJson() {
		respondWithConnection();
		this.client.connect(AudioConnectorOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("wss://audio.example.com/ws")
			.streams("stream-1", "stream-2")
			.header("X-Call", "abc")
			.header("room", "blue \"1\"")
			.audioRate(16000)
			.bidirectional(true)
			.build());
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo(PATH);
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertJsonBody(sent, """
				{"sessionId": "%s", "token": "client-token",
				 "websocket": {"uri": "wss://audio.example.com/ws", "streams": ["stream-1", "stream-2"],
				               "headers": {"X-Call": "abc", "room": "blue \\"1\\""},
				               "audioRate": 16000, "bidirectional": true}}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void connectSendsAVoiceAiConnectorWith24000AndAJsonTransport() {
		respondWithConnection();
		this.client.connect(AudioConnectorOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("wss://ai.example.com/ws")
			.audioRate(24000)
			.bidirectional(true)
			.audioTransport(AudioTransport.builder().json().audioField("payload").staticField("event", "media").build())
			.build());
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo(PATH);
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertJsonBody(sent, """
				{"sessionId": "%s", "token": "client-token",
				 "websocket": {"uri": "wss://ai.example.com/ws", "audioRate": 24000, "bidirectional": true,
				               "audioTransport": {"transport": "json", "encoding": "base64", "audio_field": "payload",
				                                  "static_fields": {"event": "media"}}}}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void connectSendsEveryTransportFieldWithStaticFieldsExactlyAsGiven() {
		respondWithConnection();
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("callSid", "CA-1");
		meta.put("X-Mixed_case", List.of(1, 2.5, true, "three"));
		this.client.connect(AudioConnectorOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("wss://ai.example.com/ws")
			.bidirectional(true)
			.audioTransport(AudioTransport.builder()
				.json()
				.audioField("audio_out")
				.receiveAudioField("audioIn")
				.staticField("event", "media")
				.staticField("streamSid", "MZ\"1\"")
				.staticField("seq", 12345678901L)
				.staticField("meta", meta)
				.build())
			.build());
		HttpRequest sent = openTok.onlyRequest();
		MockOpenTok.assertJsonBody(sent,
				"""
						{"sessionId": "%s", "token": "client-token",
						 "websocket": {"uri": "wss://ai.example.com/ws", "bidirectional": true,
						               "audioTransport": {"transport": "json", "encoding": "base64",
						                                  "audio_field": "audio_out", "receive_audio_field": "audioIn",
						                                  "static_fields": {"event": "media", "streamSid": "MZ\\"1\\"",
						                                                    "seq": 12345678901,
						                                                    "meta": {"callSid": "CA-1",
						                                                             "X-Mixed_case": [1, 2.5, true, "three"]}}}}}
						"""
					.formatted(MockOpenTok.SESSION_ID));
		assertThat(new String(sent.getBodyAsRawBytes(), StandardCharsets.UTF_8))
			.contains("\"static_fields\":{\"event\":\"media\",\"streamSid\":")
			.contains("\"callSid\":\"CA-1\",\"X-Mixed_case\":[1,2.5,true,\"three\"]");
	}

	@Test
	void connectSendsTheBinaryTransportWhenSetAndNothingElse() {
		respondWithConnection();
		this.client.connect(AudioConnectorOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("ws://audio.example.com/ws")
			.audioTransport(AudioTransport.binary())
			.build());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId": "%s", "token": "client-token",
				 "websocket": {"uri": "ws://audio.example.com/ws", "audioTransport": {"transport": "binary"}}}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void connectRefusesAReceiveAudioFieldWithoutBidirectionalBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.connect(AudioConnectorOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("ws://audio.example.com/ws")
			.audioTransport(AudioTransport.builder().json().receiveAudioField("reply").build())
			.build())).withMessageStartingWith("'audioTransport.receiveAudioField' requires 'bidirectional' true");
		openTok.assertNoRequest();
	}

	@Test
	void connectReadsTheEchoedRateAndDirectionTolerantly() {
		openTok.respond(request().withPath(PATH), json(200, """
				{"id": "%s", "connectionId": "%s", "audioRate": "24000", "bidirectional": true,
				 "audioTransport": {"transport": "carrier-pigeon", "somethingNew": 1}}
				""".formatted(CONNECTOR_ID, CONNECTION_ID)));
		assertThat(this.client.connect(minimalOptions()))
			.isEqualTo(new AudioConnection(CONNECTOR_ID, CONNECTION_ID, 24000, true));
	}

	@Test
	void connectLeavesUnsetAndEmptyOptionsOut() {
		respondWithConnection();
		this.client.connect(minimalOptions());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId": "%s", "token": "client-token", "websocket": {"uri": "ws://audio.example.com/ws"}}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void connectSendsBidirectionalFalseAndTheLowAudioRate() {
		respondWithConnection();
		this.client.connect(AudioConnectorOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("ws://audio.example.com/ws")
			.audioRate(8000)
			.bidirectional(false)
			.build());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId": "%s", "token": "client-token",
				 "websocket": {"uri": "ws://audio.example.com/ws", "audioRate": 8000, "bidirectional": false}}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void connectReadsTheConnectorAndIgnoresUnknownFields() {
		openTok.respond(request().withPath(PATH), json(200, """
				{"id": "%s", "connectionId": "%s", "bidirectional": true, "somethingNew": [1, 2]}
				""".formatted(CONNECTOR_ID, CONNECTION_ID)));
		assertThat(this.client.connect(minimalOptions()))
			.isEqualTo(new AudioConnection(CONNECTOR_ID, CONNECTION_ID, null, true));
	}

	@Test
	void connectRefusesASuccessWithoutAConnector() {
		openTok.respond(request().withPath(PATH), json(200, "{}"));
		assertThatExceptionOfType(OpenTokInvalidResponseException.class)
			.isThrownBy(() -> this.client.connect(minimalOptions()))
			.withMessageStartingWith("audio.connect failed: invalid response");
	}

	static Stream<Arguments> connectErrors() {
		return Stream.of(Arguments.of(400, OpenTokBadRequestException.class, "Invalid websocket uri"),
				Arguments.of(403, OpenTokAuthenticationException.class, "Authentication failed"),
				Arguments.of(409, OpenTokConflictException.class, "Only routed sessions are allowed"));
	}

	@ParameterizedTest
	@MethodSource("connectErrors")
	void connectMapsErrorStatuses(int status, Class<? extends OpenTokApiException> type, String message) {
		openTok.respond(request().withPath(PATH),
				json(status, "{\"code\":15001,\"message\":\"" + message + "\",\"description\":\"" + message + "\"}"));
		assertThatExceptionOfType(type).isThrownBy(() -> this.client.connect(minimalOptions())).satisfies((ex) -> {
			assertThat(ex.getOperation()).isEqualTo(OpenTokOperation.AUDIO_CONNECT);
			assertThat(ex.getStatusCode()).isEqualTo(status);
			assertThat(ex.getErrorCode()).isEqualTo(15001);
			assertThat(ex.getErrorMessage()).isEqualTo(message);
			assertThat(ex.getMessage()).isEqualTo("audio.connect failed: " + status + " " + message);
		});
	}

	@Test
	void connectRefusesNullOptionsBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.connect(null))
			.withMessage("'options' must not be null");
		openTok.assertNoRequest();
	}

	private static AudioConnectorOptions minimalOptions() {
		return AudioConnectorOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("ws://audio.example.com/ws")
			.build();
	}

	@Test
	void connectReadsTheShortAnswerWithoutEchoes() {
		respondWithConnection();
		AudioConnection connection = this.client.connect(minimalOptions());
		assertThat(connection).isEqualTo(new AudioConnection(CONNECTOR_ID, CONNECTION_ID));
		assertThat(connection.audioRate()).isNull();
		assertThat(connection.bidirectional()).isNull();
	}

	private static void respondWithConnection() {
		openTok.respond(request().withPath(PATH),
				json(200, "{\"id\":\"%s\",\"connectionId\":\"%s\"}".formatted(CONNECTOR_ID, CONNECTION_ID)));
	}

}
