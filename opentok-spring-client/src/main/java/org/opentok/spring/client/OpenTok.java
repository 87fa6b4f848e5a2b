package org.opentok.spring.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import org.opentok.spring.client.archive.ArchiveClient;
import org.opentok.spring.client.audio.AudioConnectorClient;
import org.opentok.spring.client.broadcast.BroadcastClient;
import org.opentok.spring.client.callback.CallbackClient;
import org.opentok.spring.client.caption.CaptionClient;
import org.opentok.spring.client.connection.ConnectionClient;
import org.opentok.spring.client.core.AccountCredentials;
import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.OpenTokRestClientCustomizer;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.ProxySettings;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.moderation.ModerationClient;
import org.opentok.spring.client.project.ProjectClient;
import org.opentok.spring.client.render.RenderClient;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.signal.SignalClient;
import org.opentok.spring.client.sip.SipClient;
import org.opentok.spring.client.stream.StreamClient;
import org.opentok.spring.client.token.TokenDefaults;
import org.opentok.spring.client.token.TokenGenerator;

/**
 * Entry point to the OpenTok server API: hands out one client per API area. Build one
 * with {@link #builder(String, String)} (or {@link #vonageBuilder(String, String)}) to
 * use it without Spring Boot; the starter exposes it as the {@code openTok} bean, built
 * from the client beans. Thread-safe. A facade from the builder owns its HTTP connection
 * pools: {@link #close()} it when done; a closed facade's accessors throw
 * {@link IllegalStateException}.
 *
 * <pre class="code">
 * try (OpenTok openTok = OpenTok.builder("123456", apiSecret).build()) {
 *     Session session = openTok.sessions().create();
 *     String token = openTok.tokens().generate(session.sessionId());
 * }
 * </pre>
 *
 * @since 0.1.0
 */
public class OpenTok implements AutoCloseable {

	private final SessionClient sessions;

	private final TokenGenerator tokens;

	private final ArchiveClient archives;

	private final BroadcastClient broadcasts;

	private final StreamClient streams;

	private final ConnectionClient connections;

	private final SignalClient signals;

	private final ModerationClient moderation;

	private final SipClient sip;

	private final AudioConnectorClient audioConnector;

	private final RenderClient renders;

	private final CaptionClient captions;

	private final CallbackClient callbacks;

	private final @Nullable ProjectClient projects;

	private final List<OpenTokTransport> ownedTransports;

	private volatile boolean closed;

	/**
	 * Creates the facade from existing clients.
	 * @param sessions the session client
	 * @param tokens the token generator
	 * @param archives the archive client
	 * @param broadcasts the broadcast client
	 * @param streams the stream client
	 * @param connections the connection client
	 * @param signals the signal client
	 * @param moderation the moderation client
	 * @param sip the SIP client
	 * @param audioConnector the audio connector client
	 * @param renders the Experience Composer client
	 * @param captions the live captions client
	 * @param callbacks the callback registration client
	 * @param projects the project management client, or {@code null} without account
	 * credentials
	 */
	public OpenTok(SessionClient sessions, TokenGenerator tokens, ArchiveClient archives, BroadcastClient broadcasts,
			StreamClient streams, ConnectionClient connections, SignalClient signals, ModerationClient moderation,
			SipClient sip, AudioConnectorClient audioConnector, RenderClient renders, CaptionClient captions,
			CallbackClient callbacks, @Nullable ProjectClient projects) {
		this(sessions, tokens, archives, broadcasts, streams, connections, signals, moderation, sip, audioConnector,
				renders, captions, callbacks, projects, List.of());
	}

	private OpenTok(SessionClient sessions, TokenGenerator tokens, ArchiveClient archives, BroadcastClient broadcasts,
			StreamClient streams, ConnectionClient connections, SignalClient signals, ModerationClient moderation,
			SipClient sip, AudioConnectorClient audioConnector, RenderClient renders, CaptionClient captions,
			CallbackClient callbacks, @Nullable ProjectClient projects, List<OpenTokTransport> ownedTransports) {
		this.sessions = Arguments.requireNonNull(sessions, "sessions");
		this.tokens = Arguments.requireNonNull(tokens, "tokens");
		this.archives = Arguments.requireNonNull(archives, "archives");
		this.broadcasts = Arguments.requireNonNull(broadcasts, "broadcasts");
		this.streams = Arguments.requireNonNull(streams, "streams");
		this.connections = Arguments.requireNonNull(connections, "connections");
		this.signals = Arguments.requireNonNull(signals, "signals");
		this.moderation = Arguments.requireNonNull(moderation, "moderation");
		this.sip = Arguments.requireNonNull(sip, "sip");
		this.audioConnector = Arguments.requireNonNull(audioConnector, "audioConnector");
		this.renders = Arguments.requireNonNull(renders, "renders");
		this.captions = Arguments.requireNonNull(captions, "captions");
		this.callbacks = Arguments.requireNonNull(callbacks, "callbacks");
		this.projects = projects;
		this.ownedTransports = ownedTransports;
	}

