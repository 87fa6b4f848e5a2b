package org.opentok.spring.benchmarks;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.token.TokenGenerator;

/**
 * Tokens made each on a fresh virtual thread, as a Spring Boot app with
 * {@code spring.threads.virtual.enabled=true} makes them (one new thread per request),
 * beside the same tokens (those of {@link TokenBenchmarks}) made on one long-lived
 * thread. Each operation starts {@value #BATCH} virtual threads that make one token each
 * and waits for them all; {@code freshVirtualThreadOnly} does the same with threads that
 * make nothing, so a token's own cost on a fresh virtual thread is its row minus that
 * one. The {@code t1FloorClonedHmacSha1} rows do the same with work that keeps nothing
 * per thread and shares nothing: what a fresh thread costs any work of a token's size.
 * Needs Java 21 or newer at run time: run the jar with that JDK ({@code README.md}).
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(VirtualThreadTokenBenchmarks.BATCH)
public class VirtualThreadTokenBenchmarks {

	/**
	 * How many threads, each making one token, one operation starts.
	 */
	static final int BATCH = 64;

	private final Object[] results = new Object[BATCH];

	private final Thread[] threads = new Thread[BATCH];

	private TokenGenerator ours;

	private ThreadFactory virtualThreads;

	TokenBenchmarks.Signers floorSigners;

	/**
	 * Finds virtual threads and checks that tokens made on them verify.
	 * @throws InterruptedException if interrupted while waiting for the threads
	 */
	@Setup
	public void setUp() throws InterruptedException {
		this.virtualThreads = VirtualThreads.factory();
		this.ours = new TokenGenerator(OpenTokCredentials.project(Fixtures.API_KEY, Fixtures.API_SECRET));
		this.floorSigners = new TokenBenchmarks.Signers();
		for (Object token : t1OursFreshVirtualThread()) {
			TokenChecks.verifiedT1((String) token);
		}
		for (Object token : jwtOursFreshVirtualThread()) {
			TokenChecks.verifiedHs256((String) token);
		}
	}

	/**
	 * T1 tokens, each made on a fresh virtual thread.
	 * @return the tokens
	 * @throws InterruptedException if interrupted while waiting for the threads
	 */
	@Benchmark
	public Object[] t1OursFreshVirtualThread() throws InterruptedException {
		return onFreshThreads(() -> this.ours.generate(Fixtures.SESSION_ID, TokenBenchmarks.T1_OPTIONS));
	}

	/**
	 * HS256 JWT tokens, each made on a fresh virtual thread.
	 * @return the tokens
	 * @throws InterruptedException if interrupted while waiting for the threads
	 */
	@Benchmark
	public Object[] jwtOursFreshVirtualThread() throws InterruptedException {
		return onFreshThreads(() -> this.ours.generate(Fixtures.SESSION_ID, TokenBenchmarks.JWT_OPTIONS));
	}

	/**
	 * Fresh virtual threads that make no token: what the threads alone cost.
	 * @return what the threads returned
	 * @throws InterruptedException if interrupted while waiting for the threads
	 */
	@Benchmark
	public Object[] freshVirtualThreadOnly() throws InterruptedException {
		return onFreshThreads(() -> Fixtures.SESSION_ID);
	}

	/**
	 * The same T1 tokens made on the benchmark's own long-lived thread.
	 * @return the tokens
	 */
	@Benchmark
	public Object[] t1OursSameThread() {
		return onThisThread(() -> this.ours.generate(Fixtures.SESSION_ID, TokenBenchmarks.T1_OPTIONS));
	}

	/**
	 * The same HS256 JWT tokens made on the benchmark's own long-lived thread.
	 * @return the tokens
	 */
	@Benchmark
	public Object[] jwtOursSameThread() {
		return onThisThread(() -> this.ours.generate(Fixtures.SESSION_ID, TokenBenchmarks.JWT_OPTIONS));
	}

	/**
	 * The floor: one HMAC-SHA1 over a T1 token's data on a clone of a keyed JDK
	 * {@code Mac}, each on a fresh virtual thread. Nothing is kept per thread or pooled,
	 * so what it pays on a fresh thread is what any work of this size pays there.
	 * @return the signatures
	 * @throws InterruptedException if interrupted while waiting for the threads
	 */
	@Benchmark
	public Object[] t1FloorClonedHmacSha1FreshVirtualThread() throws InterruptedException {
		return onFreshThreads(this.floorSigners::clonedHmacSha1);
	}

	/**
	 * The same floor on the benchmark's own long-lived thread.
	 * @return the signatures
	 */
	@Benchmark
	public Object[] t1FloorClonedHmacSha1SameThread() {
		return onThisThread(this.floorSigners::clonedHmacSha1);
	}

	private Object[] onFreshThreads(Supplier<?> task) throws InterruptedException {
		for (int i = 0; i < BATCH; i++) {
			int slot = i;
			this.threads[i] = this.virtualThreads.newThread(() -> this.results[slot] = task.get());
			this.threads[i].start();
		}
		for (Thread thread : this.threads) {
			thread.join();
		}
		return this.results;
	}

	private Object[] onThisThread(Supplier<?> task) {
		for (int i = 0; i < BATCH; i++) {
			this.results[i] = task.get();
		}
		return this.results;
	}

}
