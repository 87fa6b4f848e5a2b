package org.opentok.spring.client.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
public final class CallDeadline implements AutoCloseable {

	private static final ThreadLocal<CallDeadline> CURRENT = new ThreadLocal<>();

	private static final ScheduledThreadPoolExecutor TIMER = timer();

	private final Thread caller;

	private final long deadlineNanos;

	private final ScheduledFuture<?> expiry;

	private final List<AutoCloseable> inFlight = new ArrayList<>(2);

	private boolean aborted;

	private boolean interrupted;

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
	public static CallDeadline start(Duration timeout) {
		CallDeadline deadline = new CallDeadline(timeout);
		CURRENT.set(deadline);
		return deadline;
	}

	/**
	 * Returns the deadline of the call the current thread is making.
	 * @return the deadline, or {@code null} outside a call
	 */
	public static @Nullable CallDeadline current() {
		return CURRENT.get();
	}

	/**
	 * Adds what the deadline closes, in the order added, if it passes while the exchange
	 * is in flight: the HTTP client's request, the body of its response. Closes it at
	 * once when the exchange was already aborted.
	 * @param exchange how to abort (part of) the exchange
	 */
	public void abortOnExpiry(AutoCloseable exchange) {
		boolean abortNow;
		synchronized (this) {
			abortNow = this.aborted;
			if (!abortNow) {
				this.inFlight.add(exchange);
			}
		}
		if (abortNow) {
			closeQuietly(exchange);
		}
	}

	/**
	 * Returns whether the deadline has passed.
	 * @return {@code true} once the time is up
	 */
	public boolean expired() {
		return System.nanoTime() - this.deadlineNanos >= 0;
	}

	/**
	 * Returns the time left.
	 * @return the time left, zero or more
	 */
	public Duration remaining() {
		return Duration.ofNanos(Math.max(0, this.deadlineNanos - System.nanoTime()));
	}

	/**
	 * Aborts the exchange in flight if the deadline has passed, before the timer does: a
	 * response cut off by the deadline must not be drained.
	 */
	public void abortIfExpired() {
		if (expired()) {
			abort();
		}
	}

	private void expire() {
		abort();
		synchronized (this) {
			if (!this.closed) {
				// after the aborts: a reader they woke must not find the interrupt first
				this.interrupted = true;
				this.caller.interrupt();
			}
		}
	}

	private void abort() {
		List<AutoCloseable> exchange;
		synchronized (this) {
			this.aborted = true;
			exchange = List.copyOf(this.inFlight);
			this.inFlight.clear();
		}
		exchange.forEach(CallDeadline::closeQuietly);
	}

	/**
	 * Ends the call: stops the timer, aborts what the deadline cut off and, if the timer
	 * interrupted the caller, clears the interrupt it caused.
	 */
	@Override
	public void close() {
		this.expiry.cancel(false);
		CURRENT.remove();
		abortIfExpired();
		boolean interruptedByTimer;
		synchronized (this) {
			this.closed = true;
			interruptedByTimer = this.interrupted;
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
			// aborting is best effort: the interrupt
			// and the read checks still end the call
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
