package org.opentok.spring.boot.emulator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;

/**
 * Starts an {@link OpenTokEmulator} from command-line options: the main class of
 * {@code opentok-spring-boot-emulator.jar}, usable in a JVM too with
 * {@link #start(String...)}.
 *
 * <pre class="code">
 * try (StandaloneEmulator emulator = EmulatorLauncher.start("--port", "0")) {
 *     URI apiUrl = emulator.baseUrl();
 * }
 * </pre>
 *
 * @since 0.1.0
 */
public final class EmulatorLauncher {

	/**
	 * The exit status for bad options.
	 */
	static final int USAGE_ERROR = 2;

	private static final SecureRandom RANDOM = new SecureRandom();

	private EmulatorLauncher() {
	}

	/**
	 * Starts an emulator as the command line says; {@code --help} is ignored here. The
	 * control API is on, with the {@code --control-token} or a random token.
	 * @param args the options, as {@link #main(String...)} takes them
	 * @return the running emulator
	 * @throws IllegalArgumentException if an option is unknown or has a bad value
	 * @throws IllegalStateException if another emulator uses the state directory or its
	 * files cannot be read
	 * @throws UncheckedIOException if the port cannot be bound or the state directory
	 * cannot be written
	 */
	public static StandaloneEmulator start(String... args) {
		return start(LauncherOptions.parse(args));
	}

	private static StandaloneEmulator start(LauncherOptions options) {
		String token = (options.controlToken() != null) ? options.controlToken() : randomToken();
		return new StandaloneEmulator(options.builder(token).start(), token, options);
	}

	private static String randomToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * Runs the emulator until the JVM is stopped (Ctrl-C or a TERM signal), then stops it
	 * cleanly. Prints the URL and the credentials to use; {@code --help} prints the
	 * options. Bad options end the JVM with status 2, a failure to start with status 1.
	 * @param args the options
	 */
	public static void main(String... args) {
		int status = run(args, System.out, System.err);
		if (status != 0) {
			System.exit(status);
		}
	}

	/**
	 * Runs the emulator and waits until the JVM stops it.
	 * @param args the options
	 * @param out where the help and the start-up lines go
	 * @param err where errors go
	 * @return the exit status: 0 after {@code --help}, 2 for bad options, 1 if the
	 * emulator could not start; does not return while the emulator runs
	 */
	static int run(String[] args, PrintStream out, PrintStream err) {
		StandaloneEmulator emulator;
		try {
			LauncherOptions options = LauncherOptions.parse(args);
			if (options.help()) {
				out.print(LauncherOptions.USAGE);
				out.flush();
				return 0;
			}
			emulator = start(options);
		}
		catch (IllegalArgumentException ex) {
			err.println("opentok-emulator: " + ex.getMessage());
			err.println("Run with --help for the options.");
			return USAGE_ERROR;
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			err.println("opentok-emulator: cannot start: " + ex.getMessage()
					+ ((ex.getCause() != null) ? " (" + ex.getCause().getMessage() + ")" : ""));
			return 1;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.close();
			out.println("OpenTok emulator stopped");
			out.flush();
			stopped.countDown();
		}, "opentok-emulator-shutdown"));
		out.print(emulator.describe());
		out.flush();
		awaitUninterruptibly(stopped);
		return 0;
	}

	private static void awaitUninterruptibly(CountDownLatch latch) {
		boolean interrupted = false;
		while (latch.getCount() > 0) {
			try {
				latch.await();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
