package org.opentok.spring.client.project;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;

import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokRequest;
import org.opentok.spring.client.internal.Arguments;

/**
 * The project management calls, shared by {@link ProjectClient} and
 * {@link ReactiveProjectClient}: each method validates its arguments and describes the
 * request.
 */
final class ProjectCalls {

	private static final String PROJECTS = "/v2/project";

	private static final String PROJECT = PROJECTS + "/{projectKey}";

	private static final String WITH_ID = "a project with an id";

	private static final ParameterizedTypeReference<List<Project>> PROJECT_LIST = new ParameterizedTypeReference<>() {
	};

	private ProjectCalls() {
	}

	static OpenTokRequest<Project> create() {
		return OpenTokRequest.of(OpenTokOperation.PROJECT_CREATE, PROJECTS, Map.of(), Project.class)
			.requiring(Project::id, WITH_ID);
	}

	static OpenTokRequest<Project> create(String name) {
		Arguments.requireNonBlank(name, "name");
		return create().jsonBody(new CreateProjectRequest(name));
	}

	static OpenTokRequest<Project> get(String projectKey) {
		Arguments.requireId(projectKey, "projectKey");
		return OpenTokRequest.of(OpenTokOperation.PROJECT_GET, PROJECT, Map.of("projectKey", projectKey), Project.class)
			.requiring(Project::id, WITH_ID);
	}

	static OpenTokRequest<List<Project>> list() {
		return OpenTokRequest.of(OpenTokOperation.PROJECT_LIST, PROJECTS, Map.of(), PROJECT_LIST);
	}

	static OpenTokRequest<Project> changeStatus(String projectKey, ProjectStatus status) {
		Arguments.requireId(projectKey, "projectKey");
		Arguments.requireNonNull(status, "status");
		if (status != ProjectStatus.ACTIVE && status != ProjectStatus.SUSPENDED) {
			throw new IllegalArgumentException("'status' must be ACTIVE or SUSPENDED, got " + status);
		}
		return OpenTokRequest
			.of(OpenTokOperation.PROJECT_CHANGE_STATUS, PROJECT, Map.of("projectKey", projectKey), Project.class)
			.jsonBody(new ChangeStatusRequest(status))
			.requiring(Project::id, WITH_ID);
	}

	static OpenTokRequest<Void> delete(String projectKey) {
		Arguments.requireId(projectKey, "projectKey");
		return OpenTokRequest.bodiless(OpenTokOperation.PROJECT_DELETE, PROJECT, Map.of("projectKey", projectKey));
	}

	static OpenTokRequest<Project> refreshSecret(String projectKey) {
		Arguments.requireId(projectKey, "projectKey");
		return OpenTokRequest
			.of(OpenTokOperation.PROJECT_REFRESH_SECRET, PROJECT + "/refreshSecret", Map.of("projectKey", projectKey),
					Project.class)
			.requiring(Project::id, WITH_ID);
	}

}
