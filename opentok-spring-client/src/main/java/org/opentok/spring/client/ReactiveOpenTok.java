package org.opentok.spring.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import org.opentok.spring.client.core.AccountCredentials;
import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.OpenTokWebClientCustomizer;
import org.opentok.spring.client.core.ProxySettings;
import org.opentok.spring.client.core.ReactiveOpenTokTransport;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.archive.ReactiveArchiveClient;
import org.opentok.spring.client.audio.ReactiveAudioConnectorClient;
import org.opentok.spring.client.broadcast.ReactiveBroadcastClient;
import org.opentok.spring.client.callback.ReactiveCallbackClient;
import org.opentok.spring.client.caption.ReactiveCaptionClient;
import org.opentok.spring.client.connection.ReactiveConnectionClient;
import org.opentok.spring.client.moderation.ReactiveModerationClient;
import org.opentok.spring.client.project.ReactiveProjectClient;
import org.opentok.spring.client.render.ReactiveRenderClient;
import org.opentok.spring.client.session.ReactiveSessionClient;
import org.opentok.spring.client.signal.ReactiveSignalClient;
import org.opentok.spring.client.sip.ReactiveSipClient;
import org.opentok.spring.client.stream.ReactiveStreamClient;
import org.opentok.spring.client.token.TokenDefaults;
import org.opentok.spring.client.token.TokenGenerator;

/**
 * The reactive twin of {@link OpenTok}: every reactive API client, built from
 * credentials, for use without Spring Boot. Calls return {@code Mono}s and {@code Flux}es
 * on Spring's {@link WebClient}; tokens come from the same synchronous
 * {@link TokenGenerator}, which does no I/O and so never blocks an event loop.
 * {@link #close()} closes the HTTP clients the builder made.
 *
 * @since 0.1.0
 */
public class ReactiveOpenTok implements AutoCloseable {

	private final ReactiveSessionClient sessions;

	private final ReactiveArchiveClient archives;

	private final ReactiveBroadcastClient broadcasts;

	private final ReactiveStreamClient streams;

	private final ReactiveConnectionClient connections;

	private final ReactiveSignalClient signals;

	private final ReactiveModerationClient moderation;

	private final ReactiveSipClient sip;

	private final ReactiveAudioConnectorClient audioConnector;

	private final ReactiveRenderClient renders;

	private final ReactiveCaptionClient captions;

	private final ReactiveCallbackClient callbacks;

	private final TokenGenerator tokens;

	private final @Nullable ReactiveProjectClient projects;

	private final List<ReactiveOpenTokTransport> ownedTransports;

	private volatile boolean closed;

	/**
	 * Creates the facade from existing clients; closing it closes nothing.
	 * @param sessions the session client
	 * @param tokens the token generator
	 * @param archives the archive client
	 * @param broadcasts the broadcast client
	 * @param streams the stream client
	 * @param connections the connection client
	 * @param signals the signal client
	 * @param moderation the moderation client
	 * @param sip the SIP client
	 * @param audioConnector the Audio Connector client
	 * @param renders the Experience Composer client
	 * @param captions the live captions client
	 * @param callbacks the callback registration client
	 * @param projects the project management client, or {@code null} without account
	 * credentials
	 */
	public ReactiveOpenTok(ReactiveSessionClient sessions, TokenGenerator tokens, ReactiveArchiveClient archives,
			ReactiveBroadcastClient broadcasts, ReactiveStreamClient streams, ReactiveConnectionClient connections,
			ReactiveSignalClient signals, ReactiveModerationClient moderation, ReactiveSipClient sip,
			ReactiveAudioConnectorClient audioConnector, ReactiveRenderClient renders, ReactiveCaptionClient captions,
			ReactiveCallbackClient callbacks, @Nullable ReactiveProjectClient projects) {
		this(sessions, tokens, archives, broadcasts, streams, connections, signals, moderation, sip, audioConnector,
				renders, captions, callbacks, projects, List.of());
	}

