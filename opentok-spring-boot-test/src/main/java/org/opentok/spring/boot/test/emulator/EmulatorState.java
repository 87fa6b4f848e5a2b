package org.opentok.spring.boot.test.emulator;

import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the emulator knows: projects, the account, sessions, what was recorded, and
 * the services that act on it later (lifecycle changes, webhooks). Every read and change
 * happens while holding this object's lock. With a {@link StateDirectory}, projects,
 * sessions, archives and broadcasts are saved there as they change.
 *
 * @since 0.1.0
 */
final class EmulatorState {

	private static final int MAX_RECORDED = 10_000;

	private static final long MAX_RECORDED_REQUEST_CHARS = 32_000_000;

	private final Clock clock;

	private final Duration archiveProcessingTime;

	private final Map<String, ProjectState> projects = new LinkedHashMap<>();

	private final Map<String, SessionState> sessions = new LinkedHashMap<>();

	private final RequestLog requests = new RequestLog(MAX_RECORDED, MAX_RECORDED_REQUEST_CHARS);

	private final List<RecordedSignal> signals = new ArrayList<>();

	private final PendingWork work = new PendingWork();

	private final EmulatorWebhooks webhooks;

	private final ScheduledExecutorService scheduler = Executors
		.newSingleThreadScheduledExecutor(new DaemonThreads("opentok-emulator-lifecycle"));

	private final EmulatorCredentials account;

	private URI baseUrl = URI.create("http://127.0.0.1");

	private @Nullable StateDirectory saved;

	EmulatorState(Clock clock, EmulatorCredentials account, Duration archiveProcessingTime) {
		this.clock = clock;
		this.account = account;
		this.archiveProcessingTime = archiveProcessingTime;
		this.webhooks = new EmulatorWebhooks(clock, this.work);
	}

	Clock clock() {
		return this.clock;
	}

	Instant now() {
		return this.clock.instant();
	}

	URI baseUrl() {
		return this.baseUrl;
	}

	void baseUrl(URI baseUrl) {
		this.baseUrl = baseUrl;
		this.projects.values()
			.forEach((project) -> project.archives().values().forEach((archive) -> archive.rebase(baseUrl)));
	}

	Duration archiveProcessingTime() {
		return this.archiveProcessingTime;
	}

	EmulatorCredentials account() {
		return this.account;
	}

	EmulatorWebhooks webhooks() {
		return this.webhooks;
	}

	PendingWork work() {
		return this.work;
	}

	@Nullable ProjectState project(String id) {
		return this.projects.get(id);
	}

	List<ProjectState> projects() {
		return List.copyOf(this.projects.values());
	}

	ProjectState addProject(EmulatorCredentials credentials) {
		ProjectState project = add(ProjectState.openTok(credentials, now()));
		projectsChanged();
		return project;
	}

	ProjectState addVonageApplication(String applicationId, RSAPublicKey publicKey) {
		return add(ProjectState.vonage(applicationId, publicKey, now()));
	}

	private ProjectState add(ProjectState project) {
		if (this.projects.containsKey(project.id()) || this.account.apiKey().equals(project.id())) {
			throw new IllegalArgumentException("The emulator already has a project or account " + project.id());
		}
		this.projects.put(project.id(), project);
		return project;
	}

	void removeProject(String id) {
		this.projects.remove(id);
		projectsChanged();
	}

	/**
	 * Saves the projects after a change of one of them (status, name, secret).
	 */
	void projectsChanged() {
		if (this.saved != null) {
			this.saved.saveProjects(this.account, this.projects.values());
		}
	}

	/**
	 * Takes back what an earlier emulator saved: its projects that this one does not have
	 * (a project configured again keeps the configured secret), and the sessions of every
	 * project this one has; sessions of other projects are dropped.
	 * @param state the saved state
	 */
	void restore(StateDirectory.Saved state) {
		for (StateDirectory.SavedProject saved : state.projects()) {
			String id = saved.credentials().apiKey();
			if (!this.projects.containsKey(id) && !this.account.apiKey().equals(id)) {
				ProjectState project = add(ProjectState.openTok(saved.credentials(), saved.createdAt()));
				project.name(saved.name());
				project.status(saved.status());
			}
		}
		for (StateDirectory.SavedSession saved : state.sessions()) {
			ProjectState project = this.projects.get(saved.projectId());
			if (project != null) {
				this.sessions.put(saved.id(), new SessionState(saved.id(), project, saved.routed(),
						saved.archivedAlways(), saved.archiveName(), saved.archiveResolution(), saved.createdAt()));
			}
		}
	}

