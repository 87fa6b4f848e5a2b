package org.opentok.spring.boot.test.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import org.jspecify.annotations.Nullable;

/**
 * Faults the emulator injects into the next API calls, in the order they were queued:
 * {@code faults.failNext(2, 503).delayNext(1, Duration.ofSeconds(3))} fails the next two
 * calls with 503 and answers the third one 3 s late. A failed call changes nothing, like
 * a request the service never processed. Calls to the emulator's own download URLs are
 * never faulted.
 *
 * @since 0.1.0
 */
public final class EmulatorFaults {

	private final Deque<Fault> queued = new ArrayDeque<>();

	EmulatorFaults() {
	}

	/**
	 * Makes the next calls fail with a status and OpenTok's JSON error body.
	 * @param times how many calls fail
	 * @param status the HTTP status, 400 to 599
	 * @return these faults
	 */
	public EmulatorFaults failNext(int times, int status) {
		return failNext(times, status, null);
	}

	/**
	 * Makes the next calls fail with a status and a {@code Retry-After} header, as a
	 * rate-limited (429) or unavailable (503) service answers.
	 * @param times how many calls fail
	 * @param status the HTTP status, 400 to 599
	 * @param retryAfter the {@code Retry-After} value (whole seconds), or {@code null}
	 * for none
	 * @return these faults
	 */
	public EmulatorFaults failNext(int times, int status, @Nullable Duration retryAfter) {
		if (status < 400 || status > 599) {
			throw new IllegalArgumentException("'status' must be between 400 and 599, got " + status);
		}
		return add(times, new Fault(Kind.FAIL, status, retryAfter));
	}

	/**
	 * Makes the next calls answer late; they are processed normally after the delay.
	 * @param times how many calls are slow
	 * @param delay how late they answer
	 * @return these faults
	 */
	public EmulatorFaults delayNext(int times, Duration delay) {
		if (delay == null || delay.isNegative()) {
			throw new IllegalArgumentException("'delay' must be zero or positive");
		}
		return add(times, new Fault(Kind.DELAY, 0, delay));
	}

	/**
	 * Makes the next calls end with a closed connection and no answer, as a network
	 * failure would.
	 * @param times how many calls are dropped
	 * @return these faults
	 */
	public EmulatorFaults dropNext(int times) {
		return add(times, new Fault(Kind.DROP, 0, null));
	}

	/**
	 * Forgets the faults not injected yet.
	 */
	public synchronized void clear() {
		this.queued.clear();
	}

	/**
	 * Returns how many calls still get a fault.
	 * @return the number of queued faults
	 */
	public synchronized int pending() {
		return this.queued.size();
	}

	private synchronized EmulatorFaults add(int times, Fault fault) {
		if (times < 1) {
			throw new IllegalArgumentException("'times' must be at least 1, got " + times);
		}
		for (int i = 0; i < times; i++) {
			this.queued.addLast(fault);
		}
		return this;
	}

	synchronized @Nullable Fault next() {
		return this.queued.pollFirst();
	}

	enum Kind {

		FAIL, DELAY, DROP

	}

	record Fault(Kind kind, int status, @Nullable Duration duration) {

	}

}
