package org.opentok.spring.boot.test.autoconfigure;

import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * BlockHound, installed once per JVM with every integration on the class path (Reactor's
 * and Netty's, which mark their scheduler and event-loop threads as non-blocking): a
 * blocking call on such a thread is recorded here and fails with a
 * {@link BlockingOperationError}.
 */
final class BlockingCalls {

	private static final List<String> calls = new CopyOnWriteArrayList<>();

	static {
		BlockHound.Builder builder = BlockHound.builder();
		ServiceLoader.load(BlockHoundIntegration.class).forEach(builder::with);
		builder.blockingMethodCallback((method) -> {
			calls.add(method.toString() + " on " + Thread.currentThread().getName());
			throw new BlockingOperationError(method);
		}).install();
	}

	private BlockingCalls() {
	}

	/**
	 * Installs BlockHound, unless it is installed already, and forgets the calls recorded
	 * so far.
	 */
	static void installAndClear() {
		calls.clear();
	}

	/**
	 * Returns the blocking calls made on non-blocking threads since the last
	 * {@link #installAndClear()}.
	 * @return the calls, each as its method and thread
	 */
	static List<String> recorded() {
		return List.copyOf(calls);
	}

}
