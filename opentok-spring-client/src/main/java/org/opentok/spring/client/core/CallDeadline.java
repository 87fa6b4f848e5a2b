package org.opentok.spring.client.core;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * The deadline of one call, retries included. When it passes, a timer aborts the exchange
 * in flight (the HTTP client's request, or the response being read) and interrupts the
 * calling thread, which ends a wait on a future, a connection pool or a socket the abort
 * closed; reads of a response body also check it. Read timeouts alone cannot bound a
 * call: a server that sends a byte, or an interim {@code 1xx} answer, just before each
 * read timeout holds it for ever.
 *
 * <p>
 * One instance per call, used by the calling thread and the timer only.
 */
final class CallDeadline implements AutoCloseable {

	private static final ThreadLocal<CallDeadline> CURRENT = new ThreadLocal<>();

	private static final ScheduledThreadPoolExecutor TIMER = timer();

	private final Thread caller;

	private final long deadlineNanos;

	private final ScheduledFuture<?> expiry;

	private @Nullable AutoCloseable inFlight;

	private volatile boolean expired;

	private boolean closed;

	private CallDeadline(Duration timeout) {
		this.caller = Thread.currentThread();
		this.deadlineNanos = System.nanoTime() + timeout.toNanos();
		this.expiry = TIMER.schedule(this::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
	}

	/**
	 * Starts the deadline of a call made by the current thread.
	 * @param timeout the time the whole call may take
	 * @return the deadline; close it when the call ends
	 */
	static CallDeadline start(Duration timeout) {
		CallDeadline deadline = new CallDeadline(timeout);
		CURRENT.set(deadline);
		return deadline;
	}

	/**
	 * Returns the deadline of the call the current thread is making.
	 * @return the deadline, or {@code null} outside a call
	 */
	static @Nullable CallDeadline current() {
		return CURRENT.get();
	}

	/**
	 * Names what the timer closes if the deadline passes while it is in flight: the
	 * exchange that is being made now. Closes it at once when the deadline has passed.
	 * @param exchange how to abort the exchange
	 */
	void abortOnExpiry(AutoCloseable exchange) {
		boolean abortNow;
		synchronized (this) {
			abortNow = this.expired;
			this.inFlight = exchange;
		}
		if (abortNow) {
			closeQuietly(exchange);
		}
	}

	/**
	 * Returns whether the deadline has passed.
	 * @return {@code true} once the time is up
	 */
	boolean expired() {
		return this.expired || System.nanoTime() - this.deadlineNanos >= 0;
	}

	/**
	 * Returns the time left.
	 * @return the time left, zero or more
	 */
	Duration remaining() {
		return Duration.ofNanos(Math.max(0, this.deadlineNanos - System.nanoTime()));
	}

	private void expire() {
		AutoCloseable exchange;
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.expired = true;
			exchange = this.inFlight;
			this.caller.interrupt();
		}
		if (exchange != null) {
			closeQuietly(exchange);
		}
	}

	/**
	 * Ends the call: stops the timer and, if it interrupted the caller, clears the
	 * interrupt it caused.
	 */
	@Override
	public void close() {
		this.expiry.cancel(false);
		CURRENT.remove();
		boolean interruptedByTimer;
		synchronized (this) {
			this.closed = true;
			interruptedByTimer = this.expired;
		}
		if (interruptedByTimer) {
			Thread.interrupted();
		}
	}

	private static void closeQuietly(AutoCloseable exchange) {
		try {
			exchange.close();
		}
		catch (Exception ex) {
			// aborting is best effort: the interrupt and the read checks still end the
			// call
		}
	}

	private static ScheduledThreadPoolExecutor timer() {
		ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "opentok-call-deadline");
			thread.setDaemon(true);
			return thread;
		});
		timer.setRemoveOnCancelPolicy(true);
		return timer;
	}

}
