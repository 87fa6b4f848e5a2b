package org.opentok.spring.client.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import org.opentok.spring.client.core.observation.DefaultOpenTokClientObservationConvention;
import org.opentok.spring.client.core.observation.OpenTokClientObservationContext;
import org.opentok.spring.client.core.observation.OpenTokClientObservationConvention;
import org.opentok.spring.client.core.observation.OpenTokObservationDocumentation;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.internal.CallDeadline;
import org.opentok.spring.client.internal.ProxyAuthenticationFailure;
import org.opentok.spring.client.internal.UserAgent;

/**
 * Executes OpenTok REST calls for the API clients: one {@link RestClient} with the base
 * URL, {@code Accept} and {@code User-Agent} headers, the auth header and the status
 * handler that maps every non-2xx answer to an {@link OpenTokApiException}. Every call
 * names its {@link OpenTokOperation} and uses a URI template, so raw ids never reach
 * metric tags. Thread-safe; share one instance among the clients.
 *
 * @since 0.1.0
 */
public final class OpenTokTransport implements AutoCloseable {

	/**
	 * URI variable that every template may use for the project id
	 * ({@code /v2/project/{projectId}/...}).
	 */
	public static final String PROJECT_ID = "projectId";

	/**
	 * The time a whole call may take, retries included, unless the builder says
	 * otherwise.
	 */
	public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

	private static final String CONTEXT_ATTRIBUTE = OpenTokClientObservationContext.class.getName();

	/**
	 * Where {@code RestClient} looks for the URI template of {@code http.client.requests}
	 * observations, which it sets itself only when it expands the template. Not public
	 * API: {@code OpenTokObservationWiringTests} fails if Spring renames it.
	 */
	private static final String URI_TEMPLATE_ATTRIBUTE = RestClient.class.getName() + ".uriTemplate";

	private static final OpenTokClientObservationConvention DEFAULT_CONVENTION = new DefaultOpenTokClientObservationConvention();

	private final SingletonSupplier<RestClient> restClient;

	private final String projectId;

	private final URI apiUrl;

	private final UriTemplateCache uriTemplates;

	private final Clock clock;

	private final RetryPolicy retryPolicy;

	private final Duration callTimeout;

	private final ObservationRegistry observationRegistry;

	private final @Nullable OpenTokClientObservationConvention observationConvention;

	private volatile @Nullable Instant lastSuccessfulCall;

	private volatile boolean closed;

	private final @Nullable ClientHttpRequestFactory ownedRequestFactory;

	private final @Nullable ProxySettings proxy;

