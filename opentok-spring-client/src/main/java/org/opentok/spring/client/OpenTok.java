package org.opentok.spring.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.OpenTokRestClientCustomizer;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.token.TokenDefaults;
import org.opentok.spring.client.token.TokenGenerator;

/**
 * Entry point to the OpenTok server API: hands out one client per API area. Build one
 * with {@link #builder(String, String)} (or {@link #vonageBuilder(String, String)}) to
 * use it without Spring Boot; the starter exposes it as the {@code openTok} bean.
 * Thread-safe.
 *
 * <pre class="code">
 * OpenTok openTok = OpenTok.builder("123456", apiSecret).build();
 * Session session = openTok.sessions().create();
 * String token = openTok.tokens().generate(session.sessionId());
 * </pre>
 *
 * @since 0.1.0
 */
public class OpenTok {

	private final SessionClient sessions;

	private final TokenGenerator tokens;

	/**
	 * Creates the facade from existing clients.
	 * @param sessions the session client
	 * @param tokens the token generator
	 */
	public OpenTok(SessionClient sessions, TokenGenerator tokens) {
		this.sessions = sessions;
		this.tokens = tokens;
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
		return this.sessions;
	}

	/**
	 * Returns the generator of client tokens.
	 * @return the token generator
	 */
	public TokenGenerator tokens() {
		return this.tokens;
	}

	/**
	 * Builds an {@link OpenTok} facade.
	 */
	public static final class Builder {

		private final OpenTokCredentials credentials;

		private final OpenTokTransport.Builder transport;

		private TokenDefaults tokenDefaults = TokenDefaults.standard();

		private Clock clock = Clock.systemUTC();

		private Builder(OpenTokCredentials credentials) {
			this.credentials = credentials;
			this.transport = OpenTokTransport.builder(credentials);
		}

		/**
		 * Sets the API base URL (default: the one the credentials are meant for).
		 * @param apiUrl the base URL
		 * @return this builder
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
			return apiUrl(URI.create(apiUrl));
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
		 * Sets the {@link RestClient.Builder} to start from; it is cloned, never changed.
		 * @param restClientBuilder the builder
		 * @return this builder
		 */
		public Builder restClientBuilder(RestClient.Builder restClientBuilder) {
			this.transport.restClientBuilder(restClientBuilder);
			return this;
		}

		/**
		 * Sets the request factory, which then carries its own timeouts.
		 * @param requestFactory the request factory
		 * @return this builder
		 */
		public Builder requestFactory(ClientHttpRequestFactory requestFactory) {
			this.transport.requestFactory(requestFactory);
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
			this.tokenDefaults = tokenDefaults;
			return this;
		}

		/**
		 * Sets the clock that token and auth JWT times come from.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.transport.clock(clock);
			this.clock = clock;
			return this;
		}

		/**
		 * Builds the facade and its clients.
		 * @return the facade
		 */
		public OpenTok build() {
			OpenTokTransport built = this.transport.build();
			return new OpenTok(new SessionClient(built),
					new TokenGenerator(this.credentials, this.tokenDefaults, this.clock));
		}

	}

}
