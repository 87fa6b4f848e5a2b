package org.opentok.spring.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.opentok.OpenTok;
import com.opentok.exception.OpenTokException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenFormat;
import org.opentok.spring.client.token.TokenGenerator;
import org.opentok.spring.client.token.TokenOptions;

/**
 * {@code generate(sessionId, options, count)}: ours spreads the work over the common
 * fork-join pool (two threads on a two-core machine); the official SDK, which has no bulk
 * call, gets the same parallel stream around its single-token call. One call per
 * measurement; {@link BulkRun} measures the whole process instead.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class BulkBenchmarks {

	/**
	 * How many tokens one call makes.
	 */
	@Param("1000000")
	public int count;

	private TokenGenerator ours;

	private OpenTok officialSdk;

	private com.opentok.TokenOptions officialOptions;

	/**
	 * Builds the generators and checks a small batch of each kind.
	 * @throws OpenTokException never with these inputs
	 */
	@Setup
	public void setUp() throws OpenTokException {
		this.ours = new TokenGenerator(OpenTokCredentials.project(Fixtures.API_KEY, Fixtures.API_SECRET));
		this.officialSdk = new OpenTok(Fixtures.API_KEY_NUMBER, Fixtures.API_SECRET);
		this.officialOptions = new com.opentok.TokenOptions.Builder().role(com.opentok.Role.PUBLISHER)
			.data(Fixtures.CONNECTION_DATA)
			.build();
		this.ours.generate(Fixtures.SESSION_ID, options(TokenFormat.T1), 100).forEach(TokenChecks::verifiedT1);
		this.ours.generate(Fixtures.SESSION_ID, options(TokenFormat.JWT), 100).forEach(TokenChecks::verifiedHs256);
		officialSdk(100).forEach(TokenChecks::verifiedT1);
	}

	static TokenOptions options(TokenFormat format) {
		return TokenOptions.builder()
			.format(format)
			.role(Role.PUBLISHER)
			.data(Fixtures.CONNECTION_DATA)
			.ttl(Fixtures.TTL)
			.build();
	}

	/**
	 * Closes the official SDK, whose HTTP client threads would keep the JVM alive.
	 */
	@TearDown
	public void tearDown() {
		this.officialSdk.close();
	}

	/**
	 * {@code count} T1 tokens from our bulk call.
	 * @return the tokens
	 */
	@Benchmark
	public List<String> t1Ours() {
		return this.ours.generate(Fixtures.SESSION_ID, options(TokenFormat.T1), this.count);
	}

	/**
	 * {@code count} JWT tokens from our bulk call.
	 * @return the tokens
	 */
	@Benchmark
	public List<String> jwtOurs() {
		return this.ours.generate(Fixtures.SESSION_ID, options(TokenFormat.JWT), this.count);
	}

	/**
	 * {@code count} T1 tokens from the official SDK on the same parallel stream.
	 * @return the tokens
	 */
	@Benchmark
	public List<String> t1OfficialSdk() {
		return officialSdk(this.count);
	}

	private List<String> officialSdk(int tokens) {
		return IntStream.range(0, tokens).parallel().mapToObj((i) -> {
			try {
				return this.officialSdk.generateToken(Fixtures.SESSION_ID, this.officialOptions);
			}
			catch (OpenTokException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
