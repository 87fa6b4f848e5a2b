package org.opentok.spring.client.core;

import java.time.Clock;

import org.springframework.http.HttpHeaders;

/**
 * Adds the auth header that OpenTok expects to each REST request.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RequestAuthenticator {

	/**
	 * Adds the auth header to a request.
	 * @param headers the request's headers
	 */
	void authenticate(HttpHeaders headers);

	/**
	 * Returns the authenticator for the given credentials: an HS256 JWT in
	 * {@code X-OPENTOK-AUTH} for project credentials, an RS256 bearer JWT for Vonage
	 * ones.
	 * @param credentials the credentials
	 * @param clock the clock the JWTs' times come from
	 * @return the authenticator
	 */
	static RequestAuthenticator forCredentials(OpenTokCredentials credentials, Clock clock) {
		if (credentials instanceof ProjectCredentials project) {
			return OpenTokJwtAuthenticator.forProject(project, clock);
		}
		return new VonageJwtAuthenticator((VonageCredentials) credentials, clock);
	}

}
