package org.opentok.spring.boot.test.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.stream.VideoType;
import org.opentok.spring.client.token.Role;

/**
 * A local OpenTok: an HTTP server on a local port that speaks the OpenTok REST API
 * statefully, for tests and local development without credentials or network. It checks
 * each request as the service does (auth JWT, content type, body fields and their limits)
 * and answers with the service's shapes and statuses, including its JSON error body.
 * <p>
 * Sessions, archives, broadcasts, Experience Composers, captions and callbacks live in
 * memory; {@link Builder#stateDirectory(Path)} keeps the projects, sessions, archives and
 * broadcasts across restarts. Clients joining sessions are simulated with
 * {@link #connect(String, String)} and {@link #publish(String)}; their streams and
 * connections then show up in the API, and the app's callback URL ({@link #webhooks()})
 * receives the events the service would send. {@link #faults()} makes the next calls fail
 * or answer slowly. With a {@linkplain Builder#controlToken(String) control token}, the
 * same simulations are reachable over HTTP under {@code /_emulator/control/}; a read-only
 * HTML page at the root ({@code GET /}) shows the projects' sessions, connections,
 * streams, archives and broadcasts, the latest requests and the webhooks delivered.
 *
 * <pre class="code">
 * try (OpenTokEmulator emulator = OpenTokEmulator.builder().start()) {
 *     EmulatorCredentials project = emulator.credentials();
 *     OpenTok openTok = OpenTok.builder(project.apiKey(), project.apiSecret())
 *         .apiUrl(emulator.baseUrl())
 *         .build();
 *     Session session = openTok.sessions().create();
 * }
 * </pre>
 *
 * The server is the JDK's own ({@code com.sun.net.httpserver}); the emulator sets
 * {@code sun.net.httpserver.nodelay=true} unless it is set, so that answers are not
 * delayed by Nagle's algorithm. It listens on the loopback address unless
 * {@link Builder#bindAddress(InetAddress)} says otherwise, and stands up to clients that
 * misbehave: a request is authenticated before its body is read, so a refused request's
 * body is neither read nor kept; a body over {@link Builder#maxBodySize(int)} is answered
 * with 413; a client slower than {@link Builder#readTimeout(Duration)} to send its
 * request or to take the answer is disconnected; at most 32 requests are worked on at
 * once. Thread-safe.
 *
 * @since 0.1.0
 */
public final class OpenTokEmulator implements AutoCloseable {

