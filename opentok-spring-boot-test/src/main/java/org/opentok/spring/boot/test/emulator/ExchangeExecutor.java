package org.opentok.spring.boot.test.emulator;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Runs the HTTP server's exchanges on at most {@link #MAX_THREADS} daemon threads, and
 * cuts off a client that is slow to send its request or to take the answer.
 * <p>
 * The JDK server reads the request line and headers, and the handler reads the body and
 * writes the answer, with blocking calls on the connection's {@code SocketChannel}, in
 * the thread that runs the exchange. While that thread waits for the client, an alarm is
 * set; when it goes off, the thread is interrupted, which closes the channel (it is an
 * {@link java.nio.channels.InterruptibleChannel}): the blocked call fails and the server
 * drops the connection. The handler stops the clock while it works ({@link #working()})
 * and starts it again before it reads or writes ({@link #waitingForClient()}), so that
 * neither the work nor an injected delay counts against the client.
 * <p>
 * The JDK server has limits of its own ({@code sun.net.httpserver.maxReqTime}), but they
 * are system properties read once per JVM, in whole seconds; this one belongs to one
 * emulator. Connections with no request under way hold no thread: the JDK server closes
 * them when they stay idle ({@code sun.net.httpserver.idleInterval}, 30 s by default).
 *
 * @since 0.1.0
 */
final class ExchangeExecutor implements Executor {

	/**
	 * The most exchanges that run at once; the others wait in line.
	 */
	static final int MAX_THREADS = 32;

	private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

	private final Duration timeout;

	private final ThreadPoolExecutor exchanges;

	private final ScheduledThreadPoolExecutor alarms;

	ExchangeExecutor(int port, Duration timeout) {
		this.timeout = timeout;
		this.exchanges = new ThreadPoolExecutor(MAX_THREADS, MAX_THREADS, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), new DaemonThreads("opentok-emulator-http-" + port));
		this.exchanges.allowCoreThreadTimeOut(true);
		this.alarms = new ScheduledThreadPoolExecutor(1, new DaemonThreads("opentok-emulator-timeouts-" + port));
		this.alarms.setRemoveOnCancelPolicy(true);
	}

	@Override
	public void execute(Runnable exchange) {
		this.exchanges.execute(() -> run(exchange));
	}

	private void run(Runnable exchange) {
		Deadline deadline = new Deadline(Thread.currentThread());
		CURRENT.set(deadline);
		try {
			deadline.start();
			exchange.run();
		}
		finally {
			deadline.end();
			CURRENT.remove();
			// an alarm that went off as the exchange ended must not reach the next one
			Thread.interrupted();
		}
	}

	/**
	 * Stops the clock of the current exchange: the thread works, the client waits.
	 * @throws InterruptedIOException if the client ran out of time already
	 */
	static void working() throws InterruptedIOException {
		Deadline deadline = CURRENT.get();
		if (deadline != null) {
			deadline.stop();
		}
	}

	/**
	 * Starts the clock of the current exchange again, with the whole timeout: the thread
	 * waits for the client to send or to take data.
	 */
	static void waitingForClient() {
		Deadline deadline = CURRENT.get();
		if (deadline != null) {
			deadline.start();
		}
	}

	/**
	 * Stops running exchanges and alarms.
	 */
	void shutdown() {
		this.exchanges.shutdownNow();
		this.alarms.shutdownNow();
	}

	/**
	 * The alarm of one exchange. Its lock orders the alarm against the exchange's thread:
	 * an alarm that was stopped or replaced never interrupts.
	 */
	private final class Deadline {

		private final Thread thread;

		private long generation;

		private @Nullable ScheduledFuture<?> alarm;

		private boolean expired;

		private boolean ended;

		Deadline(Thread thread) {
			this.thread = thread;
		}

		synchronized void start() {
			cancel();
			if (this.ended || this.expired) {
				return;
			}
			long armed = this.generation;
			try {
				this.alarm = ExchangeExecutor.this.alarms.schedule(() -> expire(armed),
						ExchangeExecutor.this.timeout.toNanos(), TimeUnit.NANOSECONDS);
			}
			catch (RejectedExecutionException ex) {
				// the emulator is closing: the server drops every connection anyway
			}
		}

		synchronized void stop() throws InterruptedIOException {
			cancel();
			if (this.expired) {
				throw new InterruptedIOException("The client took longer than " + ExchangeExecutor.this.timeout);
			}
		}

		synchronized void end() {
			cancel();
			this.ended = true;
		}

		private synchronized void expire(long armed) {
			if (armed == this.generation && !this.ended) {
				this.expired = true;
				this.alarm = null;
				this.thread.interrupt();
			}
		}

		private void cancel() {
			this.generation++;
			if (this.alarm != null) {
				this.alarm.cancel(false);
				this.alarm = null;
			}
		}

	}

}
