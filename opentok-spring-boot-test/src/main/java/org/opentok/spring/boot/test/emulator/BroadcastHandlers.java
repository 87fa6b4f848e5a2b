package org.opentok.spring.boot.test.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

/**
 * The broadcast API: start (routed sessions only), stop, get, list (broadcasts in
 * progress), layout and manual stream selection, with {@code broadcast} callbacks.
 *
 * @since 0.1.0
 */
final class BroadcastHandlers {

	private static final String BROADCASTS = "/v2/project/{projectId}/broadcast";

	private static final String BROADCAST = BROADCASTS + "/{broadcastId}";

	private static final Pattern RTMP_URL = Pattern.compile("(?i)rtmps?://\\S+");

	private final EmulatorState state;

	BroadcastHandlers(EmulatorState state) {
		this.state = state;
	}

	void register(Router router) {
		router.add("POST", BROADCASTS, Router.Body.JSON, this::start);
		router.add("GET", BROADCASTS, Router.Body.NONE, this::list);
		router.add("GET", BROADCAST, Router.Body.NONE, this::get);
		router.add("POST", BROADCAST + "/stop", Router.Body.NONE, this::stop);
		router.add("PUT", BROADCAST + "/layout", Router.Body.JSON, this::setLayout);
		router.add("PATCH", BROADCAST + "/streams", Router.Body.JSON, this::changeStreams);
	}

	private ApiResponse start(ApiCall call) {
		JsonBody body = call.json();
		String sessionId = body.requiredString("sessionId");
		JsonBody outputs = body.requiredObject("outputs");
		JsonBody hlsOptions = outputs.optionalObject("hls");
		BroadcastRecord.Hls hls = null;
		if (hlsOptions != null) {
			hls = new BroadcastRecord.Hls(hlsOptions.booleanOr("dvr", false),
					hlsOptions.booleanOr("lowLatency", false));
			if (hls.dvr() && hls.lowLatency()) {
				throw ApiError.badRequest("'outputs.hls.dvr' and 'outputs.hls.lowLatency' cannot both be true");
			}
		}
		List<BroadcastRecord.Rtmp> rtmp = rtmpTargets(outputs);
		if (hls == null && rtmp.isEmpty()) {
			throw ApiError.badRequest("'outputs' must have an hls output, rtmp outputs or both");
		}
		JsonBody layout = body.optionalObject("layout");
		if (layout != null) {
			Layouts.check(layout);
		}
		String resolution = body.optionalEnum("resolution", SessionHandlers.RESOLUTIONS);
		String streamMode = body.optionalEnum("streamMode", List.of("auto", "manual"));
		String tag = body.optionalString("multiBroadcastTag");
		BroadcastRecord.Settings settings = new BroadcastRecord.Settings(hls, rtmp,
				(resolution != null) ? resolution : "640x480", body.intOr("maxDuration", 60, 36_000, 7_200),
				body.intOr("maxBitrate", 100_000, 6_000_000, 2_000_000), body.booleanOr("hasAudio", true),
				body.booleanOr("hasVideo", true), (streamMode != null) ? streamMode : "auto", tag);
		ProjectState project = call.project();
		SessionState session = this.state.requireSession(project, sessionId);
		session.requireRouted("Broadcasting");
		for (BroadcastRecord other : project.broadcasts().values()) {
			if (other.sessionId().equals(sessionId) && other.isStarted()
					&& (tag == null || tag.equals(other.settings().multiBroadcastTag()))) {
				throw ApiError.conflict("Session " + sessionId + " is already being broadcast by " + other.id()
						+ "; give each simultaneous broadcast a distinct multiBroadcastTag");
			}
		}
		BroadcastRecord broadcast = new BroadcastRecord(Ids.uuid(), sessionId, this.state.now(), settings);
		project.broadcasts().put(broadcast.id(), broadcast);
		ObjectNode answer = broadcast.toJson(project, this.state.baseUrl());
		announce(project, broadcast);
		broadcast.goLive();
		return ApiResponse.ok(answer);
	}

