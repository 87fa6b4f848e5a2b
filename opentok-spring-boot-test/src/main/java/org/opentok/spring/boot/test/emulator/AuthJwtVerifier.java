package org.opentok.spring.boot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;

/**
 * Checks the REST auth JWT of a request the way the service does: {@code X-OPENTOK-AUTH}
 * (HS256 with the project or account secret, {@code iss}, {@code ist}, {@code iat} and an
 * {@code exp} at most 5 minutes later) or a Vonage {@code Authorization: Bearer} JWT
 * (RS256 with the application's key, {@code application_id}, {@code iat}). The header
 * decides which credentials count: a Bearer JWT must be a Vonage application's; a project
 * or account JWT sent as Bearer is refused like any other bad credential.
 * {@code X-OPENTOK-AUTH} also takes a Vonage application's JWT, as the PHP SDK sends it.
 *
 * @since 0.1.0
 */
final class AuthJwtVerifier {

	static final String HEADER = "X-OPENTOK-AUTH";

	private static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

	private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

	private final EmulatorState state;

	private final Clock clock;

	AuthJwtVerifier(EmulatorState state, Clock clock) {
		this.state = state;
		this.clock = clock;
	}

	/**
	 * Authenticates a project-level call. The caller holds the state lock.
	 * @param request the request
	 * @param pathProjectId the project id in the path, or {@code null} if it has none
	 * @return the calling project
	 * @throws ApiError 403 if the request is not authenticated for the project
	 */
	ProjectState project(ApiRequest request, @Nullable String pathProjectId) {
		Presented presented = parse(request);
		SignedJWT jwt = presented.jwt();
		try {
			JWTClaimsSet claims = jwt.getJWTClaimsSet();
			JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
			ProjectState project;
			if (JWSAlgorithm.HS256.equals(algorithm)) {
				if (presented.bearer()) {
					throw ApiError.forbidden("Invalid credentials: Authorization: Bearer takes a Vonage application's "
							+ "RS256 JWT; send a project's HS256 JWT in X-OPENTOK-AUTH");
				}
				String apiKey = claims.getStringClaim("iss");
				requireIssuerType(jwt, claims, "project");
				project = this.state.project((apiKey != null) ? apiKey : "");
				if (project == null || project.isVonage()) {
					throw ApiError.forbidden("Invalid credentials: API key '" + apiKey + "' (iss) is unknown");
				}
				verify(jwt, new MACVerifier(project.secret().getBytes(StandardCharsets.UTF_8)), "API secret");
				checkTimes(claims, true);
			}
			else if (JWSAlgorithm.RS256.equals(algorithm)) {
				String applicationId = claims.getStringClaim("application_id");
				project = this.state.project((applicationId != null) ? applicationId : "");
				if (project == null || !project.isVonage()) {
					throw ApiError.forbidden(
							"Invalid credentials: application id '" + applicationId + "' (application_id) is unknown");
				}
				verify(jwt, new RSASSAVerifier(project.publicKey()), "application's private key");
				checkTimes(claims, false);
			}
			else {
				throw ApiError.forbidden("Invalid credentials: the auth JWT must be HS256 (or RS256 for a Vonage "
						+ "application), not " + algorithm);
			}
			if (project.isSuspended()) {
				throw ApiError.forbidden("Project " + project.id() + " is suspended");
			}
			if (pathProjectId != null && !pathProjectId.equals(project.id())) {
				throw ApiError.forbidden("Invalid credentials: the auth JWT is for project " + project.id()
						+ ", not for project " + pathProjectId + " in the URL");
			}
			return project;
		}
		catch (ParseException ex) {
			throw ApiError.forbidden("Invalid credentials: the auth JWT has a claim of the wrong type");
		}
		catch (JOSEException ex) {
			throw ApiError.forbidden("Invalid credentials: the auth JWT cannot be checked: " + ex.getMessage());
		}
	}

