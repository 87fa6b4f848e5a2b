package org.opentok.spring.benchmarks;

import java.util.Arrays;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.internal.ScratchPool;
import org.opentok.spring.client.token.TokenGenerator;

/**
 * What a token costs on a fresh virtual thread, timed inside the thread: {@code java -cp
 * benchmarks.jar org.opentok.spring.benchmarks.FreshThreadTimingRun [rounds]}, Java 21 or
 * newer. {@link VirtualThreadTokenBenchmarks} subtracts the cost of the threads from
 * operations that run 64 of them on both carriers at once, against a same-thread
 * operation on one; here each token is timed with {@link System#nanoTime()} on the thread
 * that makes it, one fresh thread at a time, against the same token timed the same way on
 * this long-lived thread. Every round times T1, JWT, the floor (one HMAC-SHA1 on a cloned
 * {@code Mac}, which keeps nothing per thread and shares nothing) and the floor with each
 * of the two things ours add that a fresh thread makes dearer ({@link FloorParts}),
 * {@value #TOKENS_PER_ROUND} of each on fresh threads and as many on this thread, the
 * tasks in rotating order and fresh and same in alternating order, so that the machine's
 * drift falls on all of them alike. Prints the median and quartiles of the per-round
 * ratios (fresh / same) of each, and of each one's ratio to the floor's in the same
 * round: what a fresh thread costs it beyond what it costs work that keeps no state.
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
		TokenGenerator ours = new TokenGenerator(OpenTokCredentials.project(Fixtures.API_KEY, Fixtures.API_SECRET));
		TokenBenchmarks.Signers floor = new TokenBenchmarks.Signers();
		FloorParts parts = new FloorParts(floor);
		TokenChecks.verifiedT1(ours.generate(Fixtures.SESSION_ID, TokenBenchmarks.T1_OPTIONS));
		TokenChecks.verifiedHs256(ours.generate(Fixtures.SESSION_ID, TokenBenchmarks.JWT_OPTIONS));
		double[][] ratios = ratios(rounds, TOKENS_PER_ROUND, VirtualThreads.factory(),
				() -> ours.generate(Fixtures.SESSION_ID, TokenBenchmarks.T1_OPTIONS),
				() -> ours.generate(Fixtures.SESSION_ID, TokenBenchmarks.JWT_OPTIONS), floor::clonedHmacSha1,
				parts::withThreadLocalRandom, parts::withPooledBuffers);
		FloorRatioRun.report("T1 timed inside a fresh virtual thread / on one thread", ratios[0]);
		FloorRatioRun.report("JWT timed inside a fresh virtual thread / on one thread", ratios[1]);
		FloorRatioRun.report("The floor, one HMAC-SHA1 on a cloned Mac, timed the same way", ratios[2]);
		FloorRatioRun.report("The floor and a ThreadLocalRandom nonce, the same way", ratios[3]);
		FloorRatioRun.report("The floor and a token's buffers from a ScratchPool, the same way", ratios[4]);
		FloorRatioRun.report("T1's ratio / the floor's, round by round", dividedRoundByRound(ratios[0], ratios[2]));
		FloorRatioRun.report("JWT's ratio / the floor's, round by round", dividedRoundByRound(ratios[1], ratios[2]));
		FloorRatioRun.report("The floor and the nonce's ratio / the floor's, round by round",
				dividedRoundByRound(ratios[3], ratios[2]));
		FloorRatioRun.report("The floor and the pooled buffers' ratio / the floor's, round by round",
				dividedRoundByRound(ratios[4], ratios[2]));
	}

	/**
	 * The per-round ratios of each task, after as many rounds of warm-up: the time of
	 * {@code perRound} runs of the task, each timed inside a fresh thread started after
	 * the last one ended, divided by the time of as many runs timed on this thread. Each
	 * round runs every task, starting with the next task each round.
	 * @return one array of {@code rounds} ratios per task, in the tasks' order
	 */
	static double[][] ratios(int rounds, int perRound, ThreadFactory threads, Supplier<?>... tasks)
			throws InterruptedException {
		double[][] ratios = new double[tasks.length][rounds];
		for (int round = -rounds; round < rounds; round++) {
			for (int i = 0; i < tasks.length; i++) {
				int task = Math.floorMod(round + i, tasks.length);
				double ratio = ratio(perRound, threads, tasks[task], (round & 1) == 0);
				if (round >= 0) {
					ratios[task][round] = ratio;
				}
			}
		}
		return ratios;
	}

	private static double ratio(int runs, ThreadFactory threads, Supplier<?> task, boolean freshFirst)
			throws InterruptedException {
		long fresh;
		long same;
		if (freshFirst) {
			fresh = onFreshThreads(runs, threads, task);
			same = onThisThread(runs, task);
		}
		else {
			same = onThisThread(runs, task);
			fresh = onFreshThreads(runs, threads, task);
		}
		return (double) fresh / same;
	}

	private static double[] dividedRoundByRound(double[] ratios, double[] floorRatios) {
		double[] divided = new double[ratios.length];
		for (int round = 0; round < ratios.length; round++) {
			divided[round] = ratios[round] / floorRatios[round];
		}
		return divided;
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

	/**
	 * The floor plus one of the two things ours do per token that a fresh thread makes
	 * dearer, each alone: a nonce from {@link ThreadLocalRandom}, which seeds itself anew
	 * on every fresh thread, and the token's buffers taken from a {@link ScratchPool} and
	 * given back, which the last thread may have left on the other core.
	 */
	static final class FloorParts {

		private final TokenBenchmarks.Signers floor;

		/**
		 * How much of the first buffer ours write for a T1 token: its signed text, the
		 * token's base64 decoded.
		 */
		private final int innerLength;

		/**
		 * How much of the second buffer ours write: the token itself.
		 */
		private final int tokenLength;

		final ScratchPool<byte[][]> pool = new ScratchPool<>(() -> new byte[][] { new byte[512], new byte[1024] });

		FloorParts(TokenBenchmarks.Signers floor) {
			this.floor = floor;
			this.tokenLength = floor.t1Data.length;
			this.innerLength = (this.tokenLength - 4) / 4 * 3;
		}

		/**
		 * The floor's HMAC, and a nonce drawn from {@link ThreadLocalRandom} as ours draw
		 * one per token.
		 * @return the signature with the nonce's low byte XORed into its first byte
		 */
		byte[] withThreadLocalRandom() {
			byte[] signature = this.floor.clonedHmacSha1();
			signature[0] ^= (byte) ThreadLocalRandom.current().nextInt();
			return signature;
		}

		/**
		 * The floor's HMAC, and two pooled buffers written over a T1 token's lengths, as
		 * ours write the signed text and then the token.
		 * @return the signature
		 */
		byte[] withPooledBuffers() {
			byte[] signature = this.floor.clonedHmacSha1();
			byte[][] buffers = this.pool.acquire();
			Arrays.fill(buffers[0], 0, this.innerLength, signature[0]);
			Arrays.fill(buffers[1], 0, this.tokenLength, signature[1]);
			this.pool.release(buffers);
			return signature;
		}

	}

}
