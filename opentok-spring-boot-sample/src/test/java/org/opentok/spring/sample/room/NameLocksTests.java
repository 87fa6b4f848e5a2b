package org.opentok.spring.sample.room;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.Lock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link NameLocks}: one lock per name, a fixed number of locks for any number
 * of names.
 */
class NameLocksTests {

	private final NameLocks locks = new NameLocks();

	@Test
	void aNameAlwaysGetsTheSameLock() {
		String name = "standup";
		assertThat(this.locks.lockFor(name)).isSameAs(this.locks.lockFor(new String(name.toCharArray())));
	}

	@Test
	void anyNumberOfNamesShareAFixedSetOfLocks() {
		Set<Lock> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int i = 0; i < 100_000; i++) {
			seen.add(this.locks.lockFor(UUID.randomUUID().toString()));
		}
		assertThat(seen).hasSize(NameLocks.STRIPES);
	}

	@Test
	void similarNamesAreSpreadOverTheLocks() {
		Set<Lock> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int i = 0; i < 1000; i++) {
			seen.add(this.locks.lockFor("room-" + i));
		}
		assertThat(seen).hasSizeGreaterThan(NameLocks.STRIPES / 2);
	}

}
