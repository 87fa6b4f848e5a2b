package org.opentok.spring.client.project;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.internal.Arguments;

/**
 * Creates, lists, suspends, deletes projects of an OpenTok account and replaces their
 * secrets ({@code /v2/project}). Needs a transport built with account credentials
 * ({@link OpenTokTransport#accountBuilder}), not a project's. Thread-safe.
 *
 * @since 0.1.0
 */
public class ProjectClient {

	private static final Function<Project, @Nullable String> WITH_ID = OpenTokTransport.requiring(Project::id,
			"a project with an id");

	private static final ParameterizedTypeReference<List<Project>> PROJECTS = new ParameterizedTypeReference<>() {
	};

	private final OpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param accountTransport a transport signed with the account's credentials
	 */
	public ProjectClient(OpenTokTransport accountTransport) {
		this.transport = accountTransport;
	}

	/**
	 * Creates an unnamed project.
	 * @return the new project, with its API key and secret
	 * @throws OpenTokApiException if OpenTok refuses the request
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Project create() {
		return this.transport.callForBody(OpenTokOperation.PROJECT_CREATE, "/v2/project", Map.of(),
				(request) -> request.retrieve().body(Project.class), WITH_ID);
	}

	/**
	 * Creates a named project.
	 * @param name the project's name
	 * @return the new project, with its API key and secret
	 * @throws IllegalArgumentException if {@code name} is blank
	 * @throws OpenTokApiException if OpenTok refuses the request
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Project create(String name) {
		Arguments.requireNonBlank(name, "name");
		return this.transport.callForBody(OpenTokOperation.PROJECT_CREATE, "/v2/project", Map.of(),
				(request) -> request.contentType(MediaType.APPLICATION_JSON)
					.body(new CreateProjectRequest(name))
					.retrieve()
					.body(Project.class),
				WITH_ID);
	}

	/**
	 * Gets a project.
	 * @param projectKey the project's API key
	 * @return the project
	 * @throws IllegalArgumentException if {@code projectKey} is not an id
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException (404) if the
	 * account has no such project
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Project get(String projectKey) {
		Arguments.requireId(projectKey, "projectKey");
		return this.transport.callForBody(OpenTokOperation.PROJECT_GET, "/v2/project/{projectKey}",
				Map.of("projectKey", projectKey), (request) -> request.retrieve().body(Project.class), WITH_ID);
	}

	/**
	 * Lists the account's projects.
	 * @return the projects, possibly empty
	 * @throws OpenTokApiException if OpenTok refuses the request
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public List<Project> list() {
		List<Project> projects = this.transport.call(OpenTokOperation.PROJECT_LIST, "/v2/project", Map.of(),
				(request) -> request.retrieve().body(PROJECTS));
		return List.copyOf(projects);
	}

	/**
	 * Activates or suspends a project. A suspended project's key cannot be used and its
	 * sessions stop working.
	 * @param projectKey the project's API key
	 * @param status {@link ProjectStatus#ACTIVE} or {@link ProjectStatus#SUSPENDED}
	 * @return the project with its new status
	 * @throws IllegalArgumentException if {@code projectKey} is not an id or
	 * {@code status} is not ACTIVE or SUSPENDED
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException (404) if the
	 * account has no such project
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Project changeStatus(String projectKey, ProjectStatus status) {
		Arguments.requireId(projectKey, "projectKey");
		Arguments.requireNonNull(status, "status");
		if (status != ProjectStatus.ACTIVE && status != ProjectStatus.SUSPENDED) {
			throw new IllegalArgumentException("'status' must be ACTIVE or SUSPENDED, got " + status);
		}
		return this.transport.callForBody(OpenTokOperation.PROJECT_CHANGE_STATUS, "/v2/project/{projectKey}",
				Map.of("projectKey", projectKey),
				(request) -> request.contentType(MediaType.APPLICATION_JSON)
					.body(new ChangeStatusRequest(status))
					.retrieve()
					.body(Project.class),
				WITH_ID);
	}

	/**
	 * Deletes a project; its key and sessions stop working for good.
	 * @param projectKey the project's API key
	 * @throws IllegalArgumentException if {@code projectKey} is not an id
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException (404) if the
	 * account has no such project
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void delete(String projectKey) {
		Arguments.requireId(projectKey, "projectKey");
		this.transport.call(OpenTokOperation.PROJECT_DELETE, "/v2/project/{projectKey}",
				Map.of("projectKey", projectKey), (request) -> request.retrieve().toBodilessEntity());
	}

	/**
	 * Replaces a project's API secret; the old secret stops working.
	 * @param projectKey the project's API key
	 * @return the project with its new secret
	 * @throws IllegalArgumentException if {@code projectKey} is not an id
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException (404) if the
	 * account has no such project
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Project refreshSecret(String projectKey) {
		Arguments.requireId(projectKey, "projectKey");
		return this.transport.callForBody(OpenTokOperation.PROJECT_REFRESH_SECRET,
				"/v2/project/{projectKey}/refreshSecret", Map.of("projectKey", projectKey),
				(request) -> request.retrieve().body(Project.class), WITH_ID);
	}

}
