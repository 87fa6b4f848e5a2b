package org.opentok.spring.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.openjdk.jmh.infra.Blackhole;

/**
 * Our tokens against their floors, measured in alternating bursts in one JVM: {@code java
 * -cp benchmarks.jar org.opentok.spring.benchmarks.FloorRatioRun [rounds]}. On a machine
 * whose speed drifts by 30 % from one JMH iteration to the next, two JMH rows taken
 * seconds apart can differ by that much; here each round times a burst of our T1 tokens
 * right beside a burst of the floor's HMAC-SHA1 (and the same for a JWT and the
 * hand-built JWT), in rotating order, and the ratio of the two is taken per round, so
 * drift slower than a round cancels out. On Java 21 or newer it also compares tokens made
 * each on a fresh virtual thread, less what the threads alone cost, with tokens made on
 * one long-lived thread, and the same for the floor of that comparison, an HMAC-SHA1 on a
 * cloned Mac ({@link VirtualThreadTokenBenchmarks}' methods). Prints the median ratio and
 * its quartiles over all rounds, after a warm-up of as many rounds. Uses the JMH
 * benchmarks' own methods and inputs, whose setup verifies every contender's output.
 *
 * @since 0.1.0
 */
public final class FloorRatioRun {

	private static final int OPERATIONS_PER_BURST = 20_000;

	private FloorRatioRun() {
	}

	/**
	 * Runs the rounds and prints the ratios.
	 * @param args the number of measured rounds (default 200)
	 * @throws Exception if the benchmarks' setup fails
	 */
	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		TokenBenchmarks tokens = new TokenBenchmarks();
		tokens.setUp();
		TokenBenchmarks.Signers signers = new TokenBenchmarks.Signers();
		Blackhole blackhole = new Blackhole(
				"Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
		report("T1 vs one HMAC-SHA1 (t1Ours / t1FloorHmacSha1)",
				ratios(rounds, OPERATIONS_PER_BURST, (nanos) -> (double) nanos[0] / nanos[1],
						() -> blackhole.consume(tokens.t1Ours()),
						() -> blackhole.consume(tokens.t1FloorHmacSha1(signers))));
		report("JWT vs the hand-built JWT (jwtOurs / jwtFloorHandBuiltJdk)",
				ratios(rounds, OPERATIONS_PER_BURST, (nanos) -> (double) nanos[0] / nanos[1],
						() -> blackhole.consume(tokens.jwtOurs()),
						() -> blackhole.consume(tokens.jwtFloorHandBuiltJdk(signers))));
		tokens.tearDown();
		if (VirtualThreads.available()) {
			VirtualThreadTokenBenchmarks threads = new VirtualThreadTokenBenchmarks();
			threads.setUp();
			int batches = OPERATIONS_PER_BURST / VirtualThreadTokenBenchmarks.BATCH;
			ToDoubleFunction<long[]> tokenAlone = (nanos) -> (double) (nanos[0] - nanos[1]) / nanos[2];
			report("T1 on a fresh virtual thread vs one thread ((t1OursFreshVirtualThread - freshVirtualThreadOnly)"
					+ " / t1OursSameThread)",
					ratios(rounds, batches, tokenAlone, () -> blackhole.consume(threads.t1OursFreshVirtualThread()),
							() -> blackhole.consume(threads.freshVirtualThreadOnly()),
							() -> blackhole.consume(threads.t1OursSameThread())));
			report("JWT on a fresh virtual thread vs one thread ((jwtOursFreshVirtualThread - freshVirtualThreadOnly)"
					+ " / jwtOursSameThread)",
					ratios(rounds, batches, tokenAlone, () -> blackhole.consume(threads.jwtOursFreshVirtualThread()),
							() -> blackhole.consume(threads.freshVirtualThreadOnly()),
							() -> blackhole.consume(threads.jwtOursSameThread())));
			report("The floor, one HMAC-SHA1 on a cloned Mac, on a fresh virtual thread vs one thread"
					+ " ((t1FloorClonedHmacSha1FreshVirtualThread - freshVirtualThreadOnly)"
					+ " / t1FloorClonedHmacSha1SameThread)",
					ratios(rounds, batches, tokenAlone,
							() -> blackhole.consume(threads.t1FloorClonedHmacSha1FreshVirtualThread()),
							() -> blackhole.consume(threads.freshVirtualThreadOnly()),
							() -> blackhole.consume(threads.t1FloorClonedHmacSha1SameThread())));
		}
		else {
			System.out.println("Virtual threads: not on this JDK (" + Runtime.version() + "), Java 21+ compares them");
		}
	}

	/**
	 * One ratio per measured round, after as many rounds of warm-up: each round times a
	 * burst of each operation, starting with a different one each round, and hands the
	 * bursts' times, in the operations' order, to {@code ratio}.
	 */
	static double[] ratios(int rounds, int operationsPerBurst, ToDoubleFunction<long[]> ratio,
			ThrowingRunnable... operations) throws Exception {
		double[] ratios = new double[rounds];
		long[] nanos = new long[operations.length];
		for (int round = -rounds; round < rounds; round++) {
			for (int i = 0; i < operations.length; i++) {
				int operation = Math.floorMod(round + i, operations.length);
				nanos[operation] = burst(operations[operation], operationsPerBurst);
			}
			if (round >= 0) {
				ratios[round] = ratio.applyAsDouble(nanos);
			}
		}
		return ratios;
	}

	private static long burst(ThrowingRunnable operation, int operations) throws Exception {
		long start = System.nanoTime();
		for (int i = 0; i < operations; i++) {
			operation.run();
		}
		return System.nanoTime() - start;
	}

	static void report(String what, double[] ratios) {
		double[] sorted = ratios.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "%s: median %.2fx, quartiles %.2fx-%.2fx, %d rounds%n", what,
				quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75), sorted.length);
	}

	static double quantile(double[] sorted, double q) {
		return sorted[(int) Math.round(q * (sorted.length - 1))];
	}

	/**
	 * A benchmark method that may throw, such as one that waits for threads.
	 */
	@FunctionalInterface
	interface ThrowingRunnable {

		void run() throws Exception;

	}

}
