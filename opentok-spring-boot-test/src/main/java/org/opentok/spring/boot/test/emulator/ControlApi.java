package org.opentok.spring.boot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.stream.VideoType;

/**
 * The emulator's control API: what {@link OpenTokEmulator}'s Java methods simulate, over
 * HTTP and JSON under {@value #PATH}, for test suites in any language. Off unless the
 * emulator has a control token; every call must then carry it as
 * {@code Authorization: Bearer <token>}, checked before the body is read. Control calls
 * are neither faulted nor recorded as API requests.
 *
 * @since 0.1.0
 */
final class ControlApi {

	static final String PATH = "/_emulator/control/";

	private static final int MAX_TIMES = 10_000;

	private static final int MAX_DELAY_MILLIS = 600_000;

	private static final int MAX_TEXT = 1_000;

	private static final List<String> FAULT_TYPES = List.of("fail", "delay", "drop");

	private static final List<String> MEDIA_MODES = List.of("routed", "relayed");

	private static final List<String> VIDEO_TYPES = List.of("camera", "screen", "custom", "none");

	private final OpenTokEmulator emulator;

	private final EmulatorState state;

	private final byte @Nullable [] token;

	private final Router router = new Router();

	ControlApi(OpenTokEmulator emulator, EmulatorState state, @Nullable String token) {
		this.emulator = emulator;
		this.state = state;
		this.token = (token != null) ? token.getBytes(StandardCharsets.UTF_8) : null;
		this.router.add("POST", PATH + "sessions", Router.Body.OPTIONAL_JSON, this::createSession);
		this.router.add("GET", PATH + "sessions/{sessionId}/connections", Router.Body.NONE, this::connections);
		this.router.add("POST", PATH + "sessions/{sessionId}/connections", Router.Body.OPTIONAL_JSON, this::connect);
		this.router.add("GET", PATH + "sessions/{sessionId}/streams", Router.Body.NONE, this::streams);
		this.router.add("POST", PATH + "sessions/{sessionId}/rotation-notice", Router.Body.NONE,
				this::notifyServerRotation);
		this.router.add("POST", PATH + "sessions/{sessionId}/rotation", Router.Body.NONE, this::rotateServer);
		this.router.add("DELETE", PATH + "connections/{connectionId}", Router.Body.NONE, this::disconnect);
		this.router.add("POST", PATH + "connections/{connectionId}/streams", Router.Body.OPTIONAL_JSON, this::publish);
		this.router.add("DELETE", PATH + "streams/{streamId}", Router.Body.NONE, this::unpublish);
		this.router.add("POST", PATH + "archives/{archiveId}/failure", Router.Body.OPTIONAL_JSON, this::failArchive);
		this.router.add("GET", PATH + "faults", Router.Body.NONE, this::pendingFaults);
		this.router.add("POST", PATH + "faults", Router.Body.JSON, this::addFault);
		this.router.add("DELETE", PATH + "faults", Router.Body.NONE, this::clearFaults);
		this.router.add("GET", PATH + "requests", Router.Body.NONE, this::requests);
		this.router.add("GET", PATH + "webhooks", Router.Body.NONE, this::webhooks);
		this.router.add("POST", PATH + "idle", Router.Body.OPTIONAL_JSON, this::awaitIdle);
		this.router.add("POST", PATH + "reset", Router.Body.NONE, this::reset);
	}

	/**
	 * Checks the control token, before the body is read.
	 * @param request the request, without its body
	 * @return the route to run
	 * @throws ApiError 404 if the control API is off or has no such path, 405 for another
	 * method, 401 without the token
	 */
	Router.Match authenticate(ApiRequest request) {
		if (this.token == null) {
			throw ApiError.notFound("The emulator's control API is off: start it with a control token");
		}
		String authorization = request.header("Authorization");
		byte[] given = (authorization != null && authorization.startsWith("Bearer "))
				? authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (!MessageDigest.isEqual(given, this.token)) {
			throw new ApiError(401,
					"The emulator's control API needs its control token as 'Authorization: Bearer <token>'");
		}
		return this.router.find(request.method(), request.path());
	}

