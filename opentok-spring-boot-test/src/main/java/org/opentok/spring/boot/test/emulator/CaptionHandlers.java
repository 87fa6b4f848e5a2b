package org.opentok.spring.boot.test.emulator;

import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

import org.opentok.spring.client.token.Role;

/**
 * Live captions: one captioning per routed session, started with a moderator token.
 *
 * @since 0.1.0
 */
final class CaptionHandlers {

	private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}-[A-Z]{2}");

	private final EmulatorState state;

	private final ClientTokenVerifier tokens;

	CaptionHandlers(EmulatorState state, ClientTokenVerifier tokens) {
		this.state = state;
		this.tokens = tokens;
	}

	void register(Router router) {
		router.add("POST", "/v2/project/{projectId}/captions", Router.Body.JSON, this::start);
		router.add("POST", "/v2/project/{projectId}/captions/{captionsId}/stop", Router.Body.NONE, this::stop);
	}

	private ApiResponse start(ApiCall call) {
		JsonBody body = call.json();
		String sessionId = body.requiredString("sessionId");
		String token = body.requiredString("token");
		String languageCode = body.optionalString("languageCode");
		if (languageCode != null && !LANGUAGE_CODE.matcher(languageCode).matches()) {
			throw body.invalid("languageCode", "must have the form xx-XX, such as en-US");
		}
		body.optionalInt("maxDuration", 300, 14_400);
		body.optionalBoolean("partialCaptions");
		String callbackUrl = body.optionalString("statusCallbackUrl");
		if (callbackUrl != null && (callbackUrl.length() < 15 || callbackUrl.length() > 2048)) {
			throw body.invalid("statusCallbackUrl", "must have 15 to 2048 characters");
		}
		ProjectState project = call.project();
		SessionState session = this.state.requireSession(project, sessionId);
		session.requireRouted("Live captions");
		if (this.tokens.requireFor(token, session).role() != Role.MODERATOR) {
			throw ApiError.badRequest("Invalid token: live captions need a token with the moderator role");
		}
		if (project.activeCaptions().containsValue(sessionId)) {
			throw ApiError.conflict("Live captions are already running for session " + sessionId);
		}
		String captionsId = Ids.uuid();
		project.activeCaptions().put(captionsId, sessionId);
		ObjectNode answer = Json.object();
		answer.put("captionsId", captionsId);
		return ApiResponse.json(202, answer);
	}

	private ApiResponse stop(ApiCall call) {
		String captionsId = call.variable("captionsId");
		if (call.project().activeCaptions().remove(captionsId) == null) {
			throw ApiError.notFound("Captions " + captionsId + " were not found or have stopped");
		}
		return ApiResponse.empty(202);
	}

}
