package org.opentok.spring.client.core;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;

import org.opentok.spring.client.internal.TextBuffer;

/**
 * Base of the JWT authenticators: issues a short-lived JWT a little in the past (to
 * tolerate clock skew between this host and OpenTok) and reuses it for a short part of
 * its life, so busy clients do not sign one per request (an RS256 signature costs about a
 * millisecond of CPU). A JWT is reused for {@link #REUSE 10 s} and expires
 * {@link #VALID_AFTER_ISSUE 50 s} after it was issued: every use leaves it 40 s, for an
 * OpenTok clock up to 30 s ahead of this host's and 10 s for the request to get there,
 * and a JWT that leaks from a log is worth at most 50 s.
 *
 * @since 0.1.0
 */
abstract class CachingJwtAuthenticator implements RequestAuthenticator {

	/**
	 * How far before now a JWT's {@code iat} is set.
	 */
	static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

	/**
	 * How long after issuing a JWT is reused.
	 */
	static final Duration REUSE = Duration.ofSeconds(10);

	/**
	 * How long after its issue a JWT expires: the clock skew and 10 s for a request after
	 * its last reuse.
	 */
	static final Duration VALID_AFTER_ISSUE = REUSE.plus(CLOCK_SKEW).plusSeconds(10);

	/**
	 * {@code exp - iat}, 80 s; OpenTok accepts at most five minutes.
	 */
	static final Duration LIFETIME = CLOCK_SKEW.plus(VALID_AFTER_ISSUE);

	private final Clock clock;

	private final Supplier<String> jtiSource;

	private static final SecureRandom JTI_RANDOM = seededDrbg();

	private volatile IssuedJwt current;

	CachingJwtAuthenticator(Clock clock, Supplier<String> jtiSource) {
		this.clock = clock;
		this.jtiSource = jtiSource;
		this.current = new IssuedJwt("", Instant.MIN);
	}

	static Supplier<String> randomJti() {
		return () -> {
			byte[] bytes = new byte[16];
			JTI_RANDOM.nextBytes(bytes);
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			// a version 4 UUID, as UUID.randomUUID() makes
			long high = (buffer.getLong() & ~0xF000L) | 0x4000L;
			long low = (buffer.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
			return new UUID(high, low).toString();
		};
	}

	/**
	 * DRBG, seeded once here: UUID.randomUUID()'s NativePRNG (the Linux default) reads
	 * /dev/urandom whenever its buffer runs dry, a blocking file read on the calling
	 * thread, an event loop for the reactive client.
	 */
	private static SecureRandom seededDrbg() {
		try {
			SecureRandom random = SecureRandom.getInstance("DRBG");
			random.nextBytes(new byte[1]);
			return random;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK has no DRBG SecureRandom", ex);
		}
	}

	@Override
	public void authenticate(HttpHeaders headers) {
		headers.set(headerName(), headerValue(currentJwt()));
	}

	String currentJwt() {
		Instant now = this.clock.instant();
		IssuedJwt jwt = this.current;
		if (now.isBefore(jwt.issuedAt()) || !now.isBefore(jwt.issuedAt().plus(REUSE))) {
			long iat = now.minus(CLOCK_SKEW).getEpochSecond();
			jwt = new IssuedJwt(sign(iat, iat + LIFETIME.toSeconds(), this.jtiSource.get()), now);
			this.current = jwt;
		}
		return jwt.value();
	}

	abstract String sign(long iat, long exp, String jti);

	/**
	 * Ends the claims that name the issuer with the times and id every auth JWT has.
	 * @param claims the JSON object so far, without its closing brace
	 * @param iat issued at, epoch seconds
	 * @param exp expires at, epoch seconds
	 * @param jti the token's id
	 * @return the complete claims
	 */
	static TextBuffer withTimes(TextBuffer claims, long iat, long exp, String jti) {
		return claims.appendUtf8(",\"iat\":")
			.appendDecimal(iat)
			.appendUtf8(",\"exp\":")
			.appendDecimal(exp)
			.appendUtf8(",\"jti\":")
			.appendJsonString(jti)
			.append('}');
	}

	abstract String headerName();

	abstract String headerValue(String jwt);

	private record IssuedJwt(String value, Instant issuedAt) {

		@Override
		public String toString() {
			return "IssuedJwt[issuedAt=" + this.issuedAt + "]";
		}

	}

}
