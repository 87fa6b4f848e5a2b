package org.opentok.spring.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

import org.openjdk.jmh.infra.Blackhole;

/**
 * Our tokens against their floors, measured in alternating bursts in one JVM: {@code java
 * -cp benchmarks.jar org.opentok.spring.benchmarks.FloorRatioRun [rounds]}. On a machine
 * whose speed drifts by 30 % from one JMH iteration to the next, two JMH rows taken
 * seconds apart can differ by that much; here each round times a burst of our T1 tokens
 * right beside a burst of the floor's HMAC-SHA1 (and the same for a JWT and the
 * hand-built JWT), in alternating order, and the ratio of the two is taken per round, so
 * drift slower than a round cancels out. Prints the median ratio and its quartiles over
 * all rounds, after a warm-up of as many rounds. Uses {@link TokenBenchmarks}' own
 * benchmark methods and inputs, whose setup verifies every contender's output.
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
		report("T1 vs one HMAC-SHA1 (t1Ours / t1FloorHmacSha1)", ratios(rounds, (sink) -> sink.consume(tokens.t1Ours()),
				(sink) -> sink.consume(tokens.t1FloorHmacSha1(signers)), blackhole));
		report("JWT vs the hand-built JWT (jwtOurs / jwtFloorHandBuiltJdk)",
				ratios(rounds, (sink) -> sink.consume(tokens.jwtOurs()),
						(sink) -> sink.consume(tokens.jwtFloorHandBuiltJdk(signers)), blackhole));
		tokens.tearDown();
	}

	/**
	 * The time ratios of a burst of {@code ours} to a burst of {@code floor}, one per
	 * measured round, after as many rounds of warm-up.
	 */
	static double[] ratios(int rounds, Consumer<Blackhole> ours, Consumer<Blackhole> floor, Blackhole blackhole) {
		double[] ratios = new double[rounds];
		for (int round = -rounds; round < rounds; round++) {
			boolean oursFirst = (round & 1) == 0;
			long oursNanos;
			long floorNanos;
			if (oursFirst) {
				oursNanos = burst(ours, blackhole);
				floorNanos = burst(floor, blackhole);
			}
			else {
				floorNanos = burst(floor, blackhole);
				oursNanos = burst(ours, blackhole);
			}
			if (round >= 0) {
				ratios[round] = (double) oursNanos / floorNanos;
			}
		}
		return ratios;
	}

	private static long burst(Consumer<Blackhole> operation, Blackhole blackhole) {
		long start = System.nanoTime();
		for (int i = 0; i < OPERATIONS_PER_BURST; i++) {
			operation.accept(blackhole);
		}
		return System.nanoTime() - start;
	}

	private static void report(String what, double[] ratios) {
		double[] sorted = ratios.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "%s: median %.2fx, quartiles %.2fx-%.2fx, %d rounds of %,d operations each%n",
				what, quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75), sorted.length,
				OPERATIONS_PER_BURST);
	}

	static double quantile(double[] sorted, double q) {
		return sorted[(int) Math.round(q * (sorted.length - 1))];
	}

}