	private OpenTokTransport(SingletonSupplier<RestClient> restClient, String projectId, URI apiUrl, Builder settings,
			@Nullable ClientHttpRequestFactory ownedRequestFactory) {
		this.restClient = restClient;
		this.projectId = projectId;
		this.apiUrl = apiUrl;
		this.uriTemplates = new UriTemplateCache(apiUrl, Map.of(PROJECT_ID, projectId));
		this.clock = settings.clock;
		this.retryPolicy = settings.retryPolicy;
		this.callTimeout = settings.callTimeout;
		this.observationRegistry = settings.observationRegistry;
		this.observationConvention = settings.observationConvention;
		this.ownedRequestFactory = ownedRequestFactory;
		this.proxy = settings.proxy;
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
	 * Performs one REST call. The transport starts the request with the operation's HTTP
	 * method and the expanded URI template; {@code exchange} adds headers and body, and
	 * reads the answer. Calls whose answer carries a result use
	 * {@link #callForBody(OpenTokOperation, String, Map, Function, Function)}.
	 * @param <T> the result type
	 * @param operation the operation being performed
	 * @param uriTemplate the path template relative to the API URL, starting with
	 * {@code /}, query included; values are encoded as {@code RestClient} encodes them
	 * @param uriVariables the template's variables; {@link #PROJECT_ID} is filled in
	 * @param exchange completes the request and reads the response
	 * @return what {@code exchange} returned
	 * @throws OpenTokApiException if OpenTok answers with a non-2xx status
	 * @throws OpenTokTransportException on I/O failures and timeouts
	 * @throws OpenTokInvalidResponseException if a success response cannot be read, or
	 * {@code exchange} returns {@code null}
	 * @throws IllegalArgumentException if the template is not a path or one of its
	 * variables has no entry
	 */
	public <T> T call(OpenTokOperation operation, String uriTemplate, Map<String, ?> uriVariables,
			Function<RestClient.RequestBodySpec, @Nullable T> exchange) {
		return callForBody(operation, uriTemplate, uriVariables, exchange, (body) -> null);
	}

	/**
	 * Performs one REST call whose success answer must carry a usable body, such as an
	 * archive with its id. A missing body, or one that {@code defect} finds unusable, is
	 * an {@link OpenTokInvalidResponseException}: a caller never gets {@code null} or a
	 * result without its identity.
	 * @param <T> the body type
	 * @param operation the operation being performed
	 * @param uriTemplate the path template, as for
	 * {@link #call(OpenTokOperation, String, Map, Function)}
	 * @param uriVariables the template's variables; {@link #PROJECT_ID} is filled in
	 * @param exchange completes the request and reads the body
	 * @param defect returns {@code null} for a usable body, otherwise what was expected
	 * instead (such as {@code "an archive with an id"}), which the exception's message
	 * gives after {@code "expected "}
	 * @return the body
	 * @throws OpenTokApiException if OpenTok answers with a non-2xx status
	 * @throws OpenTokTransportException on I/O failures and timeouts
	 * @throws OpenTokInvalidResponseException if a success response cannot be read, has
	 * no body, or has a body {@code defect} refuses
	 * @throws IllegalArgumentException if the template is not a path or one of its
	 * variables has no entry
	 * @throws IllegalStateException if the transport is closed
	 */
	public <T> T callForBody(OpenTokOperation operation, String uriTemplate, Map<String, ?> uriVariables,
			Function<RestClient.RequestBodySpec, @Nullable T> exchange, Function<? super T, @Nullable String> defect) {
		if (this.closed) {
			throw new IllegalStateException(operation.operationName() + " refused: the OpenTokTransport is closed");
		}
		UriTemplateCache.Expansion target = this.uriTemplates.expand(uriTemplate, uriVariables);
		OpenTokClientObservationContext context = new OpenTokClientObservationContext(operation, uriVariables);
		Function<RestClient.RequestBodySpec, T> checked = (request) -> requireUsable(operation, exchange.apply(request),
				defect);
		return OpenTokObservationDocumentation.CLIENT_REQUESTS
			.observation(this.observationConvention, DEFAULT_CONVENTION, () -> context, this.observationRegistry)
			.observe(() -> callWithRetries(context, target, checked));
	}

	/**
	 * Performs the call a request describes and returns the answer's body, which must be
	 * present and pass the request's check.
	 * @param <T> the body type
	 * @param request the call, with a response type
	 * @return the body
	 * @throws OpenTokApiException if OpenTok answers with a non-2xx status
	 * @throws OpenTokTransportException on I/O failures and timeouts
	 * @throws OpenTokInvalidResponseException if a success response cannot be read, has
	 * no body, or has a body the request's check refuses
	 * @throws IllegalArgumentException if the request has no response type
	 * @throws IllegalStateException if the transport is closed
	 */
	public <T> T execute(OpenTokRequest<T> request) {
		ResolvableType responseType = request.responseType();
		if (responseType == null) {
			throw new IllegalArgumentException("'request' must have a response type, use send for bodiless calls");
		}
		ParameterizedTypeReference<T> type = ParameterizedTypeReference.forType(responseType.getType());
		return callForBody(request.operation(), request.uriTemplate(), request.uriVariables(),
				(spec) -> withBody(spec, request).retrieve().body(type), request.defect());
	}

	/**
	 * Performs the call a request describes, without reading the answer's body.
	 * @param request the call
	 * @throws OpenTokApiException if OpenTok answers with a non-2xx status
	 * @throws OpenTokTransportException on I/O failures and timeouts
	 * @throws IllegalStateException if the transport is closed
	 */
	public void send(OpenTokRequest<?> request) {
		call(request.operation(), request.uriTemplate(), request.uriVariables(),
				(spec) -> withBody(spec, request).retrieve().toBodilessEntity());
	}

	private static RestClient.RequestBodySpec withBody(RestClient.RequestBodySpec spec, OpenTokRequest<?> request) {
		Object body = request.body();
		MediaType contentType = request.contentType();
		if (body != null && contentType != null) {
			spec.contentType(contentType).body(body);
		}
		return spec;
	}

	/**
	 * Returns a {@code defect} for
	 * {@link #callForBody(OpenTokOperation, String, Map, Function, Function)} that
	 * refuses a body without a value, typically its id.
	 * @param <T> the body type
	 * @param value reads the value from the body
	 * @param expected what a usable body is, such as {@code "an archive with an id"}
	 * @return the check
	 */
	public static <T> Function<T, @Nullable String> requiring(Function<? super T, ?> value, String expected) {
		return (body) -> (value.apply(body) != null) ? null : expected;
	}

	static <T> T requireUsable(OpenTokOperation operation, @Nullable T body,
			Function<? super T, @Nullable String> defect) {
		if (body == null) {
			throw new OpenTokInvalidResponseException(operation, "expected an answer with a body, got no body", null);
		}
		String expected = defect.apply(body);
		if (expected != null) {
			throw new OpenTokInvalidResponseException(operation, "expected " + expected, null);
		}
		return body;
	}

	private <T> T callWithRetries(OpenTokClientObservationContext context, UriTemplateCache.Expansion target,
			Function<RestClient.RequestBodySpec, T> exchange) {
		OpenTokOperation operation = context.getOperation();
		try (CallDeadline deadline = CallDeadline.start(this.callTimeout)) {
			for (int attempt = 1;; attempt++) {
				try {
					T result = attempt(context, target, exchange, deadline);
					this.lastSuccessfulCall = this.clock.instant();
					return result;
				}
				catch (OpenTokException ex) {
					Duration delay = this.retryPolicy.delayBeforeRetry(operation, ex, attempt);
					if (delay == null || delay.compareTo(deadline.remaining()) >= 0) {
						throw ex;
					}
					sleep(delay, ex, deadline, operation);
				}
			}
		}
	}

	private <T> T attempt(OpenTokClientObservationContext context, UriTemplateCache.Expansion target,
			Function<RestClient.RequestBodySpec, T> exchange, CallDeadline deadline) {
		OpenTokOperation operation = context.getOperation();
		try {
			RestClient.RequestBodySpec request = this.restClient.obtain()
				.method(operation.method())
				.uri(target.uri())
				.attribute(URI_TEMPLATE_ATTRIBUTE, target.absoluteTemplate())
				.attribute(CONTEXT_ATTRIBUTE, context);
			JsonConverters.sendNoBodyUnlessGiven(operation.method(), request);
			return exchange.apply(request);
		}
		catch (RestClientException | UncheckedIOException ex) {
			if (deadline.expired()) {
				throw deadlineExceeded(operation, ex);
			}
			String refusal = (this.proxy != null) ? ProxyAuthenticationFailure.reasonOf(ex) : null;
			if (refusal != null) {
				throw new OpenTokProxyAuthenticationException(operation, this.proxy, refusal, ex);
			}
			if (ex instanceof ResourceAccessException || hasIoCause(ex)) {
				throw new OpenTokTransportException(operation, ex);
			}
			throw new OpenTokInvalidResponseException(operation, rootMessage(ex), ex);
		}
	}

	private OpenTokTransportException deadlineExceeded(OpenTokOperation operation, Exception cause) {
		return deadlineExceeded(operation, this.callTimeout, cause);
	}

	/**
	 * The failure of a call that found no answer within its call timeout, the same for
	 * the blocking and the reactive transport.
	 */
	static OpenTokTransportException deadlineExceeded(OpenTokOperation operation, Duration callTimeout,
			Throwable cause) {
		return new OpenTokTransportException(operation,
				"no answer within the call timeout of " + callTimeout.toMillis() + " ms", cause);
	}

	private void sleep(Duration delay, OpenTokException failure, CallDeadline deadline, OpenTokOperation operation) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			if (deadline.expired()) {
				throw deadlineExceeded(operation, failure);
			}
			Thread.currentThread().interrupt();
			throw failure;
		}
	}

