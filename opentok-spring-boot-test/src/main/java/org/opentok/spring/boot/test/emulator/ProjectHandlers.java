package org.opentok.spring.boot.test.emulator;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;

/**
 * Project management with account credentials: create, list, get, suspend or activate,
 * refresh the secret, delete. Projects made here work with the rest of the emulator.
 *
 * @since 0.1.0
 */
final class ProjectHandlers {

	private final EmulatorState state;

	ProjectHandlers(EmulatorState state) {
		this.state = state;
	}

	void register(Router router) {
		router.addAccount("POST", "/v2/project", Router.Body.OPTIONAL_JSON, this::create);
		router.addAccount("GET", "/v2/project", Router.Body.NONE, this::list);
		router.addAccount("GET", "/v2/project/{projectKey}", Router.Body.NONE, this::get);
		router.addAccount("PUT", "/v2/project/{projectKey}", Router.Body.JSON, this::changeStatus);
		router.addAccount("DELETE", "/v2/project/{projectKey}", Router.Body.NONE, this::delete);
		router.addAccount("POST", "/v2/project/{projectKey}/refreshSecret", Router.Body.NONE, this::refreshSecret);
	}

	private ApiResponse create(ApiCall call) {
		String name = call.hasBody() ? call.json().optionalString("name") : null;
		ProjectState project = this.state.addProject(new EmulatorCredentials(Ids.apiKey(), Ids.secret()));
		if (name != null) {
			project.name(name);
			this.state.projectsChanged();
		}
		return ApiResponse.ok(project.toJson());
	}

	private ApiResponse list(ApiCall call) {
		ArrayNode projects = Json.array();
		this.state.projects()
			.stream()
			.filter((project) -> !project.isVonage())
			.forEach((project) -> projects.add(project.toJson()));
		return ApiResponse.ok(projects);
	}

	private ProjectState require(ApiCall call) {
		String key = call.variable("projectKey");
		ProjectState project = this.state.project(key);
		if (project == null || project.isVonage()) {
			throw ApiError.notFound("Project " + key + " was not found");
		}
		return project;
	}

	private ApiResponse get(ApiCall call) {
		return ApiResponse.ok(require(call).toJson());
	}

	private ApiResponse changeStatus(ApiCall call) {
		ProjectState project = require(call);
		String status = call.json().optionalEnum("status", List.of("ACTIVE", "SUSPENDED"));
		if (status == null) {
			throw call.json().invalid("status", "is required");
		}
		project.status(status);
		this.state.projectsChanged();
		return ApiResponse.ok(project.toJson());
	}

	private ApiResponse delete(ApiCall call) {
		this.state.removeProject(require(call).id());
		return ApiResponse.noContent();
	}

	private ApiResponse refreshSecret(ApiCall call) {
		ProjectState project = require(call);
		project.secret(Ids.secret());
		this.state.projectsChanged();
		return ApiResponse.ok(project.toJson());
	}

}
