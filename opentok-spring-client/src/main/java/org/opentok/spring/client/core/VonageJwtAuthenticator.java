package org.opentok.spring.client.core;

import java.time.Clock;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;

import org.opentok.spring.client.internal.JwsSigner;
import org.opentok.spring.client.internal.TextBuffer;

/**
 * Authenticates with an RS256 JWT in {@code Authorization: Bearer}, claims
 * {@code application_id}, {@code iat}, {@code exp} and {@code jti}.
 *
 * @since 0.1.0
 */
public final class VonageJwtAuthenticator extends CachingJwtAuthenticator {

	private static final String JOSE_HEADER = "{\"typ\":\"JWT\",\"alg\":\"RS256\"}";

	private final String applicationId;

	private final JwsSigner signer;

	/**
	 * Creates the authenticator.
	 * @param credentials the Vonage application's credentials
	 * @param clock the clock the JWTs' times come from
	 */
	public VonageJwtAuthenticator(VonageCredentials credentials, Clock clock) {
		this(credentials, clock, randomJti());
	}

	VonageJwtAuthenticator(VonageCredentials credentials, Clock clock, Supplier<String> jtiSource) {
		super(clock, jtiSource);
		this.applicationId = credentials.applicationId();
		this.signer = JwsSigner.rs256(credentials.privateKey(), JOSE_HEADER);
	}

	@Override
	String sign(long iat, long exp, String jti) {
		TextBuffer application = new TextBuffer(160).appendUtf8("{\"application_id\":")
			.appendJsonString(this.applicationId);
		return this.signer.sign(withTimes(application, iat, exp, jti));
	}

	@Override
	String headerName() {
		return HttpHeaders.AUTHORIZATION;
	}

	@Override
	String headerValue(String jwt) {
		return "Bearer " + jwt;
	}

	@Override
	public String toString() {
		return "VonageJwtAuthenticator[application_id=" + this.applicationId + "]";
	}

}
