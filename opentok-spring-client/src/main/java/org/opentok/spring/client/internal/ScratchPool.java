package org.opentok.spring.client.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A small lock-free pool of reusable objects that are not thread-safe, such as a keyed
 * {@code Signature} or a token's buffers. Token signing took such objects from a
 * {@code ThreadLocal}, which a virtual thread per request (Spring Boot's
 * {@code spring.threads.virtual.enabled}) rebuilt for every token; from a pool, a fresh
 * thread takes one that another thread has given back. Taking costs a compare-and-set,
 * giving back a release store, and neither allocates; when every slot is taken, the pool
 * makes a new object, and when every slot is full, the object given back is left to the
 * garbage collector, so the pool never blocks and never grows beyond its slots.
 *
 * @param <T> the type of the pooled objects
 * @since 0.1.0
 */
public final class ScratchPool<T> {

	/**
	 * The most slots a pool has, however many cores: more threads than this signing at
	 * the same instant only make a few more objects.
	 */
	private static final int MAX_SLOTS = 64;

	private final AtomicReferenceArray<@Nullable T> slots;

	private final int mask;

	private final Supplier<T> factory;

	/**
	 * Creates an empty pool with four slots per core, up to {@value #MAX_SLOTS}.
	 * @param factory makes an object when none is free
	 */
	public ScratchPool(Supplier<T> factory) {
		this(factory, Runtime.getRuntime().availableProcessors() * 4);
	}

	/**
	 * Creates an empty pool.
	 * @param factory makes an object when none is free
	 * @param slots how many objects the pool keeps at most, rounded up to a power of two
	 * (at most {@value #MAX_SLOTS})
	 */
	public ScratchPool(Supplier<T> factory, int slots) {
		int size = Math.min(MAX_SLOTS, (slots <= 1) ? 1 : Integer.highestOneBit(slots - 1) << 1);
		this.slots = new AtomicReferenceArray<>(size);
		this.mask = size - 1;
		this.factory = factory;
	}

	/**
	 * Takes a free object from the pool, or makes one when none is free. The caller owns
	 * it until it gives it back with {@link #release(Object)}.
	 * @return an object no other thread holds
	 */
	public T acquire() {
		int start = home();
		for (int i = 0; i <= this.mask; i++) {
			int index = (start + i) & this.mask;
			T item = this.slots.get(index);
			if (item != null && this.slots.compareAndSet(index, item, null)) {
				return item;
			}
		}
		return this.factory.get();
	}

	/**
	 * Gives an object back for another caller to take; the caller must not use it
	 * afterwards.
	 * @param item the object, taken from this pool
	 */
	public void release(T item) {
		int start = home();
		for (int i = 0; i <= this.mask; i++) {
			int index = (start + i) & this.mask;
			if (this.slots.get(index) == null) {
				// a release store, no compare-and-set: should another thread fill
				// the slot at the same instant, one of the two objects is dropped,
				// which only costs making another later; taking stays exclusive
				this.slots.setRelease(index, item);
				return;
			}
		}
	}

	/**
	 * Returns how many slots the pool has.
	 * @return the number of slots
	 */
	public int capacity() {
		return this.mask + 1;
	}

	/**
	 * The slot a thread looks at first: threads that keep running (platform threads) keep
	 * finding their own object there, uncontended.
	 */
	@SuppressWarnings("deprecation") // Thread.threadId() is Java 19+, getId() the same
	private static int home() {
		long id = Thread.currentThread().getId();
		return (int) ((id * 0x9E3779B97F4A7C15L) >>> 32);
	}

	@Override
	public String toString() {
		return "ScratchPool[capacity=" + capacity() + "]";
	}

}
