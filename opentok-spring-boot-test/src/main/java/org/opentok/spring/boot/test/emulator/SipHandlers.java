package org.opentok.spring.boot.test.emulator;

import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import org.opentok.spring.client.stream.VideoType;

/**
 * SIP dial-out and DTMF. A dialled call joins its routed session as a client (with the
 * connection data of its token); DTMF is recorded.
 *
 * @since 0.1.0
 */
final class SipHandlers {

	private static final Pattern DTMF_DIGITS = Pattern.compile("[0-9*#p]+");

	private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

	private final EmulatorState state;

	private final SessionActivity activity;

	private final ClientTokenVerifier tokens;

	SipHandlers(EmulatorState state, SessionActivity activity, ClientTokenVerifier tokens) {
		this.state = state;
		this.activity = activity;
		this.tokens = tokens;
	}

	void register(Router router) {
		router.add("POST", "/v2/project/{projectId}/dial", Router.Body.JSON, this::dial);
		router.add("POST", "/v2/project/{projectId}/session/{sessionId}/play-dtmf", Router.Body.JSON, this::dtmf);
		router.add("POST", "/v2/project/{projectId}/session/{sessionId}/connection/{connectionId}/play-dtmf",
				Router.Body.JSON, this::dtmf);
	}

	private ApiResponse dial(ApiCall call) {
		JsonBody body = call.json();
		String sessionId = body.requiredString("sessionId");
		String token = body.requiredString("token");
		JsonBody sip = body.requiredObject("sip");
		String uri = sip.requiredString("uri");
		if (!uri.regionMatches(true, 0, "sip:", 0, 4) && !uri.regionMatches(true, 0, "sips:", 0, 5)) {
			throw sip.invalid("uri", "must be a sip: or sips: URI");
		}
		sip.optionalString("from");
		checkHeaders(sip, sip.optionalStringMap("headers"));
		JsonBody auth = sip.optionalObject("auth");
		if (auth != null) {
			auth.requiredString("username");
			auth.optionalString("password");
		}
		sip.optionalBoolean("secure");
		boolean video = sip.booleanOr("video", false);
		sip.optionalBoolean("observeForceMute");
		sip.optionalStrings("streams");
		SessionState session = this.state.requireSession(call.project(), sessionId);
		session.requireRouted("SIP dial-out");
		TokenVerification verified = this.tokens.requireFor(token, session);
		ConnectionRecord connection = this.activity.connect(session, dataOf(verified), verified.role());
		StreamRecord stream = this.activity.publish(session, connection, video ? VideoType.CAMERA : null, "");
		ObjectNode answer = Json.object();
		answer.put("id", Ids.uuid());
		answer.put("connectionId", connection.id());
		answer.put("streamId", stream.id());
		answer.put("projectId", call.project().id());
		answer.put("sessionId", session.id());
		answer.put("createdAt", connection.createdAt().toEpochMilli());
		answer.put("updatedAt", connection.createdAt().toEpochMilli());
		return ApiResponse.ok(answer);
	}

	/**
	 * Any valid header name (RFC 9110 token; the service dropped the {@code X-} rule in
	 * 2020), and no value that could end the header early.
	 */
	private static void checkHeaders(JsonBody sip, @Nullable Map<String, String> headers) {
		if (headers == null) {
			return;
		}
		headers.forEach((name, value) -> {
			if (name.isBlank()) {
				throw sip.invalid("headers", "name must not be blank");
			}
			if (!HEADER_NAME.matcher(name).matches()) {
				throw sip.invalid("headers", "name '" + escaped(name)
						+ "' is not a valid header name: use only letters, digits and !#$%&'*+-.^_`|~");
			}
			if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
				throw sip.invalid("headers",
						"value of '" + name + "' must not contain CR, LF or NUL, got '" + escaped(value) + "'");
			}
		});
	}

	private static String escaped(String text) {
		StringBuilder shown = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c < 0x20 || c > 0x7e) {
				shown.append(String.format("\\u%04x", (int) c));
			}
			else {
				shown.append(c);
			}
		}
		return shown.toString();
	}

	private ApiResponse dtmf(ApiCall call) {
		SessionState session = this.state.requireSession(call.project(), call.variable("sessionId"));
		String digits = call.json().requiredString("digits");
		if (!DTMF_DIGITS.matcher(digits).matches()) {
			throw ApiError.badRequest("'digits' must contain only 0-9, '*', '#' and 'p', got '" + digits + "'");
		}
		if (call.request().path().contains("/connection/")) {
			session.connection(call.variable("connectionId"));
		}
		return ApiResponse.empty(200);
	}

	static String dataOf(TokenVerification verified) {
		return (verified.connectionData() != null) ? verified.connectionData() : "";
	}

}