	/**
	 * Saves the projects, sessions, archives and broadcasts to a directory now, and every
	 * change from now on.
	 * @param directory the state directory, closed with this state
	 */
	void saveTo(StateDirectory directory) {
		JsonNode activity = directory.loadActivity();
		if (activity != null) {
			try {
				SavedActivity.restore(activity, this);
			}
			catch (JacksonException | IllegalArgumentException ex) {
				throw StateDirectory.unreadable(directory.directory().resolve(StateDirectory.ACTIVITY), ex);
			}
		}
		this.saved = directory;
		directory.saveProjects(this.account, this.projects.values());
		directory.saveSessions(this.sessions.values());
		activityChanged();
	}

	/**
	 * Saves the archives and broadcasts after a change, with a state directory.
	 */
	void activityChanged() {
		if (this.saved != null) {
			this.saved.saveActivity(this.projects.values());
		}
	}

	@Nullable SessionState session(String sessionId) {
		return this.sessions.get(sessionId);
	}

	void addSession(SessionState session) {
		if (this.saved != null) {
			// saved first: a session that could not be saved is not created
			this.saved.append(session);
		}
		this.sessions.put(session.id(), session);
	}

	List<SessionState> sessions() {
		return List.copyOf(this.sessions.values());
	}

	/**
	 * Returns a session of the project, as a call naming it needs it.
	 * @param project the calling project
	 * @param sessionId the session id from the request
	 * @return the session
	 * @throws ApiError 400 if the id is not a session id, 404 if the project has no such
	 * session
	 */
	SessionState requireSession(ProjectState project, String sessionId) {
		if (SessionIds.projectIdOf(sessionId) == null) {
			throw ApiError.badRequest("Invalid session ID: " + sessionId);
		}
		SessionState session = this.sessions.get(sessionId);
		if (session == null || session.project() != project) {
			throw ApiError.notFound("Session " + sessionId + " was not found");
		}
		return session;
	}

	/**
	 * Sends an event to the app's callback URL and to the URLs registered for it.
	 * @param project the project the event belongs to
	 * @param group the callback group ({@code connection}, {@code stream},
	 * {@code session}, {@code archive}, {@code broadcast})
	 * @param event the callback event ({@code created}, {@code destroyed},
	 * {@code notification}, {@code status})
	 * @param payload the JSON payload
	 */
	void emit(ProjectState project, String group, String event, ObjectNode payload) {
		List<URI> registered = new ArrayList<>();
		for (ObjectNode callback : project.callbacks().values()) {
			if (group.equals(callback.path("group").asString()) && event.equals(callback.path("event").asString())) {
				registered.add(URI.create(callback.path("url").asString()));
			}
		}
		this.webhooks.send(registered, payload);
	}

	/**
	 * Runs a change later, holding the lock, unless the emulator stops first.
	 * @param delay how long to wait
	 * @param change the change
	 */
	void later(Duration delay, Runnable change) {
		this.work.begin();
		try {
			this.scheduler.schedule(() -> {
				try {
					synchronized (this) {
						change.run();
						activityChanged();
					}
				}
				finally {
					this.work.end();
				}
			}, delay.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			this.work.end();
		}
	}

	void record(RecordedRequest request) {
		this.requests.add(request);
	}

	List<RecordedRequest> requests() {
		return this.requests.list();
	}

	void record(RecordedSignal signal) {
		if (this.signals.size() == MAX_RECORDED) {
			this.signals.remove(0);
		}
		this.signals.add(signal);
	}

	List<RecordedSignal> signals() {
		return List.copyOf(this.signals);
	}

	void reset() {
		this.sessions.clear();
		if (this.saved != null) {
			this.saved.saveSessions(List.of());
		}
		this.requests.clear();
		this.signals.clear();
		this.projects.values().forEach(ProjectState::clearActivity);
		activityChanged();
	}

	void close() {
		this.scheduler.shutdownNow();
		this.webhooks.close();
		if (this.saved != null) {
			synchronized (this) {
				activityChanged();
			}
			this.saved.close();
		}
	}

}
