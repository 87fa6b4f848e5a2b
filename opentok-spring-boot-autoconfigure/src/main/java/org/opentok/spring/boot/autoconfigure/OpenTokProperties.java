package org.opentok.spring.boot.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.ProxySettings;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenDefaults;
import org.opentok.spring.client.token.TokenFormat;

import static org.opentok.spring.boot.autoconfigure.OpenTokPropertyChecks.require;
import static org.opentok.spring.boot.autoconfigure.OpenTokPropertyChecks.requireAtLeast;
import static org.opentok.spring.boot.autoconfigure.OpenTokPropertyChecks.requireBetween;
import static org.opentok.spring.boot.autoconfigure.OpenTokPropertyChecks.requireNotNegative;
import static org.opentok.spring.boot.autoconfigure.OpenTokPropertyChecks.requirePositive;
import static org.opentok.spring.boot.autoconfigure.OpenTokPropertyChecks.requireResolved;

/**
 * Configuration properties of the OpenTok starter ({@code opentok.*}).
 *
 * @param apiKey OpenTok project API key (numeric). Set it with api-secret, or use
 * application-id and private-key instead.
 * @param apiSecret OpenTok project API secret. This and the other credentials must not
 * hold a ${...} placeholder that could not be resolved.
 * @param applicationId Vonage application ID, used with private-key or
 * private-key-location instead of api-key and api-secret.
 * @param privateKey Vonage application private key, PKCS#8 PEM text.
 * @param privateKeyLocation Location of the Vonage application private key (PKCS#8 PEM),
 * such as file:/etc/opentok/private.key.
 * @param apiUrl Base URL of the API, an absolute http or https URL without query or
 * fragment. Defaults to https://api.opentok.com, or https://video.api.vonage.com with
 * Vonage application credentials.
 * @param connectTimeout Connect timeout of API calls, positive.
 * @param readTimeout Read timeout of API calls, positive.
 * @param callTimeout Time a whole API call may take, retries and the waits between them
 * included, positive; a call still without an answer then fails.
 * @param maxConnections Most connections to the API kept open at once, 1 or more, when
 * the client is Apache HttpClient 5 (the starter's); calls beyond it wait for a free one
 * within their call timeout.
 * @param token Client token defaults.
 * @param retry Retries of failed API calls.
 * @param health Health indicator settings.
 * @param account Account credentials, for project management only.
 * @param webhook Endpoint that receives OpenTok's callbacks and publishes them as
 * application events.
 * @param proxy Proxy that API calls go through.
 * @since 0.1.0
 */
