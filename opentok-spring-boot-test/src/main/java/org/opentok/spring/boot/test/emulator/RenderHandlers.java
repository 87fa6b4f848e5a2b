package org.opentok.spring.boot.test.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import org.opentok.spring.client.stream.VideoType;
import org.opentok.spring.client.token.Role;

/**
 * The Experience Composer API: start (202, {@code starting}; the composer then joins the
 * session and publishes), get, list and stop.
 *
 * @since 0.1.0
 */
final class RenderHandlers {

	private static final String RENDERS = "/v2/project/{projectId}/render";

	private static final List<String> RESOLUTIONS = List.of("640x480", "480x640", "1280x720", "720x1280");

	private final EmulatorState state;

	private final SessionActivity activity;

	private final ClientTokenVerifier tokens;

	RenderHandlers(EmulatorState state, SessionActivity activity, ClientTokenVerifier tokens) {
		this.state = state;
		this.activity = activity;
		this.tokens = tokens;
	}

	void register(Router router) {
		router.add("POST", RENDERS, Router.Body.JSON, this::start);
		router.add("GET", RENDERS, Router.Body.NONE, this::list);
		router.add("GET", RENDERS + "/{renderId}", Router.Body.NONE, this::get);
		router.add("DELETE", RENDERS + "/{renderId}", Router.Body.NONE, this::stop);
	}

	private ApiResponse start(ApiCall call) {
		JsonBody body = call.json();
		String sessionId = body.requiredString("sessionId");
		String token = body.requiredString("token");
		String url = body.requiredString("url");
		if (url.length() < 15 || url.length() > 2048) {
			throw body.invalid("url", "must have 15 to 2048 characters, got " + url.length());
		}
		body.optionalInt("maxDuration", 60, 36_000);
		String resolution = body.optionalEnum("resolution", RESOLUTIONS);
		JsonBody properties = body.optionalObject("properties");
		String name = (properties != null) ? properties.optionalString("name") : null;
		if (name != null && name.length() > 200) {
			throw properties.invalid("name", "must have at most 200 characters");
		}
		String callbackUrl = body.optionalString("statusCallbackUrl");
		ProjectState project = call.project();
		SessionState session = this.state.requireSession(project, sessionId);
		TokenVerification verified = this.tokens.requireFor(token, session);
		if (verified.role() == Role.SUBSCRIBER) {
			throw ApiError.badRequest(
					"Invalid token: the Experience Composer publishes, so its token needs the " + "publisher role");
		}
		RenderRecord render = new RenderRecord(Ids.uuid(), sessionId, this.state.now(), url,
				(resolution != null) ? resolution : "1280x720", name, callbackUrl);
		project.renders().put(render.id(), render);
		this.state.later(Duration.ZERO, () -> join(session, render, verified));
		return ApiResponse.json(202, render.toJson(project));
	}

	private void join(SessionState session, RenderRecord render, TokenVerification verified) {
		if (!"starting".equals(render.status()) || this.state.session(session.id()) != session) {
			return;
		}
		ConnectionRecord connection = this.activity.connect(session, SipHandlers.dataOf(verified), verified.role());
		StreamRecord stream = this.activity.publish(session, connection, VideoType.CUSTOM,
				(render.name() != null) ? render.name() : "");
		render.started(this.state.now(), connection.id(), stream.id());
	}

	private RenderRecord require(ProjectState project, String renderId) {
		RenderRecord render = project.renders().get(renderId);
		if (render == null) {
			throw ApiError.notFound("Render " + renderId + " was not found");
		}
		return render;
	}

	private ApiResponse get(ApiCall call) {
		return ApiResponse.ok(require(call.project(), call.variable("renderId")).toJson(call.project()));
	}

	private ApiResponse list(ApiCall call) {
		Paging paging = Paging.of(call, 1);
		List<ObjectNode> newestFirst = new ArrayList<>();
		call.project().renders().values().forEach((render) -> newestFirst.add(0, render.toJson(call.project())));
		return ApiResponse.ok(paging.page(newestFirst, null));
	}

	private ApiResponse stop(ApiCall call) {
		RenderRecord render = require(call.project(), call.variable("renderId"));
		if (!"stopped".equals(render.status())) {
			SessionState session = this.state.session(render.sessionId());
			String connectionId = render.connectionId();
			if (session != null && connectionId != null && session.connections().containsKey(connectionId)) {
				this.activity.disconnect(session, session.connections().get(connectionId), "clientDisconnected");
			}
			render.stopped(this.state.now());
		}
		return ApiResponse.noContent();
	}

}