	private ReactiveOpenTok(ReactiveSessionClient sessions, TokenGenerator tokens, ReactiveArchiveClient archives,
			ReactiveBroadcastClient broadcasts, ReactiveStreamClient streams, ReactiveConnectionClient connections,
			ReactiveSignalClient signals, ReactiveModerationClient moderation, ReactiveSipClient sip,
			ReactiveAudioConnectorClient audioConnector, ReactiveRenderClient renders, ReactiveCaptionClient captions,
			ReactiveCallbackClient callbacks, @Nullable ReactiveProjectClient projects,
			List<ReactiveOpenTokTransport> ownedTransports) {
		this.sessions = Arguments.requireNonNull(sessions, "sessions");
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
		this.tokens = Arguments.requireNonNull(tokens, "tokens");
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
	 * Starts building a facade for the given credentials.
	 * @param credentials the credentials
	 * @return the builder
	 */
	public static Builder builder(OpenTokCredentials credentials) {
		return new Builder(credentials);
	}

	/**
	 * Returns the token generator, the same synchronous one {@link OpenTok} has: it signs
	 * in memory and does no I/O, so it may be called on an event loop.
	 * @return the token generator
	 * @throws IllegalStateException if the facade is closed
	 */
	public TokenGenerator tokens() {
		return open(this.tokens);
	}

	/**
	 * Returns the client that creates sessions.
	 * @return the session client
	 * @throws IllegalStateException if the facade is closed
	 */
	public ReactiveSessionClient sessions() {
		return open(this.sessions);
	}

	/**
	 * Returns the client that records sessions.
	 * @return the archive client
	 * @throws IllegalStateException if the facade is closed
	 */
	public ReactiveArchiveClient archives() {
		return open(this.archives);
	}

	/**
	 * Returns the client that broadcasts sessions.
	 * @return the broadcast client
	 * @throws IllegalStateException if the facade is closed
	 */
	public ReactiveBroadcastClient broadcasts() {
		return open(this.broadcasts);
	}

	/**
	 * Returns the client that reads streams and sets their layout classes.
	 * @return the stream client
	 * @throws IllegalStateException if the facade is closed
	 */
	public ReactiveStreamClient streams() {
		return open(this.streams);
	}

	/**
	 * Returns the client that lists connections.
	 * @return the connection client
	 * @throws IllegalStateException if the facade is closed
	 */
	public ReactiveConnectionClient connections() {
		return open(this.connections);
	}

	/**
	 * Returns the client that sends signals.
	 * @return the signal client
	 * @throws IllegalStateException if the facade is closed
	 */
	public ReactiveSignalClient signals() {
		return open(this.signals);
	}

	/**
	 * Returns the client that disconnects and mutes.
	 * @return the moderation client
	 * @throws IllegalStateException if the facade is closed
	 */
	public ReactiveModerationClient moderation() {
		return open(this.moderation);
	}

	/**
	 * Returns the client that dials SIP endpoints and plays DTMF.
	 * @return the SIP client
	 * @throws IllegalStateException if the facade is closed
	 */
	public ReactiveSipClient sip() {
		return open(this.sip);
	}

	/**
	 * Returns the client that streams audio to WebSockets.
	 * @return the Audio Connector client
	 * @throws IllegalStateException if the facade is closed
	 */
	public ReactiveAudioConnectorClient audioConnector() {
		return open(this.audioConnector);
	}

	/**
	 * Returns the client that renders web pages into sessions.
	 * @return the Experience Composer client
	 * @throws IllegalStateException if the facade is closed
	 */
	public ReactiveRenderClient renders() {
		return open(this.renders);
	}

	/**
	 * Returns the client that starts and stops live captions.
	 * @return the live captions client
	 * @throws IllegalStateException if the facade is closed
	 */
	public ReactiveCaptionClient captions() {
		return open(this.captions);
	}

	/**
	 * Returns the client that registers callback URLs.
	 * @return the callback registration client
	 * @throws IllegalStateException if the facade is closed
	 */
	public ReactiveCallbackClient callbacks() {
		return open(this.callbacks);
	}

	/**
	 * Returns the client that manages the account's projects.
	 * @return the project client
	 * @throws IllegalStateException if no account credentials were configured, or the
	 * facade is closed
	 */
	public ReactiveProjectClient projects() {
		open(this);
		if (this.projects == null) {
			throw new IllegalStateException("Project management needs account credentials: set them with "
					+ "ReactiveOpenTok.Builder.accountCredentials(...)");
		}
		return this.projects;
	}

	/**
	 * Closes the HTTP clients, and their pooled connections, of the transports the
	 * builder made; a facade made from existing clients closes nothing.
	 */
	@Override
	public void close() {
		if (this.ownedTransports.isEmpty()) {
			return;
		}
		this.closed = true;
		this.ownedTransports.forEach(ReactiveOpenTokTransport::close);
	}

	private <T> T open(T client) {
		if (this.closed) {
			throw new IllegalStateException("This ReactiveOpenTok is closed: build a new one");
		}
		return client;
	}

	/**
	 * Builds a {@link ReactiveOpenTok}.
	 */
	public static final class Builder {

		private final OpenTokCredentials credentials;

		private final ReactiveOpenTokTransport.Builder transport;

		private @Nullable AccountCredentials accountCredentials;

		private TokenDefaults tokenDefaults = TokenDefaults.standard();

		private Builder(OpenTokCredentials credentials) {
			this.credentials = Arguments.requireNonNull(credentials, "credentials");
			this.transport = ReactiveOpenTokTransport.builder(credentials);
		}

		/**
		 * Sets the account credentials that project management needs.
		 * @param apiKey the account's API key
		 * @param apiSecret the account's API secret
		 * @return this builder
		 */
		public Builder accountCredentials(String apiKey, String apiSecret) {
			this.accountCredentials = new AccountCredentials(apiKey, apiSecret);
			return this;
		}

		/**
		 * Sets the API base URL.
		 * @param apiUrl the base URL, or {@code null} for the credentials' default
		 * @return this builder
		 */
		public Builder apiUrl(@Nullable URI apiUrl) {
			this.transport.apiUrl(apiUrl);
			return this;
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
		 */
		public Builder callTimeout(Duration callTimeout) {
			this.transport.callTimeout(callTimeout);
			return this;
		}

		/**
		 * Sets the {@link WebClient.Builder} to start from (cloned, never changed).
		 * @param webClientBuilder the builder
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.transport.webClientBuilder(webClientBuilder);
			return this;
		}

		/**
		 * Sets the connector, which then carries its own timeouts and proxy: the
		 * {@link #proxy(ProxySettings) proxy settings} of this builder are not applied to
		 * it, only used to name the proxy when it refuses a call.
		 * @param connector the connector
		 * @return this builder
		 * @see ReactiveOpenTokTransport.Builder#proxy(ProxySettings)
		 */
		public Builder clientConnector(ClientHttpConnector connector) {
			this.transport.clientConnector(connector);
			return this;
		}

		/**
		 * Sets the proxy that calls go through: HTTP or SOCKS5 with Reactor Netty on the
		 * class path, HTTP only with the JDK client. Not applied to a connector given
		 * with {@link #clientConnector(ClientHttpConnector)}.
		 * @param proxy the proxy, or {@code null} for none
		 * @return this builder
		 * @see ReactiveOpenTokTransport.Builder#proxy(ProxySettings)
		 */
		public Builder proxy(@Nullable ProxySettings proxy) {
			this.transport.proxy(proxy);
			return this;
		}

		/**
		 * Adds a customizer of the {@link WebClient.Builder}, applied last.
		 * @param customizer the customizer
		 * @return this builder
		 */
		public Builder customizer(OpenTokWebClientCustomizer customizer) {
			this.transport.customizer(customizer);
			return this;
		}

		/**
		 * Sets when failed calls are retried (default {@link RetryPolicy#defaults()}).
		 * @param retryPolicy the policy
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
		 * Sets the defaults of generated tokens.
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
		 * Builds the facade and its transports.
		 * @return the facade
		 * @throws IllegalStateException if a SOCKS proxy is set, no connector is given
		 * and only the JDK HTTP client is available
		 */
		public ReactiveOpenTok build() {
			ReactiveOpenTokTransport transport = this.transport.build();
			ReactiveOpenTokTransport accountTransport = (this.accountCredentials != null)
					? this.transport.buildForAccount(this.accountCredentials) : null;
			ReactiveProjectClient projects = (accountTransport != null) ? new ReactiveProjectClient(accountTransport)
					: null;
			List<ReactiveOpenTokTransport> owned = (accountTransport != null) ? List.of(transport, accountTransport)
					: List.of(transport);
			return new ReactiveOpenTok(new ReactiveSessionClient(transport),
					new TokenGenerator(this.credentials, this.tokenDefaults, transport.clock()),
					new ReactiveArchiveClient(transport), new ReactiveBroadcastClient(transport),
					new ReactiveStreamClient(transport), new ReactiveConnectionClient(transport),
					new ReactiveSignalClient(transport), new ReactiveModerationClient(transport),
					new ReactiveSipClient(transport), new ReactiveAudioConnectorClient(transport),
					new ReactiveRenderClient(transport), new ReactiveCaptionClient(transport),
					new ReactiveCallbackClient(transport), projects, owned);
		}

	}

}