@ConfigurationProperties("opentok")
public record OpenTokProperties(@Nullable String apiKey, @Nullable String apiSecret, @Nullable String applicationId,
		@Nullable String privateKey, @Nullable Resource privateKeyLocation, @Nullable URI apiUrl,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
		@DefaultValue("60s") Duration callTimeout, @DefaultValue("50") int maxConnections, @DefaultValue Token token,
		@DefaultValue Retry retry, @DefaultValue Health health, @DefaultValue Account account,
		@DefaultValue Webhook webhook, @DefaultValue Proxy proxy) {

	private static final String MASK = "******";

	/**
	 * Creates the properties, refusing credentials that still hold unresolved
	 * {@code ${...}} placeholders and values the client cannot work with.
	 */
	public OpenTokProperties {
		requireResolved("opentok.api-key", apiKey);
		requireResolved("opentok.api-secret", apiSecret);
		requireResolved("opentok.application-id", applicationId);
		requireResolved("opentok.private-key", privateKey);
		requireResolved("opentok.private-key-location", privateKeyLocation);
		require(apiUrl == null || OpenTokTransport.isValidApiUrl(apiUrl), "opentok.api-url", apiUrl,
				"the API base URL must be an absolute http or https URL with a host, without query or fragment.",
				"Set opentok.api-url to a URL such as https://api.opentok.com, or remove it to use the default.");
		requirePositive("opentok.connect-timeout", connectTimeout, "the connect timeout of API calls", "5s");
		requirePositive("opentok.read-timeout", readTimeout, "the read timeout of API calls", "30s");
		requirePositive("opentok.call-timeout", callTimeout, "the time a whole API call may take", "60s");
		requireAtLeast("opentok.max-connections", maxConnections, 1, "the most connections to the API open at once",
				"50");
	}

	@Override
	public String toString() {
		return "OpenTokProperties[apiKey=" + this.apiKey + ", apiSecret=" + mask(this.apiSecret) + ", applicationId="
				+ this.applicationId + ", privateKey=" + mask(this.privateKey) + ", privateKeyLocation="
				+ this.privateKeyLocation + ", apiUrl=" + this.apiUrl + ", connectTimeout=" + this.connectTimeout
				+ ", readTimeout=" + this.readTimeout + ", callTimeout=" + this.callTimeout + ", maxConnections="
				+ this.maxConnections + ", token=" + this.token + ", retry=" + this.retry + ", health=" + this.health
				+ ", account=" + this.account + ", webhook=" + this.webhook + ", proxy=" + this.proxy + "]";
	}

	private static @Nullable String mask(@Nullable String secret) {
		return (secret != null) ? MASK : null;
	}

	private static List<String> withoutNulls(@Nullable List<@Nullable String> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).toList() : List.of();
	}

	private static String mask(List<String> secrets) {
		return secrets.stream().map((secret) -> MASK).toList().toString();
	}

	/**
	 * Defaults of the client tokens the token generator makes.
	 *
	 * @param format Format of client tokens: jwt or the legacy t1.
	 * @param defaultRole Role of client tokens whose options name none.
	 * @param defaultTtl How long client tokens are valid when their options say nothing,
	 * from 1 second to 30 days.
	 */
	public record Token(@DefaultValue("jwt") TokenFormat format, @DefaultValue("publisher") Role defaultRole,
			@DefaultValue("24h") Duration defaultTtl) {

		/**
		 * Creates the token defaults, refusing a time to live the token generator
		 * refuses.
		 */
		public Token {
			requireBetween("opentok.token.default-ttl", defaultTtl, TokenDefaults.MIN_TTL, TokenDefaults.MAX_TTL,
					"the validity of client tokens whose options set no expiry", "24h");
		}

	}

	/**
	 * Retries of failed API calls: idempotent calls on 5xx and I/O errors, any call on
	 * 429 and 503.
	 *
	 * @param maxAttempts Attempts in all for one call, 1 to 10; 1 turns retries off.
	 * @param initialBackoff Wait before the first retry, 0s or more; it doubles for each
	 * further retry, with jitter, and is never shorter than OpenTok's Retry-After.
	 */
	public record Retry(@DefaultValue("3") int maxAttempts, @DefaultValue("200ms") Duration initialBackoff) {

		/**
		 * Creates the retry settings, refusing what the client's retry policy refuses.
		 */
		public Retry {
			require(maxAttempts >= 1 && maxAttempts <= RetryPolicy.MAX_ATTEMPTS, "opentok.retry.max-attempts",
					maxAttempts,
					"the attempts in all for one API call must be from 1 (no retries) to " + RetryPolicy.MAX_ATTEMPTS
							+ ".",
					"Set opentok.retry.max-attempts to a number from 1 to " + RetryPolicy.MAX_ATTEMPTS
							+ ", such as 3 (the default).");
			requireNotNegative("opentok.retry.initial-backoff", initialBackoff, "the wait before the first retry",
					"200ms");
		}

	}

	/**
	 * Settings of the opentok health indicator.
	 *
	 * @param cacheTtl How long a health result is served before the API is probed again,
	 * positive.
	 * @param timeout How long a health request waits for a probe before answering
	 * UNKNOWN, positive.
	 */
	public record Health(@DefaultValue("60s") Duration cacheTtl, @DefaultValue("5s") Duration timeout) {

		/**
		 * Creates the health settings, refusing durations that are not positive.
		 */
		public Health {
			requirePositive("opentok.health.cache-ttl", cacheTtl,
					"the time a health result is served before the API is probed again", "60s");
			requirePositive("opentok.health.timeout", timeout, "the time a health request waits for a probe", "5s");
		}

	}

	/**
	 * OpenTok account credentials, used only by the project management client.
	 *
	 * @param apiKey OpenTok account API key (numeric), for project management.
	 * @param apiSecret OpenTok account API secret, for project management.
	 */
	public record Account(@Nullable String apiKey, @Nullable String apiSecret) {

		/**
		 * Creates the account credentials, refusing unresolved {@code ${...}}
		 * placeholders.
		 */
		public Account {
			requireResolved("opentok.account.api-key", apiKey);
			requireResolved("opentok.account.api-secret", apiSecret);
		}

		@Override
		public String toString() {
			return "Account[apiKey=" + this.apiKey + ", apiSecret=" + mask(this.apiSecret) + "]";
		}

	}

	/**
	 * Endpoint that receives OpenTok's callbacks (session monitoring, archive, broadcast,
	 * SIP, Experience Composer and captions status) and publishes them as application
	 * events. Servlet and reactive (WebFlux) web applications.
	 *
	 * @param enabled Whether to expose the webhook endpoint.
	 * @param path Path of the webhook endpoint, starting with /: the path of the callback
	 * URLs set in the OpenTok or Vonage dashboard.
	 * @param secret Shared token that callbacks must carry in the token query parameter
	 * or the X-OpenTok-Webhook-Token header. Not used when a signature secret is set.
	 * When the endpoint is on, this and the other secrets must not hold a ${...}
	 * placeholder that could not be resolved.
	 * @param secrets Further shared tokens, accepted like secret: a callback carrying any
	 * of them is accepted, so that the token can be rotated without downtime.
	 * @param signatureSecret Signature secret of OpenTok's signed callbacks. When set,
	 * every callback must carry a bearer JWT signed with it or with one of
	 * signature-secrets.
	 * @param signatureSecrets Further signature secrets, accepted like signature-secret:
	 * a callback signed with any of them is accepted, for one secret per callback kind or
	 * to rotate a secret without downtime.
	 * @param maxBodySize Largest callback body accepted, from 1B to 2GB; larger ones are
	 * rejected without being read in full.
	 * @param failOnListenerError Whether a failing event listener answers 500, so that
	 * OpenTok retries the callback, instead of being logged and answered 200.
	 */
	public record Webhook(@DefaultValue("false") boolean enabled, @DefaultValue("/opentok/events") String path,
			@Nullable String secret, @DefaultValue List<String> secrets, @Nullable String signatureSecret,
			@DefaultValue List<String> signatureSecrets, @DefaultValue("64KB") DataSize maxBodySize,
			@DefaultValue("false") boolean failOnListenerError) {

		/**
		 * The largest body size the endpoint can be set to accept.
		 */
		static final long MAX_BODY_SIZE = Integer.MAX_VALUE - 8;

		/**
		 * Creates the settings, dropping {@code null} entries from the secret lists and
		 * refusing a path or size the endpoint cannot use and, when the endpoint is on,
		 * secrets that still hold unresolved {@code ${...}} placeholders.
		 */
		public Webhook {
			secrets = withoutNulls(secrets);
			signatureSecrets = withoutNulls(signatureSecrets);
			if (enabled) {
				requireResolved("opentok.webhook.secret", secret);
				requireResolved("opentok.webhook.secrets", secrets);
				requireResolved("opentok.webhook.signature-secret", signatureSecret);
				requireResolved("opentok.webhook.signature-secrets", signatureSecrets);
			}
			requirePath(path);
			require(maxBodySize != null && maxBodySize.toBytes() >= 1 && maxBodySize.toBytes() <= MAX_BODY_SIZE,
					"opentok.webhook.max-body-size", maxBodySize,
					"the largest webhook body accepted must be between 1B and 2GB (" + MAX_BODY_SIZE + "B at most).",
					"Set opentok.webhook.max-body-size to a size such as 64KB (the default).");
		}

		private static void requirePath(@Nullable String path) {
			String action = "Set opentok.webhook.path to a path such as /opentok/events (the default).";
			require(path != null && path.startsWith("/"), "opentok.webhook.path", path,
					"the webhook path does not start with '/'.", action);
			try {
				PathPatternParser.defaultInstance.parse(path);
			}
			catch (PatternParseException ex) {
				throw new OpenTokConfigurationException("opentok.webhook.path", path,
						"the webhook path is not a valid path: " + ex.getMessage() + ".", action);
			}
		}

		@Override
		public String toString() {
			return "Webhook[enabled=" + this.enabled + ", path=" + this.path + ", secret=" + mask(this.secret)
					+ ", secrets=" + mask(this.secrets) + ", signatureSecret=" + mask(this.signatureSecret)
					+ ", signatureSecrets=" + mask(this.signatureSecrets) + ", maxBodySize=" + this.maxBodySize
					+ ", failOnListenerError=" + this.failOnListenerError + "]";
		}

	}

	/**
	 * Proxy that API calls go through, for every HTTP client the starter supports: Apache
	 * HttpClient 5 and Reactor Netty (HTTP and SOCKS5 proxies), the JDK HttpClient (HTTP
	 * proxies). {@link #toSettings()} is what every client's wiring applies.
	 *
	 * @param host Host name or address of the proxy. API calls go through no proxy of the
	 * starter's when it is not set.
	 * @param port Port of the proxy, 1 to 65535; required with host.
	 * @param type Kind of proxy: http, or socks for a SOCKS5 proxy.
	 * @param username User name the proxy asks for: HTTP Basic for an HTTP proxy, RFC
	 * 1929 username and password for a SOCKS5 proxy. Set it with password.
	 * @param password Password that goes with username.
	 * @param nonProxyHosts Hosts reached without the proxy, such as localhost or
	 * *.internal.example.com: a host name or address with * at its start or end matching
	 * any characters, as in the JVM's http.nonProxyHosts.
	 */
	public record Proxy(@Nullable String host, @Nullable Integer port, @DefaultValue("http") ProxySettings.Type type,
			@Nullable String username, @Nullable String password, @DefaultValue List<String> nonProxyHosts) {

		/**
		 * Creates the proxy settings, refusing unresolved {@code ${...}} placeholders and
		 * settings the client cannot use.
		 */
		public Proxy {
			requireResolved("opentok.proxy.host", host);
			requireResolved("opentok.proxy.username", username);
			requireResolved("opentok.proxy.password", password);
			nonProxyHosts = withoutNulls(nonProxyHosts);
			if (host != null) {
				require(port != null && port >= 1 && port <= 65535, "opentok.proxy.port", port,
						"a proxy needs a port from 1 to 65535.",
						"Set opentok.proxy.port to the proxy's port, such as 3128 (HTTP) or 1080 (SOCKS).");
				if ((username == null) != (password == null)) {
					throw new OpenTokConfigurationException(
							(username == null) ? "opentok.proxy.username" : "opentok.proxy.password",
							"the proxy's user name and password must be set together.",
							"Set both opentok.proxy.username and opentok.proxy.password, or neither.");
				}
				try {
					toSettings(host, port, type, username, password, nonProxyHosts);
				}
				catch (IllegalArgumentException ex) {
					// the message names the setting, never the password's value
					throw new OpenTokConfigurationException("opentok.proxy",
							"the proxy settings cannot be used: " + ex.getMessage() + ".",
							"Fix the opentok.proxy.* setting the message names.");
				}
			}
		}

		/**
		 * Returns the client's proxy settings.
		 * @return the settings, or {@code null} when no proxy host is set
		 */
		public @Nullable ProxySettings toSettings() {
			return (this.host != null && this.port != null)
					? toSettings(this.host, this.port, this.type, this.username, this.password, this.nonProxyHosts)
					: null;
		}

		private static ProxySettings toSettings(String host, int port, ProxySettings.Type type,
				@Nullable String username, @Nullable String password, List<String> nonProxyHosts) {
			return new ProxySettings(type, host, port, username, password, nonProxyHosts);
		}

		@Override
		public String toString() {
			return "Proxy[host=" + this.host + ", port=" + this.port + ", type=" + this.type + ", username="
					+ this.username + ", password=" + mask(this.password) + ", nonProxyHosts=" + this.nonProxyHosts
					+ "]";
		}

	}

}
