package org.opentok.spring.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import com.opentok.OpenTok;
import com.opentok.exception.OpenTokException;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.token.TokenFormat;
import org.opentok.spring.client.token.TokenGenerator;

/**
 * Makes a million tokens in a fresh JVM, for the whole-process wall time that JMH does
 * not show: {@code java -cp benchmarks.jar org.opentok.spring.benchmarks.BulkRun
 * ours|sdk T1|JWT [count] [--verify]}. Prints the JVM's uptime when the tokens are made,
 * and with {@code --verify} checks every token afterwards (signature, session, and that
 * all are distinct).
 *
 * @since 0.1.0
 */
public final class BulkRun {

	private BulkRun() {
	}

	/**
	 * Runs one bulk generation.
	 * @param args contender ({@code ours} or {@code sdk}), format ({@code T1} or
	 * {@code JWT}), optional count (default 1,000,000), optional {@code --verify}
	 * @throws OpenTokException never with these inputs
	 */
	public static void main(String[] args) throws OpenTokException {
		String contender = (args.length > 0) ? args[0] : "ours";
		TokenFormat format = TokenFormat.valueOf((args.length > 1) ? args[1].toUpperCase(Locale.ROOT) : "T1");
		int count = (args.length > 2 && !args[2].startsWith("--")) ? Integer.parseInt(args[2]) : 1_000_000;
		boolean verify = List.of(args).contains("--verify");
		long start = System.nanoTime();
		List<String> tokens = generate(contender, format, count);
		long generated = System.nanoTime();
		System.out.printf(Locale.ROOT, "%s %s: %,d tokens in %d ms (JVM up %d ms)%n", contender, format, tokens.size(),
				(generated - start) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime());
		if (verify) {
			tokens.parallelStream()
				.forEach((format == TokenFormat.T1) ? TokenChecks::verifiedT1 : TokenChecks::verifiedHs256);
			if (new HashSet<>(tokens).size() != count) {
				throw new IllegalStateException("Tokens are not all distinct");
			}
			System.out.printf(Locale.ROOT, "verified all %,d: signatures, session, distinct%n", count);
		}
	}

	private static List<String> generate(String contender, TokenFormat format, int count) throws OpenTokException {
		if (contender.equals("sdk")) {
			if (format != TokenFormat.T1) {
				throw new IllegalArgumentException("The official SDK 4.9.0 makes T1 tokens only");
			}
			BulkBenchmarks sdk = new BulkBenchmarks();
			sdk.count = count;
			sdk.setUp();
			try {
				return sdk.t1OfficialSdk();
			}
			finally {
				sdk.tearDown();
			}
		}
		TokenGenerator ours = new TokenGenerator(OpenTokCredentials.project(Fixtures.API_KEY, Fixtures.API_SECRET));
		return ours.generate(Fixtures.SESSION_ID, BulkBenchmarks.options(format), count);
	}

}