	/**
	 * How long a client may take to send a request, and to take the answer, unless
	 * {@link Builder#readTimeout(Duration)} says otherwise: 10 seconds.
	 */
	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * The largest request body the emulator reads unless {@link Builder#maxBodySize(int)}
	 * says otherwise: 1 MiB (OpenTok's bodies take a few KB).
	 */
	public static final int DEFAULT_MAX_BODY_SIZE = 1024 * 1024;

	private static final Duration MAX_READ_TIMEOUT = Duration.ofHours(1);

	private static final int MAX_MAX_BODY_SIZE = 64 * 1024 * 1024;

	private static final String NO_DELAY = "sun.net.httpserver.nodelay";

	static {
		// the JDK server writes headers and body separately: without TCP_NODELAY each
		// answer waits ~40 ms for the client's delayed ACK. The JDK reads the flag once,
		// when the JVM's first HttpServer is created; a value set by the user wins.
		if (System.getProperty(NO_DELAY) == null) {
			System.setProperty(NO_DELAY, "true");
		}
	}

	private final int requestedPort;

	private final InetAddress bindAddress;

	private final Duration readTimeout;

	private final EmulatorState state;

	private final EmulatorFaults faults = new EmulatorFaults();

	private final Archives archives;

	private final SessionActivity activity;

	private final ClientTokenVerifier tokens;

	private final EmulatorHttpHandler handler;

	private @Nullable HttpServer server;

	private @Nullable ExchangeExecutor executor;

	private boolean closed;

	private OpenTokEmulator(Builder builder) {
		this.requestedPort = builder.port;
		this.bindAddress = builder.bindAddress;
		this.readTimeout = builder.readTimeout;
		this.state = state(builder);
		this.state.webhooks().url(builder.webhookUrl).signatureSecret(builder.webhookSecret);
		this.archives = new Archives(this.state);
		this.activity = new SessionActivity(this.state, this.archives);
		this.tokens = new ClientTokenVerifier(this.state, builder.clock);
		Router router = new Router();
		new SessionHandlers(this.activity).register(router);
		new ArchiveHandlers(this.state, this.archives).register(router);
		new BroadcastHandlers(this.state).register(router);
		new StreamHandlers(this.state).register(router);
		new ModerationHandlers(this.state, this.activity).register(router);
		new SipHandlers(this.state, this.activity, this.tokens).register(router);
		new AudioConnectorHandlers(this.state, this.activity, this.tokens).register(router);
		new RenderHandlers(this.state, this.activity, this.tokens).register(router);
		new CaptionHandlers(this.state, this.tokens).register(router);
		new CallbackHandlers(this.state).register(router);
		new ProjectHandlers(this.state).register(router);
		this.handler = new EmulatorHttpHandler(this.state, router, new AuthJwtVerifier(this.state, builder.clock),
				this.faults, new ControlApi(this, this.state, builder.controlToken), builder.maxBodySize);
	}

	private static EmulatorState state(Builder builder) {
		StateDirectory directory = (builder.stateDirectory != null) ? StateDirectory.open(builder.stateDirectory)
				: null;
		try {
			StateDirectory.Saved saved = (directory != null) ? directory.load() : null;
			EmulatorCredentials account = (builder.account != null) ? builder.account
					: (saved != null) ? saved.account() : new EmulatorCredentials(Ids.apiKey(), Ids.secret());
			EmulatorState state = new EmulatorState(builder.clock, account, builder.archiveProcessingTime);
			builder.projects.forEach(state::addProject);
			builder.vonageApplications.forEach(state::addVonageApplication);
			if (saved != null) {
				state.restore(saved);
			}
			if (state.projects().isEmpty()) {
				state.addProject(new EmulatorCredentials(Ids.apiKey(), Ids.secret()));
			}
			if (directory != null) {
				state.saveTo(directory);
			}
			return state;
		}
		catch (RuntimeException ex) {
			if (directory != null) {
				directory.close();
			}
			throw ex;
		}
	}

	/**
	 * Starts configuring an emulator. Without a project, it makes up one (an 8-digit API
	 * key and a 40-character secret).
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Starts the HTTP server on the loopback address, or the one the builder was given.
	 * @return this emulator
	 * @throws IllegalStateException if it was started or closed before
	 * @throws UncheckedIOException if the port cannot be bound
	 */
	public synchronized OpenTokEmulator start() {
		if (this.server != null || this.closed) {
			throw new IllegalStateException("An OpenTok emulator can be started only once");
		}
		try {
			HttpServer httpServer = HttpServer.create(new InetSocketAddress(this.bindAddress, this.requestedPort), 0);
			httpServer.createContext("/", this.handler);
			InetSocketAddress address = httpServer.getAddress();
			this.executor = new ExchangeExecutor(address.getPort(), this.readTimeout);
			httpServer.setExecutor(this.executor);
			startAsDaemon(httpServer);
			this.server = httpServer;
			// an emulator on all addresses is called on the loopback one
			InetAddress host = address.getAddress().isAnyLocalAddress() ? InetAddress.getLoopbackAddress()
					: address.getAddress();
			String hostText = (host instanceof Inet6Address) ? "[" + host.getHostAddress() + "]"
					: host.getHostAddress();
			synchronized (this.state) {
				this.state.baseUrl(URI.create("http://" + hostText + ":" + address.getPort()));
			}
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the OpenTok emulator on " + this.bindAddress.getHostAddress()
					+ " port " + this.requestedPort, ex);
		}
	}

	private static void startAsDaemon(HttpServer httpServer) {
		// the server's dispatcher thread inherits daemon status from the thread that
		// starts it: a daemon never keeps the JVM alive when an emulator is not closed
		Thread starter = new Thread(httpServer::start, "opentok-emulator-start");
		starter.setDaemon(true);
		starter.start();
		try {
			starter.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting the OpenTok emulator", ex);
		}
	}

	/**
	 * Stops the HTTP server and the background deliveries, and releases the state
	 * directory. Idempotent.
	 */
	@Override
	public synchronized void close() {
		this.closed = true;
		if (this.server != null) {
			this.server.stop(0);
			this.server = null;
		}
		if (this.executor != null) {
			this.executor.shutdown();
			this.executor = null;
		}
		this.state.close();
	}

	/**
	 * Returns whether the emulator was started and is not closed.
	 * @return whether it serves requests
	 */
	public synchronized boolean isRunning() {
		return this.server != null;
	}

	/**
	 * Returns the URL to use as the API URL ({@code opentok.api-url}).
	 * @return the base URL, such as {@code http://127.0.0.1:53816}
	 * @throws IllegalStateException if the emulator is not running
	 */
	public URI baseUrl() {
		requireRunning();
		synchronized (this.state) {
			return this.state.baseUrl();
		}
	}

	/**
	 * Returns the port the emulator listens on.
	 * @return the port
	 * @throws IllegalStateException if the emulator is not running
	 */
	public int port() {
		return baseUrl().getPort();
	}

	private void requireRunning() {
		if (!isRunning()) {
			throw new IllegalStateException("The OpenTok emulator is not running: call start()");
		}
	}

	/**
	 * Returns the credentials of the first project (the made-up one if none was
	 * configured).
	 * @return the API key and secret
	 * @throws IllegalStateException if the emulator has only Vonage applications
	 */
	public EmulatorCredentials credentials() {
		synchronized (this.state) {
			for (ProjectState project : this.state.projects()) {
				if (!project.isVonage()) {
					return new EmulatorCredentials(project.id(), project.secret());
				}
			}
		}
		throw new IllegalStateException("The OpenTok emulator has no project with an API key");
	}

	/**
	 * Returns the credentials of a project.
	 * @param apiKey the project's API key
	 * @return the API key and current secret
	 * @throws IllegalArgumentException if there is no such project
	 */
	public EmulatorCredentials credentials(String apiKey) {
		synchronized (this.state) {
			ProjectState project = this.state.project(apiKey);
			if (project == null || project.isVonage()) {
				throw new IllegalArgumentException("The OpenTok emulator has no project " + apiKey);
			}
			return new EmulatorCredentials(project.id(), project.secret());
		}
	}

	/**
	 * Returns the credentials of every project with an API key (Vonage applications left
	 * out), in the order they were added.
	 * @return the API keys and current secrets
	 */
	public List<EmulatorCredentials> projects() {
		synchronized (this.state) {
			return this.state.projects()
				.stream()
				.filter((project) -> !project.isVonage())
				.map((project) -> new EmulatorCredentials(project.id(), project.secret()))
				.toList();
		}
	}

	/**
	 * Returns the account credentials that project management calls are made with.
	 * @return the account's API key and secret
	 */
	public EmulatorCredentials account() {
		synchronized (this.state) {
			return this.state.account();
		}
	}

	/**
	 * Adds a project with made-up credentials.
	 * @return its API key and secret
	 */
	public EmulatorCredentials addProject() {
		EmulatorCredentials credentials = new EmulatorCredentials(Ids.apiKey(), Ids.secret());
		addProject(credentials);
		return credentials;
	}

	/**
	 * Adds a project.
	 * @param credentials its API key and secret
	 * @throws IllegalArgumentException if the API key is taken
	 */
	public void addProject(EmulatorCredentials credentials) {
		synchronized (this.state) {
			this.state.addProject(credentials);
		}
	}

	/**
	 * Adds a Vonage application, whose calls are signed with RS256 by its private key.
	 * @param applicationId the application id
	 * @param publicKey the application's RSA public key
	 * @throws IllegalArgumentException if the id is taken or the key is not an RSA key
	 */
	public void addVonageApplication(String applicationId, PublicKey publicKey) {
		synchronized (this.state) {
			this.state.addVonageApplication(requireText(applicationId, "applicationId"), rsa(publicKey));
		}
	}

	/**
	 * Creates a session of the first project directly, as if the app had called the API.
	 * @param mediaMode whether the session is routed or relayed
	 * @return the session id
	 */
	public String createSession(MediaMode mediaMode) {
		synchronized (this.state) {
			ProjectState project = this.state.projects().get(0);
			return this.activity.create(project, mediaMode == MediaMode.ROUTED, false, null, null, null).id();
		}
	}

	/**
	 * Simulates a client joining a session with a token, as a client SDK would: the token
	 * is verified first, and its role and connection data are the connection's. Sends a
	 * {@code connectionCreated} callback; the first client of an {@code always}-archived
	 * session starts its archive.
	 * @param sessionId the session
	 * @param token the client token
	 * @return the connection
	 * @throws IllegalArgumentException if the token is not valid for the session
	 */
	public SimulatedConnection connect(String sessionId, String token) {
		synchronized (this.state) {
			SessionState session = requireSession(sessionId);
			TokenVerification verification = this.tokens.verify(token);
			if (!verification.valid()) {
				throw new IllegalArgumentException("The token cannot join: " + verification.reason());
			}
			if (!sessionId.equals(verification.sessionId())) {
				throw new IllegalArgumentException(
						"The token is for session " + verification.sessionId() + ", not for " + sessionId);
			}
			return this.activity.connect(session, SipHandlers.dataOf(verification), verification.role())
				.toSimulated(sessionId);
		}
	}

	/**
	 * Simulates a client with a publisher token and no connection data joining a session.
	 * @param sessionId the session
	 * @return the connection
	 * @throws IllegalArgumentException if there is no such session
	 */
	public SimulatedConnection connect(String sessionId) {
		synchronized (this.state) {
			return this.activity.connect(requireSession(sessionId), "", Role.PUBLISHER).toSimulated(sessionId);
		}
	}

	/**
	 * Simulates a connected client publishing a camera stream. Sends a
	 * {@code streamCreated} callback.
	 * @param connectionId the connection
	 * @return the stream
	 * @throws IllegalArgumentException if no session has the connection
	 * @throws IllegalStateException if the connection's role cannot publish
	 */
	public SimulatedStream publish(String connectionId) {
		return publish(connectionId, VideoType.CAMERA, "");
	}

	/**
	 * Simulates a connected client publishing a stream.
	 * @param connectionId the connection
	 * @param videoType the video type, or {@code null} for an audio-only stream
	 * @param name the stream's name
	 * @return the stream
	 * @throws IllegalArgumentException if no session has the connection
	 * @throws IllegalStateException if the connection's role cannot publish
	 */
	public SimulatedStream publish(String connectionId, @Nullable VideoType videoType, String name) {
		synchronized (this.state) {
			for (SessionState session : this.state.sessions()) {
				ConnectionRecord connection = session.connections().get(connectionId);
				if (connection != null) {
					if (connection.role() == Role.SUBSCRIBER) {
						throw new IllegalStateException(
								"Connection " + connectionId + " joined with a subscriber token: it cannot publish");
					}
					return this.activity.publish(session, connection, videoType, (name != null) ? name : "")
						.toSimulated(session.id());
				}
			}
			throw new IllegalArgumentException("No session of the OpenTok emulator has connection " + connectionId);
		}
	}

	/**
	 * Simulates a client unpublishing a stream. Sends a {@code streamDestroyed} callback.
	 * @param streamId the stream
	 * @throws IllegalArgumentException if no session has the stream
	 */
	public void unpublish(String streamId) {
		synchronized (this.state) {
			for (SessionState session : this.state.sessions()) {
				StreamRecord stream = session.streams().get(streamId);
				if (stream != null) {
					this.activity.unpublish(session, stream, "clientDisconnected");
					return;
				}
			}
			throw new IllegalArgumentException("No session of the OpenTok emulator has stream " + streamId);
		}
	}

	/**
	 * Simulates a client leaving: its streams end, then its connection, each with a
	 * callback. The last client leaving an {@code always}-archived session stops its
	 * archive.
	 * @param connectionId the connection
	 * @throws IllegalArgumentException if no session has the connection
	 */
	public void disconnect(String connectionId) {
		synchronized (this.state) {
			for (SessionState session : this.state.sessions()) {
				ConnectionRecord connection = session.connections().get(connectionId);
				if (connection != null) {
					this.activity.disconnect(session, connection, "clientDisconnected");
					return;
				}
			}
			throw new IllegalArgumentException("No session of the OpenTok emulator has connection " + connectionId);
		}
	}

	/**
	 * Simulates the service's warning that the media server hosting a session will be
	 * rotated, which it sends 4 hours and again 1 hour ahead: a
	 * {@code sessionNotification} callback with reason {@code serverRotation}.
	 * @param sessionId the session
	 * @throws IllegalArgumentException if there is no such session
	 */
	public void notifyServerRotation(String sessionId) {
		synchronized (this.state) {
			this.activity.notifyServerRotation(requireSession(sessionId));
		}
	}

	/**
	 * Simulates the rotation of a session's media server for clients that did not
	 * migrate: their streams and connections end with reason {@code forceDisconnected},
	 * then, if any client was connected, a {@code sessionDestroyed} callback with reason
	 * {@code serverRotation} is sent; archives the session was recording stop. The
	 * session id stays valid: clients may connect again and archives may be started
	 * again.
	 * @param sessionId the session
	 * @throws IllegalArgumentException if there is no such session
	 */
	public void rotateServer(String sessionId) {
		synchronized (this.state) {
			this.activity.rotateServer(requireSession(sessionId));
		}
	}

	/**
	 * Returns the clients connected to a session, SIP calls and connectors included.
	 * @param sessionId the session
	 * @return the connections, oldest first
	 * @throws IllegalArgumentException if there is no such session
	 */
	public List<SimulatedConnection> connections(String sessionId) {
		synchronized (this.state) {
			List<SimulatedConnection> connections = new ArrayList<>();
			requireSession(sessionId).connections()
				.values()
				.forEach((connection) -> connections.add(connection.toSimulated(sessionId)));
			return connections;
		}
	}

	/**
	 * Returns the streams published in a session, as they are now (layout classes, muted
	 * audio).
	 * @param sessionId the session
	 * @return the streams, oldest first
	 * @throws IllegalArgumentException if there is no such session
	 */
	public List<SimulatedStream> streams(String sessionId) {
		synchronized (this.state) {
			List<SimulatedStream> streams = new ArrayList<>();
			requireSession(sessionId).streams()
				.values()
				.forEach((stream) -> streams.add(stream.toSimulated(sessionId)));
			return streams;
		}
	}

	/**
	 * Verifies a client token: signature, session, role, expiry and connection data.
	 * @param token the token
	 * @return what the token holds, or why it is invalid
	 */
	public TokenVerification verifyToken(String token) {
		synchronized (this.state) {
			return this.tokens.verify(token);
		}
	}

	/**
	 * Verifies that a client token lets a client join a given session.
	 * @param token the token
	 * @param sessionId the session the client wants to join
	 * @return what the token holds, or why it is invalid for the session
	 */
	public TokenVerification verifyToken(String token, String sessionId) {
		TokenVerification verification = verifyToken(token);
		if (verification.valid() && !sessionId.equals(verification.sessionId())) {
			return verification
				.rejected("The token is for session " + verification.sessionId() + ", not for " + sessionId);
		}
		return verification;
	}

	/**
	 * Makes an archive fail, as the service does when recording or uploading goes wrong.
	 * Sends an {@code archive} callback with status {@code failed}.
	 * @param archiveId the archive
	 * @param reason the failure reason
	 * @throws IllegalArgumentException if no project has the archive
	 */
	public void failArchive(String archiveId, String reason) {
		synchronized (this.state) {
			for (ProjectState project : this.state.projects()) {
				ArchiveRecord archive = project.archives().get(archiveId);
				if (archive != null) {
					this.archives.fail(project, archive, reason);
					return;
				}
			}
			throw new IllegalArgumentException("The OpenTok emulator has no archive " + archiveId);
		}
	}

	/**
	 * Returns the API requests received so far, oldest first: the latest 10,000, or fewer
	 * when they hold more than 32 million characters in all (paths, queries, content
	 * types and bodies). A body is read, and recorded, only once the request is
	 * authenticated: a request refused first (unknown path, bad credentials, a body over
	 * the limit) or failed or dropped by a fault is recorded with an empty body.
	 * @return the requests
	 */
	public List<RecordedRequest> requests() {
		synchronized (this.state) {
			return this.state.requests();
		}
	}

	/**
	 * Returns the signals sent through the API so far, oldest first.
	 * @return the signals
	 */
	public List<RecordedSignal> signals() {
		synchronized (this.state) {
			return this.state.signals();
		}
	}

	/**
	 * Returns the faults to inject into the next calls.
	 * @return the faults
	 */
	public EmulatorFaults faults() {
		return this.faults;
	}

	/**
	 * Returns the callback settings and the deliveries made.
	 * @return the webhooks
	 */
	public EmulatorWebhooks webhooks() {
		return this.state.webhooks();
	}

	/**
	 * Waits until the background work is done: scheduled lifecycle changes (an archive
	 * becoming available, an Experience Composer starting) and callback deliveries.
	 * @param timeout the longest wait
	 * @return whether everything was done in time
	 */
	public boolean awaitIdle(Duration timeout) {
		try {
			return this.state.work().await(timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Forgets sessions, archives, broadcasts, renders, captions, callbacks, recorded
	 * requests and signals, queued faults and deliveries, and the sessions saved in the
	 * state directory; keeps projects and settings. For tests that share one emulator.
	 */
	public void reset() {
		synchronized (this.state) {
			this.state.reset();
		}
		this.faults.clear();
		this.state.webhooks().clearDeliveries();
	}

	private SessionState requireSession(String sessionId) {
		SessionState session = this.state.session(sessionId);
		if (session == null) {
			throw new IllegalArgumentException("The OpenTok emulator has no session " + sessionId);
		}
		return session;
	}

	private static String requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("'" + name + "' must not be blank");
		}
		return value;
	}

	private static RSAPublicKey rsa(PublicKey publicKey) {
		if (publicKey instanceof RSAPublicKey rsa) {
			return rsa;
		}
		throw new IllegalArgumentException("'publicKey' must be an RSA public key");
	}

	@Override
	public String toString() {
		return "OpenTokEmulator[url=" + (isRunning() ? baseUrl() : null) + "]";
	}

	/**
	 * Configures an {@link OpenTokEmulator}.
	 */
	public static final class Builder {

		private int port;

		private InetAddress bindAddress = InetAddress.getLoopbackAddress();

		private Duration readTimeout = DEFAULT_READ_TIMEOUT;

		private int maxBodySize = DEFAULT_MAX_BODY_SIZE;

		private final List<EmulatorCredentials> projects = new ArrayList<>();

		private final Map<String, RSAPublicKey> vonageApplications = new LinkedHashMap<>();

		private @Nullable EmulatorCredentials account;

		private Clock clock = Clock.systemUTC();

		private Duration archiveProcessingTime = Duration.ZERO;

		private @Nullable URI webhookUrl;

		private @Nullable String webhookSecret;

		private @Nullable Path stateDirectory;

		private @Nullable String controlToken;

		private Builder() {
		}

		/**
		 * Sets the port (default 0: a free one).
		 * @param port the port
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("'port' must be between 0 and 65535, got " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * Sets the address the emulator listens on (default the loopback address, so that
		 * only this host can reach it). Another address, such as {@code 0.0.0.0} for all
		 * of this host's IPv4 addresses, lets other hosts call it: API calls still need a
		 * project's credentials, archive downloads and HLS playlists need none. On all
		 * addresses, {@link OpenTokEmulator#baseUrl()} is the loopback one.
		 * @param bindAddress the local address
		 * @return this builder
		 */
		public Builder bindAddress(InetAddress bindAddress) {
			if (bindAddress == null) {
				throw new IllegalArgumentException("'bindAddress' must not be null");
			}
			this.bindAddress = bindAddress;
			return this;
		}

		/**
		 * Sets how long a client may take to send a request (its request line, headers
		 * and body) and to take the answer (default
		 * {@link OpenTokEmulator#DEFAULT_READ_TIMEOUT}). The connection of a slower
		 * client is closed, so that it holds none of the emulator's threads for longer.
		 * @param readTimeout the time, more than zero and at most one hour
		 * @return this builder
		 */
		public Builder readTimeout(Duration readTimeout) {
			if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()
					|| readTimeout.compareTo(MAX_READ_TIMEOUT) > 0) {
				throw new IllegalArgumentException("'readTimeout' must be more than zero and at most "
						+ MAX_READ_TIMEOUT + ", got " + readTimeout);
			}
			this.readTimeout = readTimeout;
			return this;
		}

		/**
		 * Sets the largest request body the emulator reads, in bytes (default
		 * {@link OpenTokEmulator#DEFAULT_MAX_BODY_SIZE}). A larger body is answered with
		 * 413 and OpenTok's JSON error body, without being read further than the limit.
		 * @param maxBodySize the limit, from 1 byte to 64 MiB
		 * @return this builder
		 */
		public Builder maxBodySize(int maxBodySize) {
			if (maxBodySize < 1 || maxBodySize > MAX_MAX_BODY_SIZE) {
				throw new IllegalArgumentException(
						"'maxBodySize' must be between 1 and " + MAX_MAX_BODY_SIZE + " bytes, got " + maxBodySize);
			}
			this.maxBodySize = maxBodySize;
			return this;
		}

		/**
		 * Adds a project.
		 * @param apiKey the numeric API key
		 * @param apiSecret the API secret, at least 32 characters
		 * @return this builder
		 */
		public Builder project(String apiKey, String apiSecret) {
			this.projects.add(new EmulatorCredentials(apiKey, apiSecret));
			return this;
		}

		/**
		 * Adds a Vonage application.
		 * @param applicationId the application id
		 * @param publicKey the application's RSA public key
		 * @return this builder
		 */
		public Builder vonageApplication(String applicationId, PublicKey publicKey) {
			this.vonageApplications.put(requireText(applicationId, "applicationId"), rsa(publicKey));
			return this;
		}

		/**
		 * Sets the account credentials for project management (default: made up).
		 * @param apiKey the account's numeric API key
		 * @param apiSecret the account's secret, at least 32 characters
		 * @return this builder
		 */
		public Builder account(String apiKey, String apiSecret) {
			this.account = new EmulatorCredentials(apiKey, apiSecret);
			return this;
		}

		/**
		 * Sets the clock that timestamps and JWT checks use (default the system clock).
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			if (clock == null) {
				throw new IllegalArgumentException("'clock' must not be null");
			}
			this.clock = clock;
			return this;
		}

		/**
		 * Sets how long a stopped archive takes to become available (default: at once,
		 * right after the stop is answered).
		 * @param archiveProcessingTime the delay
		 * @return this builder
		 */
		public Builder archiveProcessingTime(Duration archiveProcessingTime) {
			if (archiveProcessingTime == null || archiveProcessingTime.isNegative()) {
				throw new IllegalArgumentException("'archiveProcessingTime' must be zero or positive");
			}
			this.archiveProcessingTime = archiveProcessingTime;
			return this;
		}

		/**
		 * Sets the app's callback URL, which receives every event.
		 * @param webhookUrl the URL, or {@code null} for none
		 * @return this builder
		 */
		public Builder webhookUrl(@Nullable URI webhookUrl) {
			this.webhookUrl = webhookUrl;
			return this;
		}

		/**
		 * Sets the secret callbacks are signed with.
		 * @param webhookSecret the secret, at least 32 characters, or {@code null} to
		 * send them unsigned
		 * @return this builder
		 */
		public Builder webhookSecret(@Nullable String webhookSecret) {
			this.webhookSecret = webhookSecret;
			return this;
		}

		/**
		 * Keeps the emulator's projects, sessions, archives and broadcasts in a
		 * directory, so that an emulator started later on the same directory has the same
		 * project credentials and knows the sessions created before: tokens minted for
		 * them let clients join, archives of routed ones can be started. The directory
		 * holds the account's and the projects' credentials (with their secrets, current
		 * after a refresh) in {@code projects.json}, one line per session in
		 * {@code sessions.jsonl}, and the archives and broadcasts, as they are, in
		 * {@code activity.json} (saved after each API call that changes something, each
		 * background change and at {@link OpenTokEmulator#close()}; the streams picked
		 * for a manual stream mode are not kept). The files are readable by the owner
		 * only where the file system has POSIX permissions; {@code projects.json} and
		 * {@code activity.json} are replaced atomically. A project given to this builder
		 * comes first and keeps the secret given here; the directory's other projects are
		 * kept after it. Connections, streams, Experience Composers, captions, callbacks
		 * and the other activity are not kept. One emulator at a time uses a directory,
		 * from {@link #build()} until {@link OpenTokEmulator#close()}.
		 * @param stateDirectory the directory, created if it does not exist, or
		 * {@code null} to keep everything in memory (the default)
		 * @return this builder
		 */
		public Builder stateDirectory(@Nullable Path stateDirectory) {
			if (stateDirectory != null && Files.exists(stateDirectory) && !Files.isDirectory(stateDirectory)) {
				throw new IllegalArgumentException(
						"'stateDirectory' must be a directory, got the file '" + stateDirectory + "'");
			}
			this.stateDirectory = stateDirectory;
			return this;
		}

		/**
		 * Turns on the HTTP control API under {@code /_emulator/control/}, which lets
		 * test suites in any language do what this class's methods do (simulate clients
		 * and streams, fail archives, queue faults, reset). Every control call must carry
		 * the token as {@code Authorization: Bearer <token>}; without a token (the
		 * default) the control API answers 404.
		 * @param controlToken the token, 16 to 200 visible ASCII characters, or
		 * {@code null} to turn the control API off
		 * @return this builder
		 */
		public Builder controlToken(@Nullable String controlToken) {
			if (controlToken != null && (controlToken.length() < 16 || controlToken.length() > 200
					|| !controlToken.chars().allMatch((c) -> c > ' ' && c < 127))) {
				throw new IllegalArgumentException(
						"'controlToken' must have 16 to 200 visible ASCII characters (no spaces), got "
								+ controlToken.length() + " characters");
			}
			this.controlToken = controlToken;
			return this;
		}

		/**
		 * Builds the emulator without starting it. With a
		 * {@linkplain #stateDirectory(Path) state directory}, reads it and holds it until
		 * the emulator is closed.
		 * @return the emulator
		 * @throws IllegalStateException if another emulator uses the state directory or
		 * its files cannot be read
		 * @throws UncheckedIOException if the state directory cannot be created or
		 * written
		 */
		public OpenTokEmulator build() {
			return new OpenTokEmulator(this);
		}

		/**
		 * Builds and starts the emulator.
		 * @return the running emulator
		 */
		public OpenTokEmulator start() {
			OpenTokEmulator emulator = build();
			try {
				return emulator.start();
			}
			catch (RuntimeException ex) {
				emulator.close();
				throw ex;
			}
		}

	}

}
