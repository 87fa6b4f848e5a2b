package org.opentok.spring.client.core;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Executes OpenTok REST calls for the API clients: one {@link RestClient} with the base
 * URL, {@code Accept} and {@code User-Agent} headers, the auth header and the status
 * handler that maps every non-2xx answer to an {@link OpenTokApiException}. Every call
 * names its {@link OpenTokOperation} and uses a URI template, so raw ids never reach
 * metric tags. Thread-safe; share one instance among the clients.
 *
 * @since 0.1.0
 */
public final class OpenTokTransport {

	/**
	 * URI variable that every template may use for the project id
	 * ({@code /v2/project/{projectId}/...}).
	 */
	public static final String PROJECT_ID = "projectId";

	private static final String OPERATION_ATTRIBUTE = OpenTokOperation.class.getName();

	private final RestClient restClient;

	private final String projectId;

	private final URI apiUrl;

	private final Clock clock;

	private OpenTokTransport(RestClient restClient, String projectId, URI apiUrl, Clock clock) {
		this.restClient = restClient;
		this.projectId = projectId;
		this.apiUrl = apiUrl;
		this.clock = clock;
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
	 * reads the answer.
	 * @param <T> the result type
	 * @param operation the operation being performed
	 * @param uriTemplate the path template relative to the API URL, query included
	 * @param uriVariables the template's variables; {@link #PROJECT_ID} is filled in
	 * @param exchange completes the request and reads the response
	 * @return what {@code exchange} returned
	 * @throws OpenTokApiException if OpenTok answers with a non-2xx status
	 * @throws OpenTokTransportException on I/O failures and timeouts
	 * @throws OpenTokInvalidResponseException if a success response cannot be read
	 */
	public <T> T call(OpenTokOperation operation, String uriTemplate, Map<String, ?> uriVariables,
			Function<RestClient.RequestBodySpec, T> exchange) {
		Map<String, Object> variables = new HashMap<>(uriVariables);
		variables.put(PROJECT_ID, this.projectId);
		try {
			return exchange.apply(this.restClient.method(operation.method())
				.uri(uriTemplate, variables)
				.attribute(OPERATION_ATTRIBUTE, operation));
		}
		catch (ResourceAccessException ex) {
			throw new OpenTokTransportException(operation, ex);
		}
		catch (RestClientException ex) {
			if (hasIoCause(ex)) {
				throw new OpenTokTransportException(operation, ex);
			}
			throw new OpenTokInvalidResponseException(operation, rootMessage(ex), ex);
		}
	}

	static OpenTokOperation operationOf(HttpRequest request) {
		Object operation = request.getAttributes().get(OPERATION_ATTRIBUTE);
		if (operation instanceof OpenTokOperation known) {
			return known;
		}
		throw new IllegalStateException("Request " + request.getMethod() + " " + request.getURI().getPath()
				+ " was not made through OpenTokTransport.call");
	}

	private static boolean hasIoCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
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

	@Override
	public String toString() {
		return "OpenTokTransport[apiUrl=" + this.apiUrl + ", projectId=" + projectId() + "]";
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

		private @Nullable RequestAuthenticator authenticator;

		private Duration connectTimeout = Duration.ofSeconds(5);

		private Duration readTimeout = Duration.ofSeconds(30);

		private Clock clock = Clock.systemUTC();

		private final List<OpenTokRestClientCustomizer> customizers = new ArrayList<>();

		private Builder(String projectId, URI defaultApiUrl,
				Function<Clock, RequestAuthenticator> defaultAuthenticator) {
			this.projectId = projectId;
			this.defaultApiUrl = defaultApiUrl;
			this.defaultAuthenticator = defaultAuthenticator;
		}

		/**
		 * Sets the API base URL. Defaults to the one the credentials are meant for.
		 * @param apiUrl the base URL, such as {@code https://api.opentok.com}
		 * @return this builder
		 */
		public Builder apiUrl(@Nullable URI apiUrl) {
			if (apiUrl != null && (apiUrl.getScheme() == null || apiUrl.getHost() == null)) {
				throw new IllegalArgumentException("'apiUrl' must be an absolute http(s) URL, got '" + apiUrl + "'");
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
		 * applied: the factory carries its own. Defaults to the JDK HTTP client with this
		 * builder's timeouts.
		 * @param requestFactory the request factory
		 * @return this builder
		 */
		public Builder requestFactory(@Nullable ClientHttpRequestFactory requestFactory) {
			this.requestFactory = requestFactory;
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
		 * Adds a customizer, applied after everything else in the order added.
		 * @param customizer the customizer
		 * @return this builder
		 */
		public Builder customizer(OpenTokRestClientCustomizer customizer) {
			this.customizers.add(customizer);
			return this;
		}

		/**
		 * Builds the transport.
		 * @return the transport
		 */
		public OpenTokTransport build() {
			URI baseUrl = (this.apiUrl != null) ? this.apiUrl : this.defaultApiUrl;
			RequestAuthenticator auth = (this.authenticator != null) ? this.authenticator
					: this.defaultAuthenticator.apply(this.clock);
			RestClient.Builder builder = (this.restClientBuilder != null) ? this.restClientBuilder.clone()
					: RestClient.builder();
			builder.requestFactory((this.requestFactory != null) ? this.requestFactory : defaultRequestFactory())
				.baseUrl(baseUrl)
				.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
				.defaultHeader(HttpHeaders.USER_AGENT, UserAgent.value())
				.requestInterceptor((request, body, execution) -> {
					auth.authenticate(request.getHeaders());
					return execution.execute(request, body);
				})
				.defaultStatusHandler((status) -> !status.is2xxSuccessful(), new OpenTokStatusHandler(this.clock));
			this.customizers.forEach((customizer) -> customizer.customize(builder));
			return new OpenTokTransport(builder.build(), this.projectId, baseUrl, this.clock);
		}

		private ClientHttpRequestFactory defaultRequestFactory() {
			HttpClient httpClient = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(this.connectTimeout)
				.build();
			JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
			factory.setReadTimeout(this.readTimeout);
			return factory;
		}

		private static Duration requirePositive(String name, Duration value) {
			if (value == null || value.isNegative() || value.isZero()) {
				throw new IllegalArgumentException("'" + name + "' must be a positive duration, got " + value);
			}
			return value;
		}

	}

}