	private static List<BroadcastRecord.Rtmp> rtmpTargets(JsonBody outputs) {
		List<JsonBody> targets = outputs.optionalObjects("rtmp");
		if (targets == null) {
			return List.of();
		}
		if (targets.size() > 5) {
			throw ApiError.badRequest("'outputs.rtmp' can have at most 5 outputs, got " + targets.size());
		}
		List<BroadcastRecord.Rtmp> rtmp = new ArrayList<>();
		for (JsonBody target : targets) {
			String serverUrl = target.requiredString("serverUrl");
			if (!RTMP_URL.matcher(serverUrl).matches()) {
				throw target.invalid("serverUrl", "must be an rtmp:// or rtmps:// URL");
			}
			rtmp.add(new BroadcastRecord.Rtmp(target.optionalString("id"), serverUrl,
					target.requiredString("streamName")));
		}
		return rtmp;
	}

	private BroadcastRecord require(ProjectState project, String broadcastId) {
		BroadcastRecord broadcast = project.broadcasts().get(broadcastId);
		if (broadcast == null) {
			throw ApiError.notFound("Broadcast " + broadcastId + " was not found");
		}
		return broadcast;
	}

	private BroadcastRecord requireStarted(ProjectState project, String broadcastId) {
		BroadcastRecord broadcast = require(project, broadcastId);
		if (!broadcast.isStarted()) {
			throw ApiError.notFound("Broadcast " + broadcastId + " was not found or has already stopped");
		}
		return broadcast;
	}

	private ApiResponse stop(ApiCall call) {
		ProjectState project = call.project();
		BroadcastRecord broadcast = requireStarted(project, call.variable("broadcastId"));
		broadcast.stop(this.state.now());
		announce(project, broadcast);
		return ApiResponse.ok(broadcast.toJson(project, this.state.baseUrl()));
	}

	private ApiResponse get(ApiCall call) {
		return ApiResponse
			.ok(require(call.project(), call.variable("broadcastId")).toJson(call.project(), this.state.baseUrl()));
	}

	private ApiResponse list(ApiCall call) {
		Paging paging = Paging.of(call, 0);
		String sessionId = call.query("sessionId");
		List<ObjectNode> newestFirst = new ArrayList<>();
		for (BroadcastRecord broadcast : call.project().broadcasts().values()) {
			if (broadcast.isStarted() && (sessionId == null || sessionId.equals(broadcast.sessionId()))) {
				newestFirst.add(0, broadcast.toJson(call.project(), this.state.baseUrl()));
			}
		}
		return ApiResponse.ok(paging.page(newestFirst, null));
	}

	private ApiResponse setLayout(ApiCall call) {
		BroadcastRecord broadcast = requireStarted(call.project(), call.variable("broadcastId"));
		Layouts.check(call.json());
		return ApiResponse.ok(broadcast.toJson(call.project(), this.state.baseUrl()));
	}

	private ApiResponse changeStreams(ApiCall call) {
		BroadcastRecord broadcast = requireStarted(call.project(), call.variable("broadcastId"));
		if (!"manual".equals(broadcast.settings().streamMode())) {
			throw new ApiError(405, "Broadcast " + broadcast.id() + " selects its streams automatically (streamMode "
					+ "auto); start it with streamMode manual to choose them");
		}
		broadcast.streams().change(call.json(), this.state.requireSession(call.project(), broadcast.sessionId()));
		return ApiResponse.noContent();
	}

	private void announce(ProjectState project, BroadcastRecord broadcast) {
		ObjectNode payload = broadcast.toJson(project, this.state.baseUrl());
		project.putIds(payload, true);
		payload.put("event", "broadcast");
		this.state.emit(project, "broadcast", "status", payload);
	}

}
