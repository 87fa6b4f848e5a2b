package org.opentok.spring.client.core;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import org.opentok.spring.client.core.observation.DefaultOpenTokClientObservationConvention;
import org.opentok.spring.client.core.observation.OpenTokClientObservationContext;
import org.opentok.spring.client.core.observation.OpenTokClientObservationConvention;
import org.opentok.spring.client.core.observation.OpenTokObservationDocumentation;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.internal.ProxyAuthenticationFailure;
import org.opentok.spring.client.internal.UserAgent;

/**
 * The reactive twin of {@link OpenTokTransport}: executes the {@link OpenTokRequest}s of
 * the reactive API clients on a {@link WebClient}, without blocking. A call sends the
 * bytes and headers its blocking twin sends, maps a non-2xx answer to the same
 * {@link OpenTokApiException}, retries by the same {@link RetryPolicy} (waiting on a
 * Reactor timer, never a thread) and is one {@code opentok.client.requests} observation,
 * its retries included, whose parent is the observation in the subscriber's Reactor
 * context, and which is the parent of the {@code WebClient}'s own observations. Nothing
 * is sent before subscription; a cancelled call releases its connection. Thread-safe;
 * share one instance among the reactive clients.
 *
 * @since 0.1.0
 */
public final class ReactiveOpenTokTransport implements AutoCloseable {

	/**
	 * The Reactor context key of the current observation, as Micrometer's
	 * {@code ObservationThreadLocalAccessor.KEY} (a constant, read here without loading
	 * that class, which needs context-propagation on the class path).
	 */
	static final String OBSERVATION_KEY = "micrometer.observation";

	/**
	 * Where {@code WebClient} looks for the URI template of {@code http.client.requests}
	 * observations, which it sets itself only when it expands the template.
	 */
	private static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

	private static final OpenTokClientObservationConvention DEFAULT_CONVENTION = new DefaultOpenTokClientObservationConvention();

	private final WebClient webClient;

	private final String projectId;

	private final URI apiUrl;

	private final UriTemplateCache uriTemplates;

	private final Clock clock;

	private final RetryPolicy retryPolicy;

	private final Duration callTimeout;

	private final ObservationRegistry observationRegistry;

	private final @Nullable OpenTokClientObservationConvention observationConvention;

	private final RequestAuthenticator authenticator;

	private final OpenTokStatusHandler statusHandler;

	private final @Nullable ProxySettings proxy;

	private final @Nullable AutoCloseable ownedConnector;

	private volatile @Nullable Instant lastSuccessfulCall;

	private volatile boolean closed;

	private ReactiveOpenTokTransport(WebClient webClient, String projectId, URI apiUrl, RequestAuthenticator auth,
			Builder settings, @Nullable AutoCloseable ownedConnector) {
		this.webClient = webClient;
		this.projectId = projectId;
		this.apiUrl = apiUrl;
		this.uriTemplates = new UriTemplateCache(apiUrl, Map.of(OpenTokTransport.PROJECT_ID, projectId));
		this.clock = settings.clock;
		this.retryPolicy = settings.retryPolicy;
		this.callTimeout = settings.callTimeout;
		this.observationRegistry = settings.observationRegistry;
		this.observationConvention = settings.observationConvention;
		this.authenticator = auth;
		this.proxy = settings.proxy;
		this.statusHandler = new OpenTokStatusHandler(settings.clock, settings.proxy);
		this.ownedConnector = ownedConnector;
	}

	/**
	 * Starts building a transport for the given credentials.
	 * @param credentials the credentials that calls are signed with
	 * @return the builder
	 */
	public static Builder builder(OpenTokCredentials credentials) {
		Arguments.requireNonNull(credentials, "credentials");
		return new Builder(credentials.projectId(), credentials.defaultApiUrl(),
				(clock) -> RequestAuthenticator.forCredentials(credentials, clock));
	}

	/**
	 * Starts building a transport for account-level calls (project management), signed
	 * with the account's credentials ({@code ist=account}).
	 * @param credentials the account's credentials
	 * @return the builder
	 */
	public static Builder accountBuilder(AccountCredentials credentials) {
		Arguments.requireNonNull(credentials, "credentials");
		return new Builder(credentials.apiKey(), ProjectCredentials.OPENTOK_API_URL,
				(clock) -> OpenTokJwtAuthenticator.forAccount(credentials, clock));
	}