	/**
	 * Runs an authenticated control call.
	 * @param match the route from {@link #authenticate(ApiRequest)}
	 * @param request the request with its body
	 * @return the answer
	 */
	ApiResponse handle(Router.Match match, ApiRequest request) {
		Router.Body body = match.route().body();
		if (request.body().length > 0 && body != Router.Body.NONE && !"application/json".equals(request.mediaType())) {
			throw new ApiError(415, "Content-Type must be application/json, got '" + request.mediaType() + "'");
		}
		if (body == Router.Body.JSON && request.body().length == 0) {
			throw ApiError.badRequest("A JSON request body is required");
		}
		try {
			return match.route().handler().handle(new ApiCall(request, match.variables(), null));
		}
		catch (IllegalArgumentException ex) {
			throw ApiError.badRequest(ex.getMessage());
		}
		catch (IllegalStateException ex) {
			throw ApiError.conflict(ex.getMessage());
		}
	}

	private ApiResponse createSession(ApiCall call) {
		JsonBody json = json(call);
		String mediaMode = (json != null) ? json.optionalEnum("mediaMode", MEDIA_MODES) : null;
		String sessionId = this.emulator
			.createSession("relayed".equals(mediaMode) ? MediaMode.RELAYED : MediaMode.ROUTED);
		ObjectNode node = Json.object();
		node.put("sessionId", sessionId);
		return ApiResponse.json(201, node);
	}

	private ApiResponse connections(ApiCall call) {
		ArrayNode array = Json.array();
		this.emulator.connections(existingSession(call)).forEach((connection) -> array.add(json(connection)));
		return ApiResponse.ok(array);
	}

	private ApiResponse connect(ApiCall call) {
		String sessionId = existingSession(call);
		JsonBody json = json(call);
		String token = (json != null) ? text(json, "token") : null;
		SimulatedConnection connection = (token != null) ? this.emulator.connect(sessionId, token)
				: this.emulator.connect(sessionId);
		return ApiResponse.json(201, json(connection));
	}

	private ApiResponse streams(ApiCall call) {
		ArrayNode array = Json.array();
		this.emulator.streams(existingSession(call)).forEach((stream) -> array.add(json(stream)));
		return ApiResponse.ok(array);
	}

	private ApiResponse notifyServerRotation(ApiCall call) {
		this.emulator.notifyServerRotation(existingSession(call));
		return ApiResponse.noContent();
	}

	private ApiResponse rotateServer(ApiCall call) {
		this.emulator.rotateServer(existingSession(call));
		return ApiResponse.noContent();
	}

	private ApiResponse disconnect(ApiCall call) {
		this.emulator.disconnect(existingConnection(call));
		return ApiResponse.noContent();
	}

	private ApiResponse publish(ApiCall call) {
		String connectionId = existingConnection(call);
		JsonBody json = json(call);
		String videoType = (json != null) ? json.optionalEnum("videoType", VIDEO_TYPES) : null;
		String name = (json != null) ? text(json, "name") : null;
		SimulatedStream stream = this.emulator.publish(connectionId, videoType(videoType), (name != null) ? name : "");
		return ApiResponse.json(201, json(stream));
	}

	private static @Nullable VideoType videoType(@Nullable String value) {
		if (value == null) {
			return VideoType.CAMERA;
		}
		return switch (value) {
			case "screen" -> VideoType.SCREEN;
			case "custom" -> VideoType.CUSTOM;
			case "none" -> null;
			default -> VideoType.CAMERA;
		};
	}

	private ApiResponse unpublish(ApiCall call) {
		String streamId = call.variable("streamId");
		synchronized (this.state) {
			if (this.state.sessions().stream().noneMatch((session) -> session.streams().containsKey(streamId))) {
				throw ApiError.notFound("No session of the emulator has stream " + streamId);
			}
		}
		this.emulator.unpublish(streamId);
		return ApiResponse.noContent();
	}

	private ApiResponse failArchive(ApiCall call) {
		String archiveId = call.variable("archiveId");
		synchronized (this.state) {
			if (this.state.projects().stream().noneMatch((project) -> project.archives().containsKey(archiveId))) {
				throw ApiError.notFound("The emulator has no archive " + archiveId);
			}
		}
		JsonBody json = json(call);
		String reason = (json != null) ? text(json, "reason") : null;
		this.emulator.failArchive(archiveId, (reason != null) ? reason : "failed by the control API");
		return ApiResponse.noContent();
	}

	private ApiResponse pendingFaults(ApiCall call) {
		return faults();
	}

