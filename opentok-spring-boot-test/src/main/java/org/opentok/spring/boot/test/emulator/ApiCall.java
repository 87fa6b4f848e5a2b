package org.opentok.spring.boot.test.emulator;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One authenticated call to an emulated operation: the request, its path variables and
 * the project it was made for.
 *
 * @since 0.1.0
 */
final class ApiCall {

	private final ApiRequest request;

	private final Map<String, String> variables;

	private final @Nullable ProjectState project;

	private @Nullable JsonBody json;

	ApiCall(ApiRequest request, Map<String, String> variables, @Nullable ProjectState project) {
		this.request = request;
		this.variables = variables;
		this.project = project;
	}

	ApiRequest request() {
		return this.request;
	}

	String variable(String name) {
		String value = this.variables.get(name);
		if (value == null) {
			throw new IllegalStateException("No path variable " + name);
		}
		return value;
	}

	ProjectState project() {
		if (this.project == null) {
			throw new IllegalStateException("Account calls have no project");
		}
		return this.project;
	}

	JsonBody json() {
		if (this.json == null) {
			this.json = JsonBody.parse(this.request.body());
		}
		return this.json;
	}

	boolean hasBody() {
		return this.request.body().length > 0;
	}

	Map<String, String> form() {
		return ApiRequest.parseForm(this.request.bodyText());
	}

	@Nullable String query(String name) {
		return this.request.query().get(name);
	}

}
