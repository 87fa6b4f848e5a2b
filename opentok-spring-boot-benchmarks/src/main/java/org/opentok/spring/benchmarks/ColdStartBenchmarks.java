package org.opentok.spring.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import org.opentok.spring.client.OpenTok;

/**
 * The same two applications as {@link StartupBenchmarks}, each started once in a fresh
 * JVM (a single shot per fork, no warm-up): what the starter adds to an application's
 * first start, class loading and interpreted code included. Runs of one JVM vary by about
 * 100 ms here, hence the 30 forks.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(30)
public class ColdStartBenchmarks {

	/**
	 * Starts and stops an application that gets every OpenTok bean, in a fresh JVM.
	 * @return the OpenTok facade, taken while the context was up
	 */
	@Benchmark
	public OpenTok refreshWithOpenTok() {
		return StartupBenchmarks.runWithOpenTok();
	}

	/**
	 * Starts and stops the same application without the OpenTok auto-configurations, in a
	 * fresh JVM.
	 * @return the number of beans the context had
	 */
	@Benchmark
	public int refreshWithoutOpenTok() {
		return StartupBenchmarks.runWithoutOpenTok();
	}

}