	/**
	 * Starts building a facade for an OpenTok project.
	 * @param apiKey the project's numeric API key
	 * @param apiSecret the project's API secret
	 * @return the builder
	 * @throws IllegalArgumentException if the key is not numeric or the secret is blank
	 */
	public static Builder builder(String apiKey, String apiSecret) {
		return new Builder(OpenTokCredentials.project(apiKey, apiSecret));
	}

	/**
	 * Starts building a facade for a Vonage application.
	 * @param applicationId the Vonage application id
	 * @param privateKeyPem the application's PKCS#8 PEM private key
	 * @return the builder
	 * @throws IllegalArgumentException if the id is blank or the key cannot be read
	 */
	public static Builder vonageBuilder(String applicationId, String privateKeyPem) {
		return new Builder(OpenTokCredentials.vonage(applicationId, privateKeyPem));
	}

	/**
	 * Starts building a facade for the given credentials.
	 * @param credentials the credentials
	 * @return the builder
	 */
	public static Builder builder(OpenTokCredentials credentials) {
		return new Builder(credentials);
	}

	/**
	 * Returns the client that creates sessions.
	 * @return the session client
	 */
	public SessionClient sessions() {
		return open(this.sessions);
	}

	/**
	 * Returns the generator of client tokens.
	 * @return the token generator
	 */
	public TokenGenerator tokens() {
		return open(this.tokens);
	}

	/**
	 * Returns the client that records sessions.
	 * @return the archive client
	 */
	public ArchiveClient archives() {
		return open(this.archives);
	}

	/**
	 * Returns the client that broadcasts sessions over HLS and RTMP.
	 * @return the broadcast client
	 */
	public BroadcastClient broadcasts() {
		return open(this.broadcasts);
	}

	/**
	 * Returns the client that reads streams and sets their layout classes.
	 * @return the stream client
	 */
	public StreamClient streams() {
		return open(this.streams);
	}

	/**
	 * Returns the client that lists a session's connections.
	 * @return the connection client
	 */
	public ConnectionClient connections() {
		return open(this.connections);
	}

	/**
	 * Returns the client that sends signals to clients.
	 * @return the signal client
	 */
	public SignalClient signals() {
		return open(this.signals);
	}

	/**
	 * Returns the client that disconnects and mutes clients.
	 * @return the moderation client
	 */
	public ModerationClient moderation() {
		return open(this.moderation);
	}

	/**
	 * Returns the client that dials SIP endpoints and plays DTMF.
	 * @return the SIP client
	 */
	public SipClient sip() {
		return open(this.sip);
	}

	/**
	 * Returns the client that streams a session's audio to a WebSocket.
	 * @return the audio connector client
	 */
	public AudioConnectorClient audioConnector() {
		return open(this.audioConnector);
	}

	/**
	 * Returns the client that publishes web pages into sessions (Experience Composer).
	 * @return the render client
	 */
	public RenderClient renders() {
		return open(this.renders);
	}

	/**
	 * Returns the client that starts and stops live captions.
	 * @return the caption client
	 */
	public CaptionClient captions() {
		return open(this.captions);
	}

	/**
	 * Returns the client that registers callback URLs.
	 * @return the callback client
	 */
	public CallbackClient callbacks() {
		return open(this.callbacks);
	}

	/**
	 * Returns the client that manages the account's projects.
	 * @return the project client
	 * @throws IllegalStateException if no account credentials were configured, or the
	 * facade is closed
	 */
	public ProjectClient projects() {
		open(this);
		if (this.projects == null) {
			throw new IllegalStateException("Project management needs account credentials: set them with "
					+ "OpenTok.Builder.accountCredentials(...) or opentok.account.api-key and opentok.account.api-secret");
		}
		return this.projects;
	}

	/**
	 * Closes the HTTP clients, and their pooled connections, of the transports this
	 * facade's builder made. Afterwards the facade, and the clients the builder made,
	 * refuse calls with an {@link IllegalStateException}; closing again does nothing. A
	 * facade made from existing clients (the starter's bean) owns nothing: closing it
	 * does nothing, their transports are closed by whoever made them.
	 */
	@Override
	public void close() {
		if (this.ownedTransports.isEmpty()) {
			return;
		}
		this.closed = true;
		this.ownedTransports.forEach(OpenTokTransport::close);
	}

	private <T> T open(T client) {
		if (this.closed) {
			throw new IllegalStateException("This OpenTok is closed: build a new one");
		}
		return client;
	}

	/**
	 * Builds an {@link OpenTok} facade. The transport settings are kept in one
	 * {@link OpenTokTransport.Builder}, used for the project's transport and, with
	 * account credentials, for the account's.
	 */
	public static final class Builder {

		private final OpenTokCredentials credentials;

		private final OpenTokTransport.Builder transport;

		private @Nullable AccountCredentials accountCredentials;

		private TokenDefaults tokenDefaults = TokenDefaults.standard();

		private Builder(OpenTokCredentials credentials) {
			this.credentials = Arguments.requireNonNull(credentials, "credentials");
			this.transport = OpenTokTransport.builder(credentials);
		}

