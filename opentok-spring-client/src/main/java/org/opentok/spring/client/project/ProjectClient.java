package org.opentok.spring.client.project;

import java.util.List;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokTransport;

/**
 * Creates, lists, suspends, deletes projects of an OpenTok account and replaces their
 * secrets ({@code /v2/project}). Needs a transport built with account credentials
 * ({@link OpenTokTransport#accountBuilder}), not a project's. Thread-safe.
 *
 * @since 0.1.0
 */
public class ProjectClient {

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
		return this.transport.execute(ProjectCalls.create());
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
		return this.transport.execute(ProjectCalls.create(name));
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
		return this.transport.execute(ProjectCalls.get(projectKey));
	}

	/**
	 * Lists the account's projects.
	 * @return the projects, possibly empty
	 * @throws OpenTokApiException if OpenTok refuses the request
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public List<Project> list() {
		return List.copyOf(this.transport.execute(ProjectCalls.list()));
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
		return this.transport.execute(ProjectCalls.changeStatus(projectKey, status));
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
		this.transport.send(ProjectCalls.delete(projectKey));
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
		return this.transport.execute(ProjectCalls.refreshSecret(projectKey));
	}

}
