package org.opentok.spring.boot.test.emulator;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit Jupiter extension that runs an {@link OpenTokEmulator} for tests without a
 * Spring application context (with one, use
 * {@link org.opentok.spring.boot.test.autoconfigure.AutoConfigureOpenTokEmulator}).
 * <p>
 * On a static field, one emulator serves the test class: it starts before the class's
 * tests (or on the first call to {@link #emulator()}, whichever comes first), is
 * {@linkplain OpenTokEmulator#reset() reset} before each test and stops after the class's
 * tests. On an instance field, each test gets an emulator of its own, stopped after the
 * test.
 *
 * <pre class="code">
 * class RoomTests {
 *
 *     &#64;RegisterExtension
 *     static final OpenTokEmulatorExtension openTok = new OpenTokEmulatorExtension();
 *
 *     &#64;Test
 *     void createsASession() {
 *         OpenTokEmulator emulator = openTok.emulator();
 *         // point the client at emulator.baseUrl() with emulator.credentials()
 *     }
 *
 * }
 * </pre>
 *
 * @since 0.1.0
 */
public final class OpenTokEmulatorExtension
		implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, AutoCloseable {

	private final OpenTokEmulator.Builder builder;

	private @Nullable OpenTokEmulator emulator;

	private @Nullable String owner;

	private boolean closed;

	/**
	 * Creates an extension for an emulator with a generated project and the default
	 * settings.
	 */
	public OpenTokEmulatorExtension() {
		this(OpenTokEmulator.builder());
	}

	/**
	 * Creates an extension for the emulator {@code builder} describes (project, port,
	 * webhook URL, ...).
	 * @param builder the emulator's settings
	 * @throws IllegalArgumentException if {@code builder} is {@code null}
	 */
	public OpenTokEmulatorExtension(OpenTokEmulator.Builder builder) {
		if (builder == null) {
			throw new IllegalArgumentException("'builder' must not be null");
		}
		this.builder = builder;
	}

	/**
	 * Returns the running emulator, starting it on first use.
	 * @return the emulator
	 * @throws IllegalStateException if the emulator was already stopped
	 */
	public synchronized OpenTokEmulator emulator() {
		if (this.closed) {
			throw new IllegalStateException("The OpenTok emulator of this extension was stopped");
		}
		if (this.emulator == null) {
			this.emulator = this.builder.start();
		}
		return this.emulator;
	}

	/**
	 * Starts the emulator for the class that registered this extension; its nested
	 * classes share it.
	 * @param context the class's context
	 */
	@Override
	public synchronized void beforeAll(ExtensionContext context) {
		if (this.owner == null) {
			this.owner = context.getUniqueId();
			emulator();
		}
	}

	/**
	 * Resets an emulator the class shares, so that each test starts from an empty one;
	 * starts the test's own emulator otherwise.
	 * @param context the test's context
	 */
	@Override
	public synchronized void beforeEach(ExtensionContext context) {
		if (this.owner != null) {
			emulator().reset();
		}
		else {
			emulator();
		}
	}

	/**
	 * Stops the test's own emulator (an emulator the class shares outlives the test).
	 * @param context the test's context
	 */
	@Override
	public synchronized void afterEach(ExtensionContext context) {
		if (this.owner == null) {
			close();
		}
	}

	/**
	 * Stops the emulator after the tests of the class that registered this extension.
	 * @param context the class's context
	 */
	@Override
	public synchronized void afterAll(ExtensionContext context) {
		if (context.getUniqueId().equals(this.owner)) {
			close();
		}
	}

	/**
	 * Stops the emulator, if it was started; this extension cannot be used afterwards.
	 */
	@Override
	public synchronized void close() {
		this.closed = true;
		if (this.emulator != null) {
			this.emulator.close();
		}
	}

}
