package org.opentok.spring.client.core;

import java.time.Clock;
import java.util.function.Supplier;

import org.opentok.spring.client.internal.JwsSigner;
import org.opentok.spring.client.internal.TextBuffer;

/**
 * Authenticates with an HS256 JWT in {@code X-OPENTOK-AUTH}, claims {@code iss} (the API
 * key), {@code ist} ({@code project} or {@code account}), {@code iat}, {@code exp} and
 * {@code jti}.
 *
 * @since 0.1.0
 */
public final class OpenTokJwtAuthenticator extends CachingJwtAuthenticator {

	/**
	 * The header OpenTok reads the JWT from.
	 */
	public static final String HEADER = "X-OPENTOK-AUTH";

	private static final String JOSE_HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

	private final String issuer;

	private final String issuerType;

	private final JwsSigner signer;

	OpenTokJwtAuthenticator(String issuer, String issuerType, String secret, Clock clock, Supplier<String> jtiSource) {
		super(clock, jtiSource);
		this.issuer = issuer;
		this.issuerType = issuerType;
		this.signer = JwsSigner.hs256(secret, JOSE_HEADER);
	}

	/**
	 * Creates the authenticator for project calls ({@code ist=project}).
	 * @param credentials the project's credentials
	 * @param clock the clock the JWTs' times come from
	 * @return the authenticator
	 */
	public static OpenTokJwtAuthenticator forProject(ProjectCredentials credentials, Clock clock) {
		return new OpenTokJwtAuthenticator(credentials.apiKey(), "project", credentials.apiSecret(), clock,
				randomJti());
	}

	/**
	 * Creates the authenticator for account calls ({@code ist=account}).
	 * @param credentials the account's credentials
	 * @param clock the clock the JWTs' times come from
	 * @return the authenticator
	 */
	public static OpenTokJwtAuthenticator forAccount(AccountCredentials credentials, Clock clock) {
		return new OpenTokJwtAuthenticator(credentials.apiKey(), "account", credentials.apiSecret(), clock,
				randomJti());
	}

	@Override
	String sign(long iat, long exp, String jti) {
		TextBuffer issuer = new TextBuffer(160).appendUtf8("{\"iss\":")
			.appendJsonString(this.issuer)
			.appendUtf8(",\"ist\":")
			.appendJsonString(this.issuerType);
		return this.signer.sign(withTimes(issuer, iat, exp, jti));
	}

	@Override
	String headerName() {
		return HEADER;
	}

	@Override
	String headerValue(String jwt) {
		return jwt;
	}

	@Override
	public String toString() {
		return "OpenTokJwtAuthenticator[iss=" + this.issuer + ", ist=" + this.issuerType + "]";
	}

}
