package org.opentok.spring.boot.autoconfigure.webhook;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The signed callbacks accepted so far, each remembered until its signature window ends
 * (after that the guard refuses it anyway), so that a replay within the window is
 * recognised. Memory is bounded: past {@code maxEntries}, the callback whose window ends
 * first is forgotten. Thread-safe; every operation is a short critical section.
 *
 * @since 0.1.0
 */
final class ReplayMemory {

	/**
	 * How many callbacks are remembered at most: about 100 bytes each, so a few MB, and
	 * enough for 130 callbacks a second over a window of 6 minutes.
	 */
	static final int DEFAULT_MAX_ENTRIES = 50_000;

	private static final Comparator<Remembered> BY_WINDOW_END = Comparator.comparing(Remembered::windowEnd)
		.thenComparingLong((remembered) -> remembered.fingerprint().high())
		.thenComparingLong((remembered) -> remembered.fingerprint().low());

	private final int maxEntries;

	private final Map<Fingerprint, Instant> windowEnds = new HashMap<>();

	private final NavigableSet<Remembered> byWindowEnd = new TreeSet<>(BY_WINDOW_END);

	ReplayMemory(int maxEntries) {
		if (maxEntries < 1) {
			throw new IllegalArgumentException("'maxEntries' must be at least 1, got " + maxEntries);
		}
		this.maxEntries = maxEntries;
	}

	/**
	 * Remembers a callback, unless it is remembered already.
	 * @param fingerprint the callback's fingerprint
	 * @param windowEnd the last instant at which its signature is accepted
	 * @param now the current instant, before which ended windows are forgotten
	 * @return {@code true} the first time, {@code false} for a replay
	 */
	synchronized boolean remember(Fingerprint fingerprint, Instant windowEnd, Instant now) {
		forgetEndedBefore(now);
		if (this.windowEnds.containsKey(fingerprint)) {
			return false;
		}
		if (this.windowEnds.size() >= this.maxEntries) {
			this.windowEnds.remove(this.byWindowEnd.pollFirst().fingerprint());
		}
		this.windowEnds.put(fingerprint, windowEnd);
		this.byWindowEnd.add(new Remembered(windowEnd, fingerprint));
		return true;
	}

	/**
	 * Forgets a callback, so that it is accepted again.
	 * @param fingerprint the callback's fingerprint
	 */
	synchronized void forget(Fingerprint fingerprint) {
		Instant windowEnd = this.windowEnds.remove(fingerprint);
		if (windowEnd != null) {
			this.byWindowEnd.remove(new Remembered(windowEnd, fingerprint));
		}
	}

	synchronized int size() {
		return this.windowEnds.size();
	}

	private void forgetEndedBefore(Instant now) {
		while (!this.byWindowEnd.isEmpty() && this.byWindowEnd.first().windowEnd().isBefore(now)) {
			this.windowEnds.remove(this.byWindowEnd.pollFirst().fingerprint());
		}
	}

	/**
	 * The first 128 bits of a callback's SHA-256 digest: collisions are out of reach.
	 *
	 * @param high the first 64 bits
	 * @param low the next 64 bits
	 */
	record Fingerprint(long high, long low) {

		static Fingerprint of(byte[] sha256) {
			ByteBuffer digest = ByteBuffer.wrap(sha256);
			return new Fingerprint(digest.getLong(), digest.getLong());
		}

	}

	private record Remembered(Instant windowEnd, Fingerprint fingerprint) {

	}

}
