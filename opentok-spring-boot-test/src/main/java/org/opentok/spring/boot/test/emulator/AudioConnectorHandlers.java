package org.opentok.spring.boot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Audio Connector. A connector joins its routed session as a client (with the
 * connection data of its token); the answer echoes the audio rate, the direction and the
 * audio transport exactly as they were sent.
 *
 * @since 0.1.0
 */
final class AudioConnectorHandlers {

	private static final int MAX_WEBSOCKET_HEADER_BYTES = 512;

	private static final List<Integer> AUDIO_RATES = List.of(8000, 16000, 24000);

	private static final String DEFAULT_AUDIO_FIELD = "audio";

	private static final String JSON_ONLY = "is only allowed when 'transport' is json";

	private final EmulatorState state;

	private final SessionActivity activity;

	private final ClientTokenVerifier tokens;

	AudioConnectorHandlers(EmulatorState state, SessionActivity activity, ClientTokenVerifier tokens) {
		this.state = state;
		this.activity = activity;
		this.tokens = tokens;
	}

	void register(Router router) {
		router.add("POST", "/v2/project/{projectId}/connect", Router.Body.JSON, this::connect);
	}

	private ApiResponse connect(ApiCall call) {
		JsonBody body = call.json();
		String sessionId = body.requiredString("sessionId");
		String token = body.requiredString("token");
		JsonBody websocket = body.requiredObject("websocket");
		String uri = websocket.requiredString("uri");
		if (!uri.startsWith("ws://") && !uri.startsWith("wss://")) {
			throw websocket.invalid("uri", "must start with ws:// or wss://");
		}
		websocket.optionalStrings("streams");
		checkHeaders(websocket, websocket.optionalStringMap("headers"));
		Integer audioRate = websocket.optionalInt("audioRate", Integer.MIN_VALUE, Integer.MAX_VALUE);
		if (audioRate != null && !AUDIO_RATES.contains(audioRate)) {
			throw websocket.invalid("audioRate", "must be 8000, 16000 or 24000, got " + audioRate);
		}
		Boolean bidirectional = websocket.optionalBoolean("bidirectional");
		JsonBody audioTransport = websocket.optionalObject("audioTransport");
		if (audioTransport != null) {
			checkTransport(audioTransport, Boolean.TRUE.equals(bidirectional));
		}
		SessionState session = this.state.requireSession(call.project(), sessionId);
		session.requireRouted("The Audio Connector");
		TokenVerification verified = this.tokens.requireFor(token, session);
		ConnectionRecord connection = this.activity.connect(session, SipHandlers.dataOf(verified), verified.role());
		ObjectNode answer = Json.object();
		answer.put("id", Ids.uuid());
		answer.put("connectionId", connection.id());
		if (audioRate != null) {
			answer.put("audioRate", audioRate);
		}
		if (bidirectional != null) {
			answer.put("bidirectional", bidirectional);
		}
		if (audioTransport != null) {
			answer.set("audioTransport", audioTransport.node().deepCopy());
		}
		return ApiResponse.ok(answer);
	}

	private static void checkHeaders(JsonBody websocket, @Nullable Map<String, String> headers) {
		if (headers == null) {
			return;
		}
		int bytes = 0;
		for (Map.Entry<String, String> header : headers.entrySet()) {
			bytes += header.getKey().getBytes(StandardCharsets.UTF_8).length
					+ header.getValue().getBytes(StandardCharsets.UTF_8).length;
		}
		if (bytes > MAX_WEBSOCKET_HEADER_BYTES) {
			throw websocket.invalid("headers", "must be at most " + MAX_WEBSOCKET_HEADER_BYTES + " bytes in all");
		}
	}

	/**
	 * Binary frames (the default) take no JSON settings; JSON messages need Base64 audio,
	 * and their static fields must not hide the audio.
	 */
	private static void checkTransport(JsonBody transport, boolean bidirectional) {
		boolean json = "json".equals(transport.optionalEnum("transport", List.of("binary", "json")));
		String encoding = transport.optionalEnum("encoding", List.of("base64"));
		if (json && encoding == null) {
			throw transport.invalid("encoding", "is required when 'transport' is json");
		}
		String audioField = jsonOnlyName(transport, "audio_field", json);
		String receiveAudioField = jsonOnlyName(transport, "receive_audio_field", json);
		if (receiveAudioField != null && !bidirectional) {
			throw transport.invalid("receive_audio_field", "requires 'websocket.bidirectional' true");
		}
		JsonBody staticFields = transport.optionalObject("static_fields");
		if (staticFields == null) {
			return;
		}
		if (!json) {
			throw transport.invalid("static_fields", JSON_ONLY);
		}
		List<String> audioKeys = (receiveAudioField != null)
				? List.of((audioField != null) ? audioField : DEFAULT_AUDIO_FIELD, receiveAudioField)
				: List.of((audioField != null) ? audioField : DEFAULT_AUDIO_FIELD);
		for (Map.Entry<String, JsonNode> field : staticFields.node().properties()) {
			if (field.getKey().isBlank()) {
				throw transport.invalid("static_fields", "keys must not be blank");
			}
			if (audioKeys.contains(field.getKey())) {
				throw transport.invalid("static_fields",
						"must not redefine '" + field.getKey() + "', the key of the audio");
			}
		}
	}

	private static @Nullable String jsonOnlyName(JsonBody transport, String name, boolean json) {
		String value = transport.optionalString(name);
		if (value == null) {
			return null;
		}
		if (!json) {
			throw transport.invalid(name, JSON_ONLY);
		}
		if (value.isBlank()) {
			throw transport.invalid(name, "must not be blank");
		}
		return value;
	}

}
