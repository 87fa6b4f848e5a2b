package org.opentok.spring.boot.autoconfigure.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.opentok.spring.boot.autoconfigure.webhook.ReplayMemory.Fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ReplayMemory}: replays recognised, windows ended forgotten, memory
 * capped, one first delivery among concurrent ones.
 */
class ReplayMemoryTests {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	@Test
	void recognisesASecondDeliveryWithinTheWindow() {
		ReplayMemory memory = new ReplayMemory(10);
		assertThat(memory.remember(fingerprint(1), NOW.plusSeconds(60), NOW)).isTrue();
		assertThat(memory.remember(fingerprint(1), NOW.plusSeconds(60), NOW.plusSeconds(60))).isFalse();
		assertThat(memory.remember(fingerprint(2), NOW.plusSeconds(60), NOW)).isTrue();
		assertThat(memory.size()).isEqualTo(2);
	}

	@Test
	void forgetsCallbacksWhoseWindowEnded() {
		ReplayMemory memory = new ReplayMemory(10);
		memory.remember(fingerprint(1), NOW.plusSeconds(10), NOW);
		memory.remember(fingerprint(2), NOW.plusSeconds(60), NOW);
		memory.remember(fingerprint(3), NOW.plusSeconds(30), NOW);
		assertThat(memory.remember(fingerprint(4), NOW.plusSeconds(400), NOW.plusSeconds(31))).isTrue();
		assertThat(memory.size()).as("1 and 3 ended").isEqualTo(2);
		assertThat(memory.remember(fingerprint(1), NOW.plusSeconds(400), NOW.plusSeconds(31))).isTrue();
		assertThat(memory.remember(fingerprint(2), NOW.plusSeconds(60), NOW.plusSeconds(31))).isFalse();
	}

	@Test
	void neverHoldsMoreThanItsCapForgettingTheWindowThatEndsFirst() {
		ReplayMemory memory = new ReplayMemory(3);
		for (int i = 0; i < 1000; i++) {
			assertThat(memory.remember(fingerprint(i), NOW.plusSeconds(360 + i), NOW)).isTrue();
			assertThat(memory.size()).isLessThanOrEqualTo(3);
		}
		assertThat(memory.remember(fingerprint(999), NOW.plusSeconds(1359), NOW)).isFalse();
		assertThat(memory.remember(fingerprint(998), NOW.plusSeconds(1358), NOW)).isFalse();
		assertThat(memory.remember(fingerprint(997), NOW.plusSeconds(1357), NOW)).isFalse();
		assertThat(memory.remember(fingerprint(0), NOW.plusSeconds(360), NOW)).as("forgotten to make room").isTrue();
		assertThat(memory.size()).isEqualTo(3);
	}

	@Test
	void forgetsOnRequest() {
		ReplayMemory memory = new ReplayMemory(3);
		memory.remember(fingerprint(1), NOW.plusSeconds(60), NOW);
		memory.forget(fingerprint(1));
		memory.forget(fingerprint(2));
		assertThat(memory.size()).isZero();
		assertThat(memory.remember(fingerprint(1), NOW.plusSeconds(60), NOW)).isTrue();
	}

	@Test
	void onlyOneOfConcurrentDeliveriesIsTheFirst() throws Exception {
		ReplayMemory memory = new ReplayMemory(100);
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int round = 0; round < 200; round++) {
				Fingerprint fingerprint = fingerprint(round);
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Boolean>> firsts = new ArrayList<>();
				for (int i = 0; i < threads; i++) {
					firsts.add(pool.submit(() -> {
						start.await();
						return memory.remember(fingerprint, NOW.plusSeconds(60), NOW);
					}));
				}
				start.countDown();
				int first = 0;
				for (Future<Boolean> result : firsts) {
					first += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
				}
				assertThat(first).as("round %d", round).isOne();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(memory.size()).isEqualTo(100);
	}

	@Test
	void refusesACapBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReplayMemory(0))
			.withMessage("'maxEntries' must be at least 1, got 0");
	}

	private static Fingerprint fingerprint(int i) {
		return Fingerprint.of(Sha256.digest(Integer.toString(i)));
	}

}
