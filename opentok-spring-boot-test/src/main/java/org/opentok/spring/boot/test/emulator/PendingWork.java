package org.opentok.spring.boot.test.emulator;

import java.time.Duration;

/**
 * Counts work the emulator does in the background (lifecycle changes, webhook
 * deliveries), so that tests can wait until it is all done.
 *
 * @since 0.1.0
 */
final class PendingWork {

	private int pending;

	synchronized void begin() {
		this.pending++;
	}

	synchronized void end() {
		this.pending--;
		if (this.pending == 0) {
			notifyAll();
		}
	}

	synchronized boolean await(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.pending > 0) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			wait(Math.max(1, left / 1_000_000));
		}
		return true;
	}

}
