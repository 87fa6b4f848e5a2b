package org.opentok.spring.boot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenFormat;

/**
 * Checks client tokens the way a client SDK's connect would have the service check them:
 * JWT tokens (HS256 with the project secret, or RS256 with a Vonage application's key)
 * and legacy {@code T1} tokens (HMAC-SHA1 over the data), then session, role and times.
 *
 * @since 0.1.0
 */
final class ClientTokenVerifier {

	private static final String T1_PREFIX = "T1==";

	private static final Duration DEFAULT_TTL = Duration.ofDays(1);

	private static final Duration MAX_TTL = Duration.ofDays(30);

	private static final int MAX_DATA_LENGTH = 1000;

	private final EmulatorState state;

	private final Clock clock;

	ClientTokenVerifier(EmulatorState state, Clock clock) {
		this.state = state;
		this.clock = clock;
	}

	/**
	 * Verifies a token. The caller holds the state lock.
	 * @param token the token
	 * @return what was found
	 */
	TokenVerification verify(String token) {
		if (token == null || token.isBlank()) {
			return TokenVerification.invalid(null, "The token is blank");
		}
		return token.startsWith(T1_PREFIX) ? verifyT1(token.strip()) : verifyJwt(token.strip());
	}

	/**
	 * Verifies the token a SIP call, Audio Connector, Experience Composer or captions
	 * session joins with. The caller holds the state lock.
	 * @param token the token from the request
	 * @param session the session it must be for
	 * @return what was found
	 * @throws ApiError 400 if the token is not valid for the session
	 */
	TokenVerification requireFor(String token, SessionState session) {
		TokenVerification verification = verify(token);
		if (!verification.valid()) {
			throw ApiError.badRequest("Invalid token: " + verification.reason());
		}
		if (!session.id().equals(verification.sessionId())) {
			throw ApiError.badRequest(
					"Invalid token: it is for session " + verification.sessionId() + ", not for " + session.id());
		}
		return verification;
	}

	private TokenVerification verifyJwt(String token) {
		SignedJWT jwt;
		JWTClaimsSet claims;
		try {
			jwt = SignedJWT.parse(token);
			claims = jwt.getJWTClaimsSet();
		}
		catch (ParseException ex) {
			return TokenVerification.invalid(null, "The token is neither a JWT nor a T1 token");
		}
		try {
			JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
			String projectId;
			JWSVerifier verifier;
			if (JWSAlgorithm.HS256.equals(algorithm)) {
				projectId = claims.getStringClaim("iss");
				ProjectState project = (projectId != null) ? this.state.project(projectId) : null;
				if (project == null || project.isVonage()) {
					return TokenVerification.invalid(TokenFormat.JWT,
							"The token's iss '" + projectId + "' is not an API key of this emulator");
				}
				if (!"project".equals(claims.getStringClaim("ist"))) {
					return TokenVerification.invalid(TokenFormat.JWT, "The token's ist claim must be 'project'");
				}
				verifier = new MACVerifier(project.secret().getBytes(StandardCharsets.UTF_8));
			}
			else if (JWSAlgorithm.RS256.equals(algorithm)) {
				projectId = claims.getStringClaim("application_id");
				ProjectState application = (projectId != null) ? this.state.project(projectId) : null;
				if (application == null || !application.isVonage()) {
					return TokenVerification.invalid(TokenFormat.JWT, "The token's application_id '" + projectId
							+ "' is not a Vonage application of this emulator");
				}
				verifier = new RSASSAVerifier(application.publicKey());
			}
			else {
				return TokenVerification.invalid(TokenFormat.JWT, "The token is signed with " + algorithm
						+ "; OpenTok tokens use HS256 (or RS256 for Vonage applications)");
			}
			if (!jwt.verify(verifier)) {
				return TokenVerification.invalid(TokenFormat.JWT, "The token's signature does not match");
			}
			if (!"session.connect".equals(claims.getStringClaim("scope"))) {
				return TokenVerification.invalid(TokenFormat.JWT, "The token's scope must be 'session.connect'");
			}
			Date issued = claims.getIssueTime();
			if (issued == null) {
				return TokenVerification.invalid(TokenFormat.JWT, "The token has no iat claim");
			}
			Instant issuedAt = issued.toInstant();
			Date expires = claims.getExpirationTime();
			Instant expiresAt = (expires != null) ? expires.toInstant() : issuedAt.plus(DEFAULT_TTL);
			String classes = claims.getStringClaim("initial_layout_class_list");
			return check(TokenFormat.JWT, projectId, claims.getStringClaim("session_id"), claims.getStringClaim("role"),
					issuedAt, expiresAt, claims.getStringClaim("connection_data"), classes);
		}
		catch (ParseException ex) {
			return TokenVerification.invalid(TokenFormat.JWT,
					"The token has a claim of the wrong type: " + ex.getMessage());
		}
		catch (JOSEException ex) {
			return TokenVerification.invalid(TokenFormat.JWT,
					"The token's signature cannot be checked: " + ex.getMessage());
		}
	}