	static OpenTokClientObservationContext contextOf(HttpRequest request) {
		Object context = request.getAttributes().get(CONTEXT_ATTRIBUTE);
		if (context instanceof OpenTokClientObservationContext known) {
			return known;
		}
		throw new IllegalStateException("Request " + request.getMethod() + " " + request.getURI().getPath()
				+ " was not made through OpenTokTransport.call");
	}

	/**
	 * Returns when the last call that got a success answer finished.
	 * @return the time, or empty when no call has succeeded yet
	 */
	public Optional<Instant> lastSuccessfulCall() {
		return Optional.ofNullable(this.lastSuccessfulCall);
	}

	static boolean hasIoCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String message = root.getMessage();
		if (message == null) {
			return root.getClass().getSimpleName();
		}
		int lineEnd = message.indexOf('\n');
		return (lineEnd > 0) ? message.substring(0, lineEnd) : message;
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
	 * Closes the HTTP client this transport owns (its default one, or one given with
	 * {@link Builder#requestFactory(ClientHttpRequestFactory, boolean)}), which closes
	 * its pooled connections. A client that cannot be closed (the JDK client before Java
	 * 21) keeps its idle connections until they time out. Calls made after closing throw
	 * {@link IllegalStateException}; closing again does nothing.
	 */
	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		ClientHttpRequestFactory factory = this.ownedRequestFactory;
		try {
			if (factory instanceof DisposableBean disposable) {
				disposable.destroy();
			}
			else if (factory instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}
		catch (Exception ex) {
			// closing is best effort: connections that
			// cannot be closed time out on their own
		}
	}

	@Override
	public String toString() {
		return "OpenTokTransport[apiUrl=" + this.apiUrl + ", projectId=" + projectId() + "]";
	}

	/**
	 * Returns whether a URL can be the API base URL: absolute {@code http} or
	 * {@code https} with a host, without query or fragment.
	 * @param apiUrl the URL
	 * @return whether {@link Builder#apiUrl(URI)} accepts it
	 */
	public static boolean isValidApiUrl(URI apiUrl) {
		String scheme = apiUrl.getScheme();
		return ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) && apiUrl.getHost() != null
				&& apiUrl.getQuery() == null && apiUrl.getFragment() == null;
	}

	/**
	 * Builds an {@link OpenTokTransport}.
	 */
	public static final class Builder {

		private final String projectId;

		private final URI defaultApiUrl;

		private final Function<Clock, RequestAuthenticator> defaultAuthenticator;

		private @Nullable URI apiUrl;

		private RestClient.@Nullable Builder restClientBuilder;

		private @Nullable ClientHttpRequestFactory requestFactory;

		private boolean closeRequestFactory;

		private @Nullable ProxySettings proxy;

		private @Nullable RequestAuthenticator authenticator;

		private Duration connectTimeout = Duration.ofSeconds(5);

		private Duration readTimeout = Duration.ofSeconds(30);

		private Duration callTimeout = DEFAULT_CALL_TIMEOUT;

		private Clock clock = Clock.systemUTC();

		private RetryPolicy retryPolicy = RetryPolicy.defaults();

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private @Nullable OpenTokClientObservationConvention observationConvention;

		private final List<OpenTokRestClientCustomizer> customizers = new ArrayList<>();

		private Builder(String projectId, URI defaultApiUrl,
				Function<Clock, RequestAuthenticator> defaultAuthenticator) {
			this.projectId = projectId;
			this.defaultApiUrl = defaultApiUrl;
			this.defaultAuthenticator = defaultAuthenticator;
		}

		/**
		 * Sets the API base URL, an absolute http or https URL without query or fragment
		 * ({@link OpenTokTransport#isValidApiUrl(URI)}). Defaults to the one the
		 * credentials are meant for.
		 * @param apiUrl the base URL, such as {@code https://api.opentok.com}
		 * @return this builder
		 */
		public Builder apiUrl(@Nullable URI apiUrl) {
			if (apiUrl != null && !isValidApiUrl(apiUrl)) {
				throw new IllegalArgumentException(
						"'apiUrl' must be an absolute http(s) URL without query or fragment, got '" + apiUrl + "'");
			}
			this.apiUrl = apiUrl;
			return this;
		}

		/**
		 * Sets the builder to start from; it is cloned, never changed. Defaults to
		 * {@link RestClient#builder()}.
		 * @param restClientBuilder the builder, for example Spring Boot's
		 * @return this builder
		 */
		public Builder restClientBuilder(RestClient.@Nullable Builder restClientBuilder) {
			this.restClientBuilder = restClientBuilder;
			return this;
		}

		/**
		 * Sets the request factory. When set, the timeouts of this builder are not
		 * applied: the factory carries its own. Defaults to Apache HttpClient 5 when it
		 * is on the class path, the JDK HTTP client otherwise, with this builder's
		 * timeouts.
		 * @param requestFactory the request factory
		 * @return this builder
		 */
		public Builder requestFactory(@Nullable ClientHttpRequestFactory requestFactory) {
			return requestFactory(requestFactory, false);
		}

		/**
		 * Sets the request factory, and whether {@link OpenTokTransport#close()} closes
		 * it (when the factory was made for this transport alone).
		 * @param requestFactory the request factory
		 * @param closeWithTransport whether closing the transport closes the factory
		 * @return this builder
		 */
		public Builder requestFactory(@Nullable ClientHttpRequestFactory requestFactory, boolean closeWithTransport) {
			this.requestFactory = requestFactory;
			this.closeRequestFactory = closeWithTransport;
			return this;
		}

		/**
		 * Sets the proxy that calls go through (default none: the system's HTTP proxy for
		 * the API URL, if any). The default request factory applies it: Apache HttpClient
		 * 5 both HTTP and SOCKS proxies, the JDK client HTTP proxies only. A factory
		 * given with {@link #requestFactory(ClientHttpRequestFactory)} must apply it
		 * itself (the starter's does); the transport uses the settings to name the proxy
		 * when it refuses a call ({@link OpenTokProxyAuthenticationException}).
		 * @param proxy the proxy, or {@code null} for none
		 * @return this builder
		 * @throws IllegalStateException if the proxy is a SOCKS proxy and only the JDK
		 * client is available
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
		 * Sets the connect timeout of the default request factory (default 5 s).
		 * @param connectTimeout the timeout
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = requirePositive("connectTimeout", connectTimeout);
			return this;
		}

		/**
		 * Sets the read timeout of the default request factory (default 30 s).
		 * @param readTimeout the timeout
		 * @return this builder
		 */
		public Builder readTimeout(Duration readTimeout) {
			this.readTimeout = requirePositive("readTimeout", readTimeout);
			return this;
		}

		/**
		 * Sets the time a whole call may take, retries and waits between them included
		 * (default 60 s). A call still without an answer then ends in an
		 * {@link OpenTokTransportException}, whatever the server does: read timeouts
		 * alone do not bound a call when a server sends a byte just before each one
		 * expires.
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
			if (clock == null) {
				throw new IllegalArgumentException("'clock' must not be null");
			}
			this.clock = clock;
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
		public Builder customizer(OpenTokRestClientCustomizer customizer) {
			this.customizers.add(Arguments.requireNonNull(customizer, "customizer"));
			return this;
		}

		/**
		 * Builds the transport. The customizers run now; the {@code RestClient} and the
		 * default HTTP client are built on the first call.
		 * @return the transport
		 */
		public OpenTokTransport build() {
			RequestAuthenticator auth = (this.authenticator != null) ? this.authenticator
					: this.defaultAuthenticator.apply(this.clock);
			return build(this.projectId, this.defaultApiUrl, auth);
		}

		/**
		 * Builds a second transport with this builder's settings for account-level calls
		 * (project management), signed with the account's credentials
		 * ({@code ist=account}) whatever {@link #authenticator(RequestAuthenticator)}
		 * says. It has its own default HTTP client, which it closes.
		 * @param credentials the account's credentials
		 * @return the transport
		 */
		public OpenTokTransport buildForAccount(AccountCredentials credentials) {
			Arguments.requireNonNull(credentials, "credentials");
			return build(credentials.apiKey(), ProjectCredentials.OPENTOK_API_URL,
					OpenTokJwtAuthenticator.forAccount(credentials, this.clock));
		}

		private OpenTokTransport build(String projectId, URI defaultApiUrl, RequestAuthenticator auth) {
			URI baseUrl = (this.apiUrl != null) ? this.apiUrl : defaultApiUrl;
			RestClient.Builder builder = (this.restClientBuilder != null) ? this.restClientBuilder.clone()
					: RestClient.builder();
			ClientHttpRequestFactory factory = (this.requestFactory != null) ? this.requestFactory
					: DefaultRequestFactories.create(baseUrl, this.connectTimeout, this.readTimeout, this.proxy);
			boolean owned = this.requestFactory == null || this.closeRequestFactory;
			builder.requestFactory(new DeadlineRequestFactory(factory))
				.baseUrl(baseUrl)
				.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
				.defaultHeader(HttpHeaders.USER_AGENT, UserAgent.value())
				.requestInitializer((request) -> auth.authenticate(request.getHeaders()))
				.defaultStatusHandler((status) -> true, new OpenTokStatusHandler(this.clock, this.proxy));
			JsonConverters.register(builder);
			this.customizers.forEach((customizer) -> customizer.customize(builder));
			// building the RestClient (URI and message converter set-up, class loading)
			// is left to the first call, like the HTTP client, to keep it out of start-up
			return new OpenTokTransport(SingletonSupplier.of(builder::build), projectId, baseUrl, this,
					owned ? factory : null);
		}

		private static Duration requirePositive(String name, Duration value) {
			if (value == null || value.isNegative() || value.isZero()) {
				throw new IllegalArgumentException("'" + name + "' must be a positive duration, got " + value);
			}
			return value;
		}

	}

}
