package org.opentok.spring.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ScratchPool}.
 */
class ScratchPoolTests {

	@Test
	void slotsAreRoundedUpToAPowerOfTwoAndCapped() {
		assertThat(new ScratchPool<>(Object::new, 1).capacity()).isEqualTo(1);
		assertThat(new ScratchPool<>(Object::new, 5).capacity()).isEqualTo(8);
		assertThat(new ScratchPool<>(Object::new, 8).capacity()).isEqualTo(8);
		assertThat(new ScratchPool<>(Object::new, 1000).capacity()).isEqualTo(64);
	}

	@Test
	void anObjectGivenBackIsTakenAgainInsteadOfMakingOne() {
		AtomicInteger made = new AtomicInteger();
		ScratchPool<Object> pool = new ScratchPool<>(() -> made.incrementAndGet(), 4);
		Object first = pool.acquire();
		pool.release(first);
		assertThat(pool.acquire()).isSameAs(first);
		assertThat(made).hasValue(1);
	}

	@Test
	void anObjectIsNeverHeldByTwoCallersAtOnce() {
		ScratchPool<Object> pool = new ScratchPool<>(Object::new, 4);
		Object first = pool.acquire();
		Object second = pool.acquire();
		assertThat(second).isNotSameAs(first);
		pool.release(first);
		pool.release(second);
		assertThat(List.of(pool.acquire(), pool.acquire())).containsExactlyInAnyOrder(first, second);
	}

	@Test
	void aFullPoolDropsWhatIsGivenBack() {
		ScratchPool<Object> pool = new ScratchPool<>(Object::new, 2);
		List<Object> held = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			held.add(pool.acquire());
		}
		held.forEach(pool::release);
		Set<Object> taken = Set.of(pool.acquire(), pool.acquire());
		assertThat(held).containsAll(taken);
		assertThat(held).doesNotContain(pool.acquire());
	}

	@Test
	void freshThreadsNeverShareAnObject() throws InterruptedException {
		ScratchPool<int[]> pool = new ScratchPool<>(() -> new int[1], 8);
		Set<int[]> inUse = ConcurrentHashMap.newKeySet();
		AtomicInteger clashes = new AtomicInteger();
		// a new platform thread per task: what a virtual
		// thread per request does to per-thread state
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			Thread thread = new Thread(() -> {
				for (int j = 0; j < 200; j++) {
					int[] scratch = pool.acquire();
					if (!inUse.add(scratch)) {
						clashes.incrementAndGet();
					}
					scratch[0]++;
					inUse.remove(scratch);
					pool.release(scratch);
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(clashes).hasValue(0);
	}

}