	private TokenVerification verifyT1(String token) {
		String inner;
		try {
			byte[] decoded = Base64.getDecoder()
				.decode(token.substring(T1_PREFIX.length()).replace('-', '+').replace('_', '/'));
			inner = new String(decoded, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return TokenVerification.invalid(TokenFormat.T1, "The T1 token is not valid base64");
		}
		int colon = inner.indexOf(':');
		if (colon < 0) {
			return TokenVerification.invalid(TokenFormat.T1, "The T1 token has no ':' between signature and data");
		}
		try {
			Map<String, String> head = ApiRequest.parseForm(inner.substring(0, colon));
			String data = inner.substring(colon + 1);
			String partnerId = head.get("partner_id");
			ProjectState project = (partnerId != null) ? this.state.project(partnerId) : null;
			if (project == null || project.isVonage()) {
				return TokenVerification.invalid(TokenFormat.T1,
						"The T1 token's partner_id '" + partnerId + "' is not an API key of this emulator");
			}
			String signature = head.get("sig");
			String expected = hmacSha1Hex(project.secret(), data);
			if (signature == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
				return TokenVerification.invalid(TokenFormat.T1, "The T1 token's signature does not match");
			}
			Map<String, String> fields = ApiRequest.parseForm(data);
			Instant issuedAt = Instant.ofEpochSecond(Long.parseLong(fields.getOrDefault("create_time", "")));
			String expireTime = fields.get("expire_time");
			Instant expiresAt = (expireTime != null) ? Instant.ofEpochSecond(Long.parseLong(expireTime))
					: issuedAt.plus(DEFAULT_TTL);
			if (!fields.containsKey("nonce")) {
				return TokenVerification.invalid(TokenFormat.T1, "The T1 token has no nonce");
			}
			return check(TokenFormat.T1, partnerId, fields.get("session_id"), fields.get("role"), issuedAt, expiresAt,
					fields.get("connection_data"), fields.get("initial_layout_class_list"));
		}
		catch (NumberFormatException ex) {
			return TokenVerification.invalid(TokenFormat.T1,
					"The T1 token's create_time or expire_time is not a number");
		}
		catch (ApiError ex) {
			return TokenVerification.invalid(TokenFormat.T1, "The T1 token's data is not form-encoded");
		}
	}

	private TokenVerification check(TokenFormat format, String projectId, @Nullable String sessionId,
			@Nullable String roleName, Instant issuedAt, Instant expiresAt, @Nullable String data,
			@Nullable String classes) {
		Role role = roleOf(roleName);
		List<String> classList = (classes == null || classes.isBlank()) ? List.of()
				: Arrays.asList(classes.strip().split("\\s+"));
		TokenVerification found = new TokenVerification(true, null, format, projectId, sessionId, role, issuedAt,
				expiresAt, data, List.copyOf(classList));
		if (sessionId == null || sessionId.isBlank()) {
			return found.rejected("The token names no session_id");
		}
		ProjectState owner = this.state.project(projectId);
		String sessionOwner = SessionIds.projectIdOf(sessionId);
		if (owner != null && !owner.isVonage() && !projectId.equals(sessionOwner)) {
			return found.rejected("Session " + sessionId + " belongs to " + sessionOwner + ", not to API key "
					+ projectId + " that signed the token");
		}
		SessionState session = this.state.session(sessionId);
		if (session == null || !session.project().id().equals(projectId)) {
			return found.rejected("Session " + sessionId + " was not created in this emulator for " + projectId);
		}
		if (role == null) {
			return found.rejected("The token's role '" + roleName
					+ "' is not one of subscriber, publisher, publisheronly, moderator");
		}
		Instant now = this.clock.instant();
		if (!expiresAt.isAfter(now)) {
			return found.rejected("The token expired at " + expiresAt);
		}
		if (expiresAt.isAfter(issuedAt.plus(MAX_TTL))) {
			return found.rejected("The token expires more than 30 days after it was issued");
		}
		if (data != null && data.length() > MAX_DATA_LENGTH) {
			return found.rejected("The token's connection data has " + data.length() + " characters; at most "
					+ MAX_DATA_LENGTH + " are allowed");
		}
		return found;
	}

	private static @Nullable Role roleOf(@Nullable String wireValue) {
		for (Role role : Role.values()) {
			if (role.wireValue().equals(wireValue)) {
				return role;
			}
		}
		return null;
	}

	private static String hmacSha1Hex(String secret, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is not available", ex);
		}
	}

}