	private ApiResponse addFault(ApiCall call) {
		JsonBody json = call.json();
		String type = json.optionalEnum("type", FAULT_TYPES);
		if (type == null) {
			throw ApiError.badRequest("'type' is required: one of " + FAULT_TYPES);
		}
		int times = json.intOr("times", 1, MAX_TIMES, 1);
		EmulatorFaults faults = this.emulator.faults();
		switch (type) {
			case "fail" -> {
				Integer status = json.optionalInt("status", 400, 599);
				Integer retryAfter = json.optionalInt("retryAfterSeconds", 0, 86_400);
				faults.failNext(times, (status != null) ? status : 500,
						(retryAfter != null) ? Duration.ofSeconds(retryAfter) : null);
			}
			case "delay" -> {
				Integer millis = json.optionalInt("delayMillis", 0, MAX_DELAY_MILLIS);
				if (millis == null) {
					throw ApiError.badRequest("'delayMillis' is required for a delay, 0 to " + MAX_DELAY_MILLIS);
				}
				faults.delayNext(times, Duration.ofMillis(millis));
			}
			default -> faults.dropNext(times);
		}
		return faults();
	}

	private ApiResponse clearFaults(ApiCall call) {
		this.emulator.faults().clear();
		return faults();
	}

	private ApiResponse faults() {
		ObjectNode node = Json.object();
		node.put("pending", this.emulator.faults().pending());
		return ApiResponse.ok(node);
	}

	private ApiResponse requests(ApiCall call) {
		ArrayNode array = Json.array();
		for (RecordedRequest request : this.emulator.requests()) {
			ObjectNode node = array.addObject();
			node.put("method", request.method());
			node.put("path", request.path());
			ObjectNode query = node.putObject("query");
			request.query().forEach(query::put);
			node.put("contentType", request.contentType());
			node.put("body", request.body());
			node.put("status", request.status());
			node.put("receivedAt", request.receivedAt().toString());
		}
		return ApiResponse.ok(array);
	}

	private ApiResponse webhooks(ApiCall call) {
		ArrayNode array = Json.array();
		for (WebhookDelivery delivery : this.emulator.webhooks().deliveries()) {
			ObjectNode node = array.addObject();
			node.put("url", (delivery.url() != null) ? delivery.url().toString() : null);
			node.put("event", delivery.event());
			node.put("body", delivery.body());
			node.put("signed", delivery.signed());
			node.put("status", delivery.status());
			node.put("error", delivery.error());
		}
		return ApiResponse.ok(array);
	}

	private ApiResponse awaitIdle(ApiCall call) {
		JsonBody json = json(call);
		int millis = (json != null) ? json.intOr("timeoutMillis", 0, MAX_DELAY_MILLIS, 10_000) : 10_000;
		ObjectNode node = Json.object();
		node.put("idle", this.emulator.awaitIdle(Duration.ofMillis(millis)));
		return ApiResponse.ok(node);
	}

	private ApiResponse reset(ApiCall call) {
		this.emulator.reset();
		return ApiResponse.noContent();
	}

	private String existingSession(ApiCall call) {
		String sessionId = call.variable("sessionId");
		synchronized (this.state) {
			if (this.state.session(sessionId) == null) {
				throw ApiError.notFound("The emulator has no session " + sessionId);
			}
		}
		return sessionId;
	}

	private String existingConnection(ApiCall call) {
		String connectionId = call.variable("connectionId");
		synchronized (this.state) {
			if (this.state.sessions()
				.stream()
				.noneMatch((session) -> session.connections().containsKey(connectionId))) {
				throw ApiError.notFound("No session of the emulator has connection " + connectionId);
			}
		}
		return connectionId;
	}

	private static @Nullable JsonBody json(ApiCall call) {
		return call.hasBody() ? call.json() : null;
	}

	private static @Nullable String text(JsonBody json, String name) {
		String value = json.optionalString(name);
		if (value != null && value.length() > MAX_TEXT) {
			throw json.invalid(name, "must have at most " + MAX_TEXT + " characters");
		}
		return value;
	}

	private static ObjectNode json(SimulatedConnection connection) {
		ObjectNode node = Json.object();
		node.put("connectionId", connection.connectionId());
		node.put("sessionId", connection.sessionId());
		node.put("role", connection.role().wireValue());
		node.put("data", connection.data());
		node.put("createdAt", connection.createdAt().toEpochMilli());
		return node;
	}

	private static ObjectNode json(SimulatedStream stream) {
		ObjectNode node = Json.object();
		node.put("streamId", stream.streamId());
		node.put("sessionId", stream.sessionId());
		node.put("connectionId", stream.connectionId());
		node.put("videoType", (stream.videoType() != null) ? stream.videoType().wireValue() : null);
		node.put("name", stream.name());
		node.set("layoutClassList", Json.strings(stream.layoutClassList()));
		node.put("audioMuted", stream.audioMuted());
		return node;
	}

}
