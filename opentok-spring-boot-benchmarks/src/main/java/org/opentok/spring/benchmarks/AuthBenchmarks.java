package org.opentok.spring.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.http.HttpHeaders;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.OpenTokJwtAuthenticator;
import org.opentok.spring.client.core.RequestAuthenticator;
import org.opentok.spring.client.core.VonageCredentials;
import org.opentok.spring.client.core.VonageJwtAuthenticator;

/**
 * The REST auth header of one call: the JWT reused from an earlier call, against a JWT
 * signed for this call (a clock that moves an hour per call makes every one stale), for
 * project (HS256) and Vonage (RS256) credentials. What reuse saves per call.
 *
 * @since 0.1.0
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AuthBenchmarks {

	private final HttpHeaders headers = new HttpHeaders();

	private RequestAuthenticator hs256Reused;

	private RequestAuthenticator hs256Signed;

	private RequestAuthenticator rs256Reused;

	private RequestAuthenticator rs256Signed;

	/**
	 * Builds the authenticators.
	 */
	@Setup
	public void setUp() {
		Clock fixed = Clock.fixed(Instant.now(), ZoneOffset.UTC);
		OpenTokCredentials project = OpenTokCredentials.project(Fixtures.API_KEY, Fixtures.API_SECRET);
		VonageCredentials vonage = new VonageCredentials(Fixtures.APPLICATION_ID, Fixtures.rsaKeys().getPrivate());
		this.hs256Reused = RequestAuthenticator.forCredentials(project, fixed);
		this.hs256Signed = RequestAuthenticator.forCredentials(project, new HourPerCallClock());
		this.rs256Reused = new VonageJwtAuthenticator(vonage, fixed);
		this.rs256Signed = new VonageJwtAuthenticator(vonage, new HourPerCallClock());
	}

	/**
	 * An {@code X-OPENTOK-AUTH} header with the JWT of an earlier call.
	 * @return the header's value
	 */
	@Benchmark
	public String hs256Reused() {
		return header(this.hs256Reused, OpenTokJwtAuthenticator.HEADER);
	}

	/**
	 * An {@code X-OPENTOK-AUTH} header with a JWT signed for this call.
	 * @return the header's value
	 */
	@Benchmark
	public String hs256SignedPerCall() {
		return header(this.hs256Signed, OpenTokJwtAuthenticator.HEADER);
	}

	/**
	 * An {@code Authorization: Bearer} header with the JWT of an earlier call.
	 * @return the header's value
	 */
	@Benchmark
	public String rs256Reused() {
		return header(this.rs256Reused, HttpHeaders.AUTHORIZATION);
	}

	/**
	 * An {@code Authorization: Bearer} header with a JWT signed for this call.
	 * @return the header's value
	 */
	@Benchmark
	public String rs256SignedPerCall() {
		return header(this.rs256Signed, HttpHeaders.AUTHORIZATION);
	}

	private String header(RequestAuthenticator authenticator, String name) {
		authenticator.authenticate(this.headers);
		return this.headers.getFirst(name);
	}

	/**
	 * A clock an hour later at every reading, so that no JWT is ever fresh enough to
	 * reuse.
	 */
	static final class HourPerCallClock extends Clock {

		private Instant now = Instant.now();

		@Override
		public Instant instant() {
			this.now = this.now.plus(Duration.ofHours(1));
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("a benchmark clock has one zone");
		}

	}

}
