package org.opentok.spring.boot.test.emulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Maps method and path to the handler of an emulated operation, with how the request is
 * authenticated and what body it takes.
 *
 * @since 0.1.0
 */
final class Router {

	private final List<Route> routes = new ArrayList<>();

	/**
	 * Adds an operation called with project credentials.
	 * @param method the HTTP method
	 * @param template the path template, {@code {name}} for a variable
	 * @param body the body the operation takes
	 * @param handler the handler
	 */
	void add(String method, String template, Body body, Handler handler) {
		this.routes.add(new Route(method, template.split("/"), Auth.PROJECT, body, handler));
	}

	/**
	 * Adds an operation called with account credentials.
	 * @param method the HTTP method
	 * @param template the path template
	 * @param body the body the operation takes
	 * @param handler the handler
	 */
	void addAccount(String method, String template, Body body, Handler handler) {
		this.routes.add(new Route(method, template.split("/"), Auth.ACCOUNT, body, handler));
	}

	Match find(String method, String path) {
		String[] segments = path.split("/");
		boolean pathKnown = false;
		for (Route route : this.routes) {
			Map<String, String> variables = route.match(segments);
			if (variables != null) {
				if (route.method().equals(method)) {
					return new Match(route, variables);
				}
				pathKnown = true;
			}
		}
		if (pathKnown) {
			throw new ApiError(405, "Method " + method + " is not allowed on " + path);
		}
		throw ApiError.notFound("No OpenTok API resource at " + path);
	}

	/**
	 * How a request is authenticated.
	 */
	enum Auth {

		PROJECT, ACCOUNT

	}

	/**
	 * The body an operation takes.
	 */
	enum Body {

		NONE, JSON, OPTIONAL_JSON, FORM

	}

	/**
	 * Handles one operation.
	 */
	@FunctionalInterface
	interface Handler {

		ApiResponse handle(ApiCall call);

	}

	record Route(String method, String[] segments, Auth auth, Body body, Handler handler) {

		@Nullable Map<String, String> match(String[] path) {
			if (path.length != this.segments.length) {
				return null;
			}
			Map<String, String> variables = new HashMap<>();
			for (int i = 0; i < path.length; i++) {
				String segment = this.segments[i];
				if (segment.startsWith("{")) {
					if (path[i].isEmpty()) {
						return null;
					}
					variables.put(segment.substring(1, segment.length() - 1), path[i]);
				}
				else if (!segment.equals(path[i])) {
					return null;
				}
			}
			return variables;
		}

	}

	record Match(Route route, Map<String, String> variables) {

	}

}