		/**
		 * Sets the account credentials that {@link OpenTok#projects()} uses.
		 * @param apiKey the account's API key
		 * @param apiSecret the account's API secret
		 * @return this builder
		 */
		public Builder accountCredentials(String apiKey, String apiSecret) {
			this.accountCredentials = new AccountCredentials(apiKey, apiSecret);
			return this;
		}

		/**
		 * Sets the API base URL (default: the one the credentials are meant for).
		 * @param apiUrl the base URL
		 * @return this builder
		 * @see OpenTokTransport.Builder#apiUrl(URI)
		 */
		public Builder apiUrl(@Nullable URI apiUrl) {
			this.transport.apiUrl(apiUrl);
			return this;
		}

		/**
		 * Sets the API base URL (default: the one the credentials are meant for).
		 * @param apiUrl the base URL, such as {@code https://api.opentok.com}
		 * @return this builder
		 */
		public Builder apiUrl(String apiUrl) {
			return apiUrl(URI.create(Arguments.requireNonBlank(apiUrl, "apiUrl")));
		}

		/**
		 * Sets the connect timeout (default 5 s).
		 * @param connectTimeout the timeout
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.transport.connectTimeout(connectTimeout);
			return this;
		}

		/**
		 * Sets the read timeout (default 30 s).
		 * @param readTimeout the timeout
		 * @return this builder
		 */
		public Builder readTimeout(Duration readTimeout) {
			this.transport.readTimeout(readTimeout);
			return this;
		}

		/**
		 * Sets the time a whole call may take, retries included (default 60 s).
		 * @param callTimeout the timeout
		 * @return this builder
		 * @see OpenTokTransport.Builder#callTimeout(Duration)
		 */
		public Builder callTimeout(Duration callTimeout) {
			this.transport.callTimeout(callTimeout);
			return this;
		}

		/**
		 * Sets the {@link RestClient.Builder} to start from; it is cloned, never changed.
		 * @param restClientBuilder the builder
		 * @return this builder
		 */
		public Builder restClientBuilder(RestClient.Builder restClientBuilder) {
			this.transport.restClientBuilder(restClientBuilder);
			return this;
		}

		/**
		 * Sets the request factory, which then carries its own timeouts;
		 * {@link OpenTok#close()} leaves it open.
		 * @param requestFactory the request factory
		 * @return this builder
		 */
		public Builder requestFactory(ClientHttpRequestFactory requestFactory) {
			this.transport.requestFactory(requestFactory);
			return this;
		}

		/**
		 * Sets the proxy that calls go through: HTTP or SOCKS5 with Apache HttpClient 5
		 * on the class path, HTTP only with the JDK client.
		 * @param proxy the proxy, or {@code null} for none
		 * @return this builder
		 * @see OpenTokTransport.Builder#proxy(ProxySettings)
		 */
		public Builder proxy(@Nullable ProxySettings proxy) {
			this.transport.proxy(proxy);
			return this;
		}

		/**
		 * Adds a customizer of the {@link RestClient.Builder}, applied last.
		 * @param customizer the customizer
		 * @return this builder
		 */
		public Builder customizer(OpenTokRestClientCustomizer customizer) {
			this.transport.customizer(customizer);
			return this;
		}

		/**
		 * Sets when failed calls are retried (default {@link RetryPolicy#defaults()}: 3
		 * attempts).
		 * @param retryPolicy the policy; {@link RetryPolicy#none()} turns retries off
		 * @return this builder
		 */
		public Builder retryPolicy(RetryPolicy retryPolicy) {
			this.transport.retryPolicy(retryPolicy);
			return this;
		}

		/**
		 * Sets the registry that {@code opentok.client.requests} observations go to.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.transport.observationRegistry(observationRegistry);
			return this;
		}

		/**
		 * Sets the token defaults (default {@link TokenDefaults#standard()}).
		 * @param tokenDefaults the defaults
		 * @return this builder
		 */
		public Builder tokenDefaults(TokenDefaults tokenDefaults) {
			this.tokenDefaults = Arguments.requireNonNull(tokenDefaults, "tokenDefaults");
			return this;
		}

		/**
		 * Sets the clock that token and auth JWT times come from.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.transport.clock(clock);
			return this;
		}

		/**
		 * Builds the facade, its clients and their transports, which
		 * {@link OpenTok#close()} closes.
		 * @return the facade
		 */
		public OpenTok build() {
			OpenTokTransport transport = this.transport.build();
			OpenTokTransport accountTransport = (this.accountCredentials != null)
					? this.transport.buildForAccount(this.accountCredentials) : null;
			ProjectClient projects = (accountTransport != null) ? new ProjectClient(accountTransport) : null;
			List<OpenTokTransport> owned = (accountTransport != null) ? List.of(transport, accountTransport)
					: List.of(transport);
			return new OpenTok(new SessionClient(transport),
					new TokenGenerator(this.credentials, this.tokenDefaults, transport.clock()),
					new ArchiveClient(transport), new BroadcastClient(transport), new StreamClient(transport),
					new ConnectionClient(transport), new SignalClient(transport), new ModerationClient(transport),
					new SipClient(transport), new AudioConnectorClient(transport), new RenderClient(transport),
					new CaptionClient(transport), new CallbackClient(transport), projects, owned);
		}

	}

}
