package org.opentok.spring.benchmarks;

import java.util.concurrent.ThreadFactory;

/**
 * Finds the JDK's virtual threads at run time, so that this module still builds for Java
 * 17: {@code Thread.ofVirtual().factory()}, called reflectively.
 *
 * @since 0.1.0
 */
final class VirtualThreads {

	private VirtualThreads() {
	}

	/**
	 * Returns a factory of virtual threads.
	 * @return the factory
	 * @throws IllegalStateException on a JDK without virtual threads (before 21)
	 */
	static ThreadFactory factory() {
		try {
			Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
			Class<?> builderType = Class.forName("java.lang.Thread$Builder");
			return (ThreadFactory) builderType.getMethod("factory").invoke(builder);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Virtual threads need Java 21 or newer; this is Java " + Runtime.version()
					+ ": run with a newer JDK (java -jar, or JMH's -jvm)", ex);
		}
	}

	/**
	 * Whether this JDK has virtual threads.
	 * @return whether {@link #factory()} works
	 */
	static boolean available() {
		return Runtime.version().feature() >= 21;
	}

}
