package org.opentok.spring.sample.room;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of locks shared out by room name: one name always gets the same lock, so
 * that work on one name is done one caller at a time, and however many names are used the
 * memory stays the same. Names that share a lock wait for each other, which is rare and
 * brief (one session creation). {@link ReentrantLock}s, not monitors, so that virtual
 * threads waiting for one do not pin their carrier.
 *
 * @since 0.1.0
 */
final class NameLocks {

	static final int STRIPES = 64;

	private final Lock[] locks = new Lock[STRIPES];

	NameLocks() {
		for (int i = 0; i < STRIPES; i++) {
			this.locks[i] = new ReentrantLock();
		}
	}

	/**
	 * Returns the lock of a name.
	 * @param name the name
	 * @return its lock, the same at every call
	 */
	Lock lockFor(String name) {
		int hash = name.hashCode();
		return this.locks[(hash ^ (hash >>> 16)) & (STRIPES - 1)];
	}

}
