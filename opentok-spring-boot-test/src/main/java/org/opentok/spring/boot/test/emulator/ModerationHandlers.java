package org.opentok.spring.boot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signals, force disconnect and muting: what moderators do to connected clients.
 *
 * @since 0.1.0
 */
final class ModerationHandlers {

	private static final String SESSION = "/v2/project/{projectId}/session/{sessionId}";

	private static final int MAX_TYPE_BYTES = 128;

	private static final int MAX_DATA_BYTES = 8192;

	private final EmulatorState state;

	private final SessionActivity activity;

	ModerationHandlers(EmulatorState state, SessionActivity activity) {
		this.state = state;
		this.activity = activity;
	}

	void register(Router router) {
		router.add("POST", SESSION + "/signal", Router.Body.JSON, this::signalSession);
		router.add("POST", SESSION + "/connection/{connectionId}/signal", Router.Body.JSON, this::signalConnection);
		router.add("DELETE", SESSION + "/connection/{connectionId}", Router.Body.NONE, this::forceDisconnect);
		router.add("POST", SESSION + "/stream/{streamId}/mute", Router.Body.NONE, this::muteStream);
		router.add("POST", SESSION + "/mute", Router.Body.JSON, this::muteAll);
	}

	private SessionState session(ApiCall call) {
		return this.state.requireSession(call.project(), call.variable("sessionId"));
	}

	private ApiResponse signalSession(ApiCall call) {
		return signal(call, session(call), null);
	}

	private ApiResponse signalConnection(ApiCall call) {
		SessionState session = session(call);
		return signal(call, session, session.connection(call.variable("connectionId")).id());
	}

	private ApiResponse signal(ApiCall call, SessionState session, @Nullable String connectionId) {
		JsonBody body = call.json();
		String type = body.optionalString("type");
		String data = body.optionalString("data");
		if (data == null) {
			throw body.invalid("data", "is required");
		}
		if (type != null && type.getBytes(StandardCharsets.UTF_8).length > MAX_TYPE_BYTES) {
			throw new ApiError(413, "The signal type exceeds " + MAX_TYPE_BYTES + " bytes");
		}
		if (data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
			throw new ApiError(413, "The signal data exceeds " + MAX_DATA_BYTES + " bytes");
		}
		this.state.record(new RecordedSignal(session.id(), connectionId, type, data, this.state.now()));
		return ApiResponse.noContent();
	}

	private ApiResponse forceDisconnect(ApiCall call) {
		SessionState session = session(call);
		this.activity.disconnect(session, session.connection(call.variable("connectionId")), "forceDisconnected");
		return ApiResponse.noContent();
	}

	private ApiResponse muteStream(ApiCall call) {
		SessionState session = session(call);
		session.requestedStream(call.variable("streamId")).muteAudio();
		return ApiResponse.ok(projectDetails(call.project()));
	}

	private ApiResponse muteAll(ApiCall call) {
		SessionState session = session(call);
		JsonBody body = call.json();
		Boolean active = body.optionalBoolean("active");
		if (active == null) {
			throw body.invalid("active", "is required");
		}
		List<String> excluded = body.optionalStrings("excludedStreamIds");
		Set<String> exclusions = (excluded != null) ? Set.copyOf(excluded) : Set.of();
		session.forceMute(active, exclusions);
		if (active) {
			session.streams()
				.values()
				.stream()
				.filter((stream) -> !exclusions.contains(stream.id()))
				.forEach(StreamRecord::muteAudio);
		}
		return ApiResponse.ok(projectDetails(call.project()));
	}

	private ObjectNode projectDetails(ProjectState project) {
		ObjectNode details = Json.object();
		details.put(project.isVonage() ? "applicationId" : "id", project.id());
		details.put("status", "ACTIVE");
		details.put("environment", "standard");
		return details;
	}

}
