package org.opentok.spring.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/**
 * {@link TokenBenchmarks} on two threads sharing one generator (and one SDK instance), as
 * a server making tokens for concurrent requests would.
 *
 * @since 0.1.0
 */
@Threads(2)
public class TokenBenchmarksTwoThreads extends TokenBenchmarks {

}
