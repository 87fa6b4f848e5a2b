package org.opentok.spring.benchmarks;

import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.token.TokenGenerator;

/**
 * What a token costs on a fresh virtual thread, timed inside the thread: {@code java -cp
 * benchmarks.jar org.opentok.spring.benchmarks.FreshThreadTimingRun [rounds]}, Java 21 or
 * newer. {@link VirtualThreadTokenBenchmarks} subtracts the cost of the threads from
 * operations that run 64 of them on both carriers at once, against a same-thread
 * operation on one; here each token is timed with {@link System#nanoTime()} on the thread
 * that makes it, one fresh thread at a time, against the same token timed the same way on
 * this long-lived thread. Each round makes {@value #TOKENS_PER_ROUND} of each, in
 * alternating order; prints the median and quartiles of the per-round ratios (fresh /
 * same) for T1, JWT, and the floor: one HMAC-SHA1 on a cloned {@code Mac}, which keeps
 * nothing per thread and shares nothing.
 *
 * @since 0.1.0
 */
public final class FreshThreadTimingRun {

	private static final int TOKENS_PER_ROUND = 10_000;

	private FreshThreadTimingRun() {
	}

	/**
	 * Runs the rounds and prints the ratios.
	 * @param args the number of measured rounds (default 100), after as many of warm-up
	 * @throws Exception if a thread is interrupted
	 */
	public static void main(String[] args) throws Exception {
		if (!VirtualThreads.available()) {
			System.out.println("Virtual threads: not on this JDK (" + Runtime.version() + "), Java 21+ times them");
			return;
		}
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 100;
		ThreadFactory threads = VirtualThreads.factory();
		TokenGenerator ours = new TokenGenerator(OpenTokCredentials.project(Fixtures.API_KEY, Fixtures.API_SECRET));
		TokenBenchmarks.Signers floor = new TokenBenchmarks.Signers();
		TokenChecks.verifiedT1(ours.generate(Fixtures.SESSION_ID, TokenBenchmarks.T1_OPTIONS));
		TokenChecks.verifiedHs256(ours.generate(Fixtures.SESSION_ID, TokenBenchmarks.JWT_OPTIONS));
		FloorRatioRun.report("T1 timed inside a fresh virtual thread / on one thread", ratios(rounds, TOKENS_PER_ROUND,
				threads, () -> ours.generate(Fixtures.SESSION_ID, TokenBenchmarks.T1_OPTIONS)));
		FloorRatioRun.report("JWT timed inside a fresh virtual thread / on one thread", ratios(rounds, TOKENS_PER_ROUND,
				threads, () -> ours.generate(Fixtures.SESSION_ID, TokenBenchmarks.JWT_OPTIONS)));
		FloorRatioRun.report("The floor, one HMAC-SHA1 on a cloned Mac, timed the same way",
				ratios(rounds, TOKENS_PER_ROUND, threads, floor::clonedHmacSha1));
	}

	/**
	 * One ratio per measured round, after as many rounds of warm-up: the time of
	 * {@code perRound} runs of the task, each timed inside a fresh thread started after
	 * the last one ended, divided by the time of as many runs timed on this thread.
	 */
	static double[] ratios(int rounds, int perRound, ThreadFactory threads, Supplier<?> task)
			throws InterruptedException {
		double[] ratios = new double[rounds];
		for (int round = -rounds; round < rounds; round++) {
			long fresh;
			long same;
			if ((round & 1) == 0) {
				fresh = onFreshThreads(perRound, threads, task);
				same = onThisThread(perRound, task);
			}
			else {
				same = onThisThread(perRound, task);
				fresh = onFreshThreads(perRound, threads, task);
			}
			if (round >= 0) {
				ratios[round] = (double) fresh / same;
			}
		}
		return ratios;
	}

	private static long onFreshThreads(int runs, ThreadFactory threads, Supplier<?> task) throws InterruptedException {
		long[] nanos = new long[1];
		long total = 0;
		for (int i = 0; i < runs; i++) {
			Thread thread = threads.newThread(() -> nanos[0] = timed(task));
			thread.start();
			thread.join();
			total += nanos[0];
		}
		return total;
	}

	private static long onThisThread(int runs, Supplier<?> task) {
		long total = 0;
		for (int i = 0; i < runs; i++) {
			total += timed(task);
		}
		return total;
	}

	private static long timed(Supplier<?> task) {
		long start = System.nanoTime();
		Object result = task.get();
		long nanos = System.nanoTime() - start;
		if (result == null) {
			throw new IllegalStateException("The task returned nothing");
		}
		return nanos;
	}

}