	/**
	 * Returns the call a request describes. The URI template is expanded now; nothing is
	 * sent before subscription, and each subscription is a new call.
	 * @param <T> the body type
	 * @param request the call
	 * @return the answer's body (which must be present and pass the request's check), or
	 * an empty {@code Mono} for a request without response type; failing with an
	 * {@link OpenTokApiException} for a non-2xx answer, an
	 * {@link OpenTokTransportException} on I/O failures and timeouts, an
	 * {@link OpenTokInvalidResponseException} for an unusable answer, an
	 * {@link IllegalStateException} once the transport is closed
	 * @throws IllegalArgumentException if the template is not a path or one of its
	 * variables has no entry
	 */
	public <T> Mono<T> execute(OpenTokRequest<T> request) {
		Arguments.requireNonNull(request, "request");
		UriTemplateCache.Expansion target = this.uriTemplates.expand(request.uriTemplate(), request.uriVariables());
		OpenTokOperation operation = request.operation();
		return Mono.deferContextual((contextView) -> {
			if (this.closed) {
				return Mono.error(new IllegalStateException(
						operation.operationName() + " refused: the ReactiveOpenTokTransport is closed"));
			}
			OpenTokClientObservationContext context = new OpenTokClientObservationContext(operation,
					request.uriVariables());
			Observation observation = OpenTokObservationDocumentation.CLIENT_REQUESTS
				.observation(this.observationConvention, DEFAULT_CONVENTION, () -> context, this.observationRegistry);
			Observation parent = contextView.getOrDefault(OBSERVATION_KEY, null);
			if (parent != null) {
				observation.parentObservation(parent);
			}
			observation.start();
			Runnable stopObservation = stopOnce(observation);
			long start = Schedulers.parallel().now(TimeUnit.MILLISECONDS);
			// stopped before the result reaches the subscriber (block() cancels the call
			// once it has the value), or on cancellation
			return Mono.defer(() -> attempt(request, target, context))
				.retryWhen(retries(operation, start))
				.timeout(this.callTimeout, Mono.error(() -> deadlineExceeded(operation)))
				.doOnSuccess((result) -> {
					this.lastSuccessfulCall = this.clock.instant();
					stopObservation.run();
				})
				.doOnError((failure) -> {
					observation.error(failure);
					stopObservation.run();
				})
				.doOnCancel(stopObservation)
				.contextWrite((reactorContext) -> reactorContext.put(OBSERVATION_KEY, observation));
		});
	}

	private static Runnable stopOnce(Observation observation) {
		AtomicBoolean stopped = new AtomicBoolean();
		return () -> {
			if (stopped.compareAndSet(false, true)) {
				observation.stop();
			}
		};
	}

	private <T> Mono<T> attempt(OpenTokRequest<T> request, UriTemplateCache.Expansion target,
			OpenTokClientObservationContext context) {
		OpenTokOperation operation = request.operation();
		WebClient.RequestBodySpec spec = this.webClient.method(operation.method())
			.uri(target.uri())
			.attribute(URI_TEMPLATE_ATTRIBUTE, target.absoluteTemplate())
			.headers(this.authenticator::authenticate);
		RequestBodies.Encoded body = RequestBodies.encode(request);
		if (body != null) {
			spec.contentType(body.contentType()).contentLength(body.bytes().length).bodyValue(body.bytes());
		}
		else if (carriesBody(operation.method())) {
			spec.contentLength(0);
		}
		return spec.<T>exchangeToMono((response) -> read(response, request, context))
			.onErrorMap((ex) -> !(ex instanceof OpenTokException), (ex) -> transportFailure(operation, ex));
	}

	private OpenTokTransportException transportFailure(OpenTokOperation operation, Throwable failure) {
		ProxySettings proxy = this.proxy;
		String refusal = (proxy != null) ? ProxyAuthenticationFailure.reasonOf(failure) : null;
		if (proxy != null && refusal != null) {
			return new OpenTokProxyAuthenticationException(operation, proxy, refusal, failure);
		}
		return new OpenTokTransportException(operation, failure);
	}

	private static boolean carriesBody(HttpMethod method) {
		return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
	}

