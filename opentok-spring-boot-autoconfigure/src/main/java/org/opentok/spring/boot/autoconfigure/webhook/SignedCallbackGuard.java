package org.opentok.spring.boot.autoconfigure.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

import org.opentok.spring.client.internal.Hmac;

/**
 * Admits OpenTok's signed callbacks: an {@code Authorization: Bearer} JWT signed HS256
 * with one of the signature secrets, issued at most {@link #MAX_AGE} ago, not expired,
 * and whose {@code payload_hash} claim, when present, is the SHA-256 hex digest of the
 * body. The signature is checked against every secret, in constant time and without
 * stopping at a match; hashes are compared in constant time; claims are read only once
 * the signature holds. Each callback is remembered until its token is no longer accepted,
 * so that a replay is told from a first delivery (see {@link SignedCallback}).
 *
 * @since 0.1.0
 */
final class SignedCallbackGuard implements WebhookGuard {

	/**
	 * How long after it was issued a token is still accepted.
	 */
	static final Duration MAX_AGE = Duration.ofMinutes(5);

	/**
	 * How far apart OpenTok's clock and this host's may be.
	 */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	private static final String BEARER = "Bearer ";

	private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<SecretKeySpec> keys;

	private final Clock clock;

	private final ReplayMemory replays;

	SignedCallbackGuard(List<String> signatureSecrets, Clock clock, ReplayMemory replays) {
		if (signatureSecrets.isEmpty()) {
			throw new IllegalArgumentException("'signatureSecrets' must not be empty");
		}
		this.keys = signatureSecrets.stream()
			.map((secret) -> new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
			.toList();
		this.clock = clock;
		this.replays = replays;
	}

	@Override
	public BodyCheck admit(WebhookRequest request) {
		String authorization = request.headers().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization == null) {
			throw new WebhookRejectedException("The Authorization header is missing");
		}
		if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			throw new WebhookRejectedException("The Authorization header does not carry a bearer token");
		}
		String[] parts = authorization.substring(BEARER.length()).strip().split("\\.", -1);
		if (parts.length != 3) {
			throw new WebhookRejectedException("The bearer token is not a signed JWT");
		}
		JsonNode header = decodeJson(parts[0], "header");
		if (!"HS256".equals(header.path("alg").asString(""))) {
			throw new WebhookRejectedException("The JWT is not signed with HS256");
		}
		if (header.has("crit")) {
			throw new WebhookRejectedException("The JWT has critical header parameters");
		}
		byte[] signedPart = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
		byte[] signature = decode(parts[2], "signature");
		if (!isSignedWithAnyKey(signedPart, signature)) {
			throw new WebhookRejectedException("The JWT signature does not match the signature secret");
		}
		JsonNode claims = decodeJson(parts[1], "claims");
		Instant windowEnd = checkTimes(claims);
		return new SignedCallback(payloadHash(claims.get("payload_hash")), signedPart, signature, windowEnd,
				this.replays, this.clock);
	}

	private boolean isSignedWithAnyKey(byte[] signingInput, byte[] signature) {
		boolean signed = false;
		for (SecretKeySpec key : this.keys) {
			signed |= MessageDigest.isEqual(signature, Hmac.init("HmacSHA256", key).doFinal(signingInput));
		}
		return signed;
	}

	@Override
	public String challenge() {
		return "Bearer";
	}

	// returns the last instant at which the token is accepted
	private Instant checkTimes(JsonNode claims) {
		Instant now = this.clock.instant();
		Instant issuedAt = numericDate(claims, "iat");
		if (issuedAt == null) {
			throw new WebhookRejectedException("The JWT has no iat claim");
		}
		if (issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
			throw new WebhookRejectedException("The JWT is issued in the future");
		}
		if (issuedAt.isBefore(now.minus(MAX_AGE).minus(CLOCK_SKEW))) {
			throw new WebhookRejectedException("The JWT was issued more than " + MAX_AGE.toMinutes() + " minutes ago");
		}
		Instant windowEnd = issuedAt.plus(MAX_AGE).plus(CLOCK_SKEW);
		Instant expiresAt = numericDate(claims, "exp");
		if (expiresAt != null) {
			if (!now.isBefore(expiresAt.plus(CLOCK_SKEW))) {
				throw new WebhookRejectedException("The JWT has expired");
			}
			windowEnd = min(windowEnd, expiresAt.plus(CLOCK_SKEW));
		}
		return windowEnd;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static @Nullable String payloadHash(@Nullable JsonNode payloadHash) {
		if (payloadHash == null || payloadHash.isNull()) {
			return null;
		}
		if (!payloadHash.isString()) {
			throw new WebhookRejectedException("The JWT's payload_hash claim is not a string");
		}
		return payloadHash.stringValue().toLowerCase(Locale.ROOT);
	}

	private static @Nullable Instant numericDate(JsonNode claims, String name) {
		JsonNode value = claims.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isNumber() || !value.canConvertToLong()) {
			throw new WebhookRejectedException("The JWT's " + name + " claim is not a number of seconds");
		}
		try {
			return Instant.ofEpochSecond(value.asLong());
		}
		catch (DateTimeException ex) {
			throw new WebhookRejectedException("The JWT's " + name + " claim is out of range");
		}
	}

	private static JsonNode decodeJson(String part, String name) {
		try {
			JsonNode json = JSON.readTree(decode(part, name));
			if (json.isObject()) {
				return json;
			}
		}
		catch (JacksonException ex) {
			// reported below
		}
		throw new WebhookRejectedException("The JWT " + name + " is not a JSON object");
	}

	private static byte[] decode(String part, String name) {
		try {
			return BASE64URL.decode(part);
		}
		catch (IllegalArgumentException ex) {
			throw new WebhookRejectedException("The JWT " + name + " is not base64url");
		}
	}

}