	/**
	 * Authenticates an account-level call (project management). The caller holds the
	 * state lock.
	 * @param request the request
	 * @throws ApiError 403 if the request is not authenticated for the account
	 */
	void account(ApiRequest request) {
		Presented presented = parse(request);
		if (presented.bearer()) {
			throw ApiError.forbidden(
					"Invalid credentials: account calls take an HS256 JWT in X-OPENTOK-AUTH, not Authorization: Bearer");
		}
		SignedJWT jwt = presented.jwt();
		try {
			JWTClaimsSet claims = jwt.getJWTClaimsSet();
			if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
				throw ApiError.forbidden("Invalid credentials: account calls need an HS256 auth JWT");
			}
			requireIssuerType(jwt, claims, "account");
			EmulatorCredentials account = this.state.account();
			if (!account.apiKey().equals(claims.getStringClaim("iss"))) {
				throw ApiError.forbidden(
						"Invalid credentials: account API key '" + claims.getStringClaim("iss") + "' (iss) is unknown");
			}
			verify(jwt, new MACVerifier(account.apiSecret().getBytes(StandardCharsets.UTF_8)), "account secret");
			checkTimes(claims, true);
		}
		catch (ParseException ex) {
			throw ApiError.forbidden("Invalid credentials: the auth JWT has a claim of the wrong type");
		}
		catch (JOSEException ex) {
			throw ApiError.forbidden("Invalid credentials: the auth JWT cannot be checked: " + ex.getMessage());
		}
	}

	private static Presented parse(ApiRequest request) {
		String token = request.header(HEADER);
		boolean bearer = false;
		if (token == null) {
			String authorization = request.header("Authorization");
			if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
				token = authorization.substring(7);
				bearer = true;
			}
		}
		if (token == null || token.isBlank()) {
			throw ApiError
				.forbidden("Authentication required: send an X-OPENTOK-AUTH JWT (or Authorization: Bearer for Vonage)");
		}
		try {
			return new Presented(SignedJWT.parse(token.strip()), bearer);
		}
		catch (ParseException ex) {
			throw ApiError.forbidden("Invalid credentials: the auth token is not a signed JWT");
		}
	}

	private static void requireIssuerType(SignedJWT jwt, JWTClaimsSet claims, String expected) throws ParseException {
		// one SDK puts ist into the JOSE header; the service accepts it there too
		Object inHeader = jwt.getHeader().getCustomParam("ist");
		String issuerType = (claims.getClaim("ist") != null) ? claims.getStringClaim("ist")
				: (inHeader instanceof String text) ? text : null;
		if (!expected.equals(issuerType)) {
			throw ApiError.forbidden(
					"Invalid credentials: the auth JWT's ist must be '" + expected + "', got '" + issuerType + "'");
		}
	}

	private static void verify(SignedJWT jwt, JWSVerifier verifier, String key) throws JOSEException {
		if (!jwt.verify(verifier)) {
			throw ApiError.forbidden("Invalid credentials: the auth JWT's signature does not match the " + key);
		}
	}

	private void checkTimes(JWTClaimsSet claims, boolean expiryRequired) {
		Instant now = this.clock.instant();
		Date issued = claims.getIssueTime();
		Date expires = claims.getExpirationTime();
		if (issued == null) {
			throw ApiError.forbidden("Invalid credentials: the auth JWT has no iat claim");
		}
		if (issued.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
			throw ApiError.forbidden("Invalid credentials: the auth JWT's iat " + issued.toInstant()
					+ " is in the future (emulator time " + now + ")");
		}
		if (expires == null) {
			if (expiryRequired) {
				throw ApiError.forbidden("Invalid credentials: the auth JWT has no exp claim");
			}
			return;
		}
		if (!expires.toInstant().isAfter(now)) {
			throw ApiError.forbidden("Invalid credentials: the auth JWT expired at " + expires.toInstant()
					+ " (emulator time " + now + ")");
		}
		if (expires.toInstant().isAfter(issued.toInstant().plus(MAX_LIFETIME))) {
			throw ApiError.forbidden("Invalid credentials: the auth JWT's exp must be at most 5 minutes after its iat");
		}
	}

	/**
	 * An auth JWT and the header it came in.
	 *
	 * @param jwt the JWT
	 * @param bearer whether it came as {@code Authorization: Bearer}, not as
	 * {@code X-OPENTOK-AUTH}
	 */
	private record Presented(SignedJWT jwt, boolean bearer) {

	}

}
