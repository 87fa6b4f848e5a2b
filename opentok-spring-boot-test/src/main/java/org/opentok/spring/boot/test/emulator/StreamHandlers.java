package org.opentok.spring.boot.test.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * The stream and connection reads of a session, and layout classes.
 *
 * @since 0.1.0
 */
final class StreamHandlers {

	private static final String SESSION = "/v2/project/{projectId}/session/{sessionId}";

	private final EmulatorState state;

	StreamHandlers(EmulatorState state) {
		this.state = state;
	}

	void register(Router router) {
		router.add("GET", SESSION + "/stream", Router.Body.NONE, this::list);
		router.add("PUT", SESSION + "/stream", Router.Body.JSON, this::setLayoutClasses);
		router.add("GET", SESSION + "/stream/{streamId}", Router.Body.NONE, this::get);
		router.add("GET", SESSION + "/connection", Router.Body.NONE, this::connections);
	}

	private SessionState session(ApiCall call) {
		return this.state.requireSession(call.project(), call.variable("sessionId"));
	}

	private ApiResponse get(ApiCall call) {
		return ApiResponse.ok(session(call).requestedStream(call.variable("streamId")).toJson());
	}

	private ApiResponse list(ApiCall call) {
		List<ObjectNode> streams = new ArrayList<>();
		session(call).streams().values().forEach((stream) -> streams.add(stream.toJson()));
		return ApiResponse.ok(new Paging(0, Integer.MAX_VALUE).page(streams, null));
	}

	private ApiResponse setLayoutClasses(ApiCall call) {
		SessionState session = session(call);
		List<JsonBody> items = call.json().optionalObjects("items");
		if (items == null || items.isEmpty()) {
			throw ApiError.badRequest("'items' must name at least one stream");
		}
		Map<StreamRecord, List<String>> changes = new LinkedHashMap<>();
		for (JsonBody item : items) {
			StreamRecord stream = session.stream(item.requiredString("id"));
			List<String> classes = item.optionalStrings("layoutClassList");
			if (classes == null) {
				throw item.invalid("layoutClassList", "is required (an empty array clears the classes)");
			}
			changes.put(stream, classes);
		}
		changes.forEach(StreamRecord::layoutClassList);
		return ApiResponse.empty(200);
	}

	private ApiResponse connections(ApiCall call) {
		SessionState session = session(call);
		List<ObjectNode> connections = new ArrayList<>();
		session.connections().values().forEach((connection) -> connections.add(connection.toListJson()));
		ObjectNode answer = Json.object();
		answer.put("count", connections.size());
		answer.put("projectId", session.project().id());
		answer.put("sessionId", session.id());
		return ApiResponse.ok(new Paging(0, Integer.MAX_VALUE).page(connections, answer));
	}

}
