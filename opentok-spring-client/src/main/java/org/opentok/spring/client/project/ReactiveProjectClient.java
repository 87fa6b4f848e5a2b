package org.opentok.spring.client.project;

import java.util.List;

import reactor.core.publisher.Mono;

import org.opentok.spring.client.core.ReactiveOpenTokTransport;

/**
 * The reactive twin of {@link ProjectClient}: the same account management calls, requests
 * and errors, as {@link Mono}s that send nothing before subscription. Arguments are
 * validated when a method is called, with the {@link IllegalArgumentException} the
 * blocking client throws. Thread-safe.
 *
 * @since 0.1.0
 */
public class ReactiveProjectClient {

	private final ReactiveOpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param accountTransport a transport signed with the account's credentials
	 */
	public ReactiveProjectClient(ReactiveOpenTokTransport accountTransport) {
		this.transport = accountTransport;
	}

	/**
	 * Creates an unnamed project, as {@link ProjectClient#create()} does.
	 * @return the project, with its key and secret
	 */
	public Mono<Project> create() {
		return this.transport.execute(ProjectCalls.create());
	}

	/**
	 * Creates a named project, as {@link ProjectClient#create(String)} does.
	 * @param name the project's name
	 * @return the project, with its key and secret
	 * @throws IllegalArgumentException if {@code name} is blank
	 */
	public Mono<Project> create(String name) {
		return this.transport.execute(ProjectCalls.create(name));
	}

	/**
	 * Gets a project, as {@link ProjectClient#get(String)} does.
	 * @param projectKey the project's API key
	 * @return the project
	 * @throws IllegalArgumentException if {@code projectKey} is not an id
	 */
	public Mono<Project> get(String projectKey) {
		return this.transport.execute(ProjectCalls.get(projectKey));
	}

	/**
	 * Lists the account's projects, as {@link ProjectClient#list()} does.
	 * @return the projects
	 */
	public Mono<List<Project>> list() {
		return this.transport.execute(ProjectCalls.list()).map(List::copyOf);
	}

	/**
	 * Activates or suspends a project, as
	 * {@link ProjectClient#changeStatus(String, ProjectStatus)} does.
	 * @param projectKey the project's API key
	 * @param status {@link ProjectStatus#ACTIVE} or {@link ProjectStatus#SUSPENDED}
	 * @return the project
	 * @throws IllegalArgumentException if {@code projectKey} is not an id or
	 * {@code status} is neither
	 */
	public Mono<Project> changeStatus(String projectKey, ProjectStatus status) {
		return this.transport.execute(ProjectCalls.changeStatus(projectKey, status));
	}

	/**
	 * Deletes a project, as {@link ProjectClient#delete(String)} does.
	 * @param projectKey the project's API key
	 * @return completes when OpenTok has deleted it
	 * @throws IllegalArgumentException if {@code projectKey} is not an id
	 */
	public Mono<Void> delete(String projectKey) {
		return this.transport.execute(ProjectCalls.delete(projectKey));
	}

	/**
	 * Replaces a project's API secret, as {@link ProjectClient#refreshSecret(String)}
	 * does.
	 * @param projectKey the project's API key
	 * @return the project, with its new secret
	 * @throws IllegalArgumentException if {@code projectKey} is not an id
	 */
	public Mono<Project> refreshSecret(String projectKey) {
		return this.transport.execute(ProjectCalls.refreshSecret(projectKey));
	}

}