	private <T> Mono<T> read(ClientResponse response, OpenTokRequest<T> request,
			OpenTokClientObservationContext context) {
		OpenTokOperation operation = request.operation();
		int status = response.statusCode().value();
		context.setStatusCode(status);
		if (!response.statusCode().is2xxSuccessful()) {
			HttpHeaders headers = response.headers().asHttpHeaders();
			return errorBody(response)
				.flatMap((bytes) -> Mono.error(this.statusHandler.exceptionFor(operation, status, headers, bytes)));
		}
		ResolvableType responseType = request.responseType();
		if (responseType == null) {
			return response.releaseBody().then(Mono.empty());
		}
		return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()))
			.map((buffer) -> ReactiveOpenTokTransport.<T>decode(operation, buffer, responseType))
			.defaultIfEmpty(Optional.empty())
			.map((decoded) -> OpenTokTransport.<T>requireUsable(operation, decoded.orElse(null), request.defect()));
	}

	private static Mono<byte[]> errorBody(ClientResponse response) {
		return DataBufferUtils
			.join(DataBufferUtils.takeUntilByteCount(response.body(BodyExtractors.toDataBuffers()),
					OpenTokStatusHandler.MAX_BODY_BYTES))
			.map(ReactiveOpenTokTransport::bytesOf)
			.onErrorResume((ex) -> Mono.empty())
			.defaultIfEmpty(new byte[0]);
	}

	private static byte[] bytesOf(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> Optional<T> decode(OpenTokOperation operation, DataBuffer buffer, ResolvableType type) {
		byte[] json = bytesOf(buffer);
		if (json.length == 0) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable((T) JsonConverters.fromJson(json, type));
		}
		catch (RuntimeException ex) {
			throw new OpenTokInvalidResponseException(operation, OpenTokTransport.rootMessage(ex), ex);
		}
	}

	private Retry retries(OpenTokOperation operation, long start) {
		return Retry.from((signals) -> signals.concatMap((signal) -> {
			Throwable failure = signal.failure();
			if (!(failure instanceof OpenTokException known)) {
				return Mono.error(failure);
			}
			Duration delay = this.retryPolicy.delayBeforeRetry(operation, known, (int) signal.totalRetries() + 1);
			if (delay == null || delay.compareTo(remaining(start)) >= 0) {
				return Mono.error(failure);
			}
			return Mono.delay(delay);
		}));
	}

	private Duration remaining(long start) {
		long elapsed = Schedulers.parallel().now(TimeUnit.MILLISECONDS) - start;
		return this.callTimeout.minusMillis(elapsed);
	}

	private OpenTokTransportException deadlineExceeded(OpenTokOperation operation) {
		return OpenTokTransport.deadlineExceeded(operation, this.callTimeout, new TimeoutException("call timeout"));
	}

	/**
	 * Returns when the last call that got a success answer finished.
	 * @return the time, or empty when no call has succeeded yet
	 */
	public Optional<Instant> lastSuccessfulCall() {
		return Optional.ofNullable(this.lastSuccessfulCall);
	}

	/**
	 * Returns the id that names the project in paths.
	 * @return the API key or Vonage application id
	 */
	public String projectId() {
		return this.projectId;
	}

	/**
	 * Returns the API base URL calls go to.
	 * @return the base URL
	 */
	public URI apiUrl() {
		return this.apiUrl;
	}

	/**
	 * Returns the clock the transport's times come from.
	 * @return the clock
	 */
	public Clock clock() {
		return this.clock;
	}

	/**
	 * Closes the HTTP client this transport owns (its default connector and connection
	 * pool). Calls subscribed after closing fail with {@link IllegalStateException};
	 * closing again does nothing.
	 */
	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		AutoCloseable connector = this.ownedConnector;
		if (connector != null) {
			try {
				connector.close();
			}
			catch (Exception ex) {
				// closing is best effort: connections that
				// cannot be closed time out on their own
			}
		}
	}

	@Override
	public String toString() {
		return "ReactiveOpenTokTransport[apiUrl=" + this.apiUrl + ", projectId=" + this.projectId + "]";
	}

	/**
	 * Builds a {@link ReactiveOpenTokTransport}.
	 */
	public static final class Builder {

		private final String projectId;

		private final URI defaultApiUrl;

		private final Function<Clock, RequestAuthenticator> defaultAuthenticator;

		private @Nullable URI apiUrl;

		private WebClient.@Nullable Builder webClientBuilder;

		private @Nullable ClientHttpConnector connector;

		private @Nullable RequestAuthenticator authenticator;

		private @Nullable ProxySettings proxy;

		private Duration connectTimeout = Duration.ofSeconds(5);

		private Duration readTimeout = Duration.ofSeconds(30);

		private Duration callTimeout = OpenTokTransport.DEFAULT_CALL_TIMEOUT;

		private Clock clock = Clock.systemUTC();

		private RetryPolicy retryPolicy = RetryPolicy.defaults();

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private @Nullable OpenTokClientObservationConvention observationConvention;

		private final List<OpenTokWebClientCustomizer> customizers = new ArrayList<>();

		private Builder(String projectId, URI defaultApiUrl,
				Function<Clock, RequestAuthenticator> defaultAuthenticator) {
			this.projectId = projectId;
			this.defaultApiUrl = defaultApiUrl;
			this.defaultAuthenticator = defaultAuthenticator;
		}

		/**
		 * Sets the API base URL, as {@link OpenTokTransport.Builder#apiUrl(URI)} does.
		 * @param apiUrl the base URL, such as {@code https://api.opentok.com}
		 * @return this builder
		 */
		public Builder apiUrl(@Nullable URI apiUrl) {
			if (apiUrl != null && !OpenTokTransport.isValidApiUrl(apiUrl)) {
				throw new IllegalArgumentException(
						"'apiUrl' must be an absolute http(s) URL without query or fragment, got '" + apiUrl + "'");
			}
			this.apiUrl = apiUrl;
			return this;
		}

		/**
		 * Sets the builder to start from; it is cloned, never changed. Defaults to
		 * {@link WebClient#builder()}.
		 * @param webClientBuilder the builder, for example Spring Boot's
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.@Nullable Builder webClientBuilder) {
			this.webClientBuilder = webClientBuilder;
			return this;
		}

		/**
		 * Sets the connector. When set, the connect and read timeouts and the
		 * {@link #proxy(ProxySettings) proxy} of this builder are not applied to it: the
		 * connector carries its own, and the transport does not close it. Defaults to
		 * Reactor Netty when it is on the class path, the JDK HTTP client otherwise, with
		 * this builder's timeouts and proxy.
		 * @param connector the connector
		 * @return this builder
		 */
		public Builder clientConnector(@Nullable ClientHttpConnector connector) {
			this.connector = connector;
			return this;
		}

		/**
		 * Sets the proxy that calls go through (default none). The default connector
		 * applies it: Reactor Netty both HTTP proxies (always with {@code CONNECT}, for
		 * plain HTTP targets too) and SOCKS5 proxies, the JDK client HTTP proxies only;
		 * {@link ProxySettings#nonProxyHosts() excluded hosts} are reached directly, and
		 * Reactor Netty's own exclusions of {@code localhost} and loopback addresses do
		 * not apply. A proxy that refuses the credentials fails the call with an
		 * {@link OpenTokProxyAuthenticationException}.
		 * <p>
		 * A connector given with {@link #clientConnector(ClientHttpConnector)} is left as
		 * it is: it must route through the proxy itself (the starter's does), and the
		 * transport uses the settings only to recognize and name the proxy when it
		 * refuses a call. This is what the blocking transport does with a request factory
		 * of the caller's, and it lets a connector built with Spring Boot's HTTP client
		 * support (SSL bundles, its customizers) carry the proxy and still give the typed
		 * error; rejecting the combination would forbid that.
		 * @param proxy the proxy, or {@code null} for none
		 * @return this builder
		 */
		public Builder proxy(@Nullable ProxySettings proxy) {
			this.proxy = proxy;
			return this;
		}

		/**
		 * Sets how requests are authenticated. Defaults to the authenticator for the
		 * credentials the builder was made for.
		 * @param authenticator the authenticator
		 * @return this builder
		 */
		public Builder authenticator(@Nullable RequestAuthenticator authenticator) {
			this.authenticator = authenticator;
			return this;
		}

		/**
		 * Sets the connect timeout of the default connector (default 5 s).
		 * @param connectTimeout the timeout
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = requirePositive("connectTimeout", connectTimeout);
			return this;
		}

		/**
		 * Sets the read timeout of the default connector (default 30 s): the longest
		 * silence while waiting for or reading an answer.
		 * @param readTimeout the timeout
		 * @return this builder
		 */
		public Builder readTimeout(Duration readTimeout) {
			this.readTimeout = requirePositive("readTimeout", readTimeout);
			return this;
		}

		/**
		 * Sets the time a whole call may take, retries and waits between them included
		 * (default 60 s), as {@link OpenTokTransport.Builder#callTimeout(Duration)} does.
		 * @param callTimeout the timeout
		 * @return this builder
		 */
		public Builder callTimeout(Duration callTimeout) {
			this.callTimeout = requirePositive("callTimeout", callTimeout);
			return this;
		}

		/**
		 * Sets the clock that auth JWT times come from (default the system UTC clock).
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = Arguments.requireNonNull(clock, "clock");
			return this;
		}

		/**
		 * Sets when failed calls are retried (default {@link RetryPolicy#defaults()}).
		 * @param retryPolicy the policy
		 * @return this builder
		 */
		public Builder retryPolicy(RetryPolicy retryPolicy) {
			this.retryPolicy = Arguments.requireNonNull(retryPolicy, "retryPolicy");
			return this;
		}

		/**
		 * Sets the registry that {@code opentok.client.requests} observations go to
		 * (default none).
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = Arguments.requireNonNull(observationRegistry, "observationRegistry");
			return this;
		}

		/**
		 * Sets the convention that names and tags the observations (default
		 * {@link DefaultOpenTokClientObservationConvention}).
		 * @param observationConvention the convention, or {@code null} for the default
		 * @return this builder
		 */
		public Builder observationConvention(@Nullable OpenTokClientObservationConvention observationConvention) {
			this.observationConvention = observationConvention;
			return this;
		}

		/**
		 * Adds a customizer, applied after everything else in the order added.
		 * @param customizer the customizer
		 * @return this builder
		 */
		public Builder customizer(OpenTokWebClientCustomizer customizer) {
			this.customizers.add(Arguments.requireNonNull(customizer, "customizer"));
			return this;
		}

		/**
		 * Builds the transport.
		 * @return the transport
		 * @throws IllegalStateException if a SOCKS proxy is set, no connector is given
		 * and only the JDK HTTP client is available
		 */
		public ReactiveOpenTokTransport build() {
			RequestAuthenticator auth = (this.authenticator != null) ? this.authenticator
					: this.defaultAuthenticator.apply(this.clock);
			return build(this.projectId, this.defaultApiUrl, auth);
		}

		/**
		 * Builds a second transport with this builder's settings for account-level calls
		 * (project management), signed with the account's credentials
		 * ({@code ist=account}) whatever {@link #authenticator(RequestAuthenticator)}
		 * says.
		 * @param credentials the account's credentials
		 * @return the transport
		 */
		public ReactiveOpenTokTransport buildForAccount(AccountCredentials credentials) {
			Arguments.requireNonNull(credentials, "credentials");
			return build(credentials.apiKey(), ProjectCredentials.OPENTOK_API_URL,
					OpenTokJwtAuthenticator.forAccount(credentials, this.clock));
		}

		private ReactiveOpenTokTransport build(String projectId, URI defaultApiUrl, RequestAuthenticator auth) {
			URI baseUrl = (this.apiUrl != null) ? this.apiUrl : defaultApiUrl;
			WebClient.Builder builder = (this.webClientBuilder != null) ? this.webClientBuilder.clone()
					: WebClient.builder();
			DefaultConnectors.Owned owned = (this.connector != null) ? null
					: DefaultConnectors.create(this.connectTimeout, this.readTimeout, this.proxy);
			ClientHttpConnector connector = (owned != null) ? owned.connector() : this.connector;
			builder.clientConnector(connector)
				.baseUrl(baseUrl.toString())
				.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
				.defaultHeader(HttpHeaders.USER_AGENT, UserAgent.value());
			if (!(connector instanceof JdkClientHttpConnector)) {
				// what the blocking transport's HTTP client sends, so that both send the
				// same headers; the JDK client refuses it (a restricted header) and keeps
				// its HTTP/1.1 connections alive without it
				builder.defaultHeader(HttpHeaders.CONNECTION, "keep-alive");
			}
			this.customizers.forEach((customizer) -> customizer.customize(builder));
			return new ReactiveOpenTokTransport(builder.build(), projectId, baseUrl, auth, this, owned);
		}

		private static Duration requirePositive(String name, Duration value) {
			if (value == null || value.isNegative() || value.isZero()) {
				throw new IllegalArgumentException("'" + name + "' must be a positive duration, got " + value);
			}
			return value;
		}

	}

}
