package org.opentok.spring.boot.test.emulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The callback registration API. Registered URLs receive the matching events, like the
 * app's callback URL does.
 *
 * @since 0.1.0
 */
final class CallbackHandlers {

	private static final List<String> EVENTS = List.of("connection/created", "connection/destroyed", "stream/created",
			"stream/destroyed", "archive/status");

	private final EmulatorState state;

	CallbackHandlers(EmulatorState state) {
		this.state = state;
	}

	void register(Router router) {
		router.add("POST", "/v2/project/{projectId}/callback", Router.Body.JSON, this::register);
		router.add("GET", "/v2/project/{projectId}/callback", Router.Body.NONE, this::list);
		router.add("DELETE", "/v2/project/{projectId}/callback/{callbackId}", Router.Body.NONE, this::unregister);
	}

	private ApiResponse register(ApiCall call) {
		JsonBody body = call.json();
		String group = body.requiredString("group");
		String event = body.requiredString("event");
		if (!EVENTS.contains(group + "/" + event)) {
			throw ApiError
				.badRequest("'group' and 'event' must be one of " + EVENTS + ", got '" + group + "/" + event + "'");
		}
		String url = body.requiredString("url");
		requireHttpUrl(body, url);
		ObjectNode callback = Json.object();
		callback.put("id", Ids.uuid());
		callback.put("group", group);
		callback.put("event", event);
		callback.put("url", url);
		callback.put("createdAt", this.state.now().toEpochMilli());
		call.project().callbacks().put(callback.path("id").asString(), callback);
		return ApiResponse.ok(callback);
	}

	private static void requireHttpUrl(JsonBody body, String url) {
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (uri.getHost() != null && (scheme.equals("http") || scheme.equals("https"))) {
				return;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw body.invalid("url", "must be an absolute http or https URL");
	}

	private ApiResponse list(ApiCall call) {
		ArrayNode callbacks = Json.array();
		call.project().callbacks().values().forEach(callbacks::add);
		return ApiResponse.ok(callbacks);
	}

	private ApiResponse unregister(ApiCall call) {
		String callbackId = call.variable("callbackId");
		if (call.project().callbacks().remove(callbackId) == null) {
			throw ApiError.notFound("Callback " + callbackId + " was not found");
		}
		return ApiResponse.noContent();
	}

}
