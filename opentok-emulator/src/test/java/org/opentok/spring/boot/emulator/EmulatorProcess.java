package org.opentok.spring.boot.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator in a JVM of its own, as {@code java -cp ...} or {@code java -jar} starts
 * it, with its output kept line by line.
 */
final class EmulatorProcess implements AutoCloseable {

	private static final Pattern URL = Pattern.compile("^OpenTok emulator listening at (\\S+)$");

	private static final Pattern PROJECT = Pattern.compile("^  Project: +API key (\\d+)  API secret (\\S+)$");

	private static final Pattern CONTROL = Pattern.compile("Authorization: Bearer (\\S+)$");

	private final Process process;

	private final Path output;

	private EmulatorProcess(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	/**
	 * Starts the launcher's main class on this JVM's class path.
	 */
	static EmulatorProcess start(Path directory, String... args) throws IOException {
		return start(directory, List.of("-cp", System.getProperty("java.class.path"), EmulatorLauncher.class.getName()),
				args);
	}

	/**
	 * Starts the packaged jar.
	 */
	static EmulatorProcess startJar(Path directory, Path jar, String... args) throws IOException {
		return start(directory, List.of("-jar", jar.toAbsolutePath().toString()), args);
	}

	// the output goes to a file: a pipe read while the process exits may lose its end
	private static EmulatorProcess start(Path directory, List<String> launch, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(launch);
		command.addAll(List.of(args));
		Path output = Files.createTempFile(directory, "emulator-", ".log");
		return new EmulatorProcess(new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start(), output);
	}

	EmulatorProcess awaitReady() throws InterruptedException, IOException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!lines().contains("Press Ctrl-C to stop.")) {
			assertThat(this.process.isAlive()).as("running; output:%n%s", output()).isTrue();
			assertThat(System.nanoTime()).as("started within 60 s; output:%n%s", output()).isLessThan(deadline);
			Thread.sleep(50);
		}
		return this;
	}

	URI baseUrl() {
		return URI.create(find(URL).group(1));
	}

	String apiKey() {
		return find(PROJECT).group(1);
	}

	String apiSecret() {
		return find(PROJECT).group(2);
	}

	String controlToken() {
		return find(CONTROL).group(1);
	}

	private Matcher find(Pattern pattern) {
		for (String line : lines()) {
			Matcher matcher = pattern.matcher(line);
			if (matcher.find()) {
				return matcher;
			}
		}
		throw new AssertionError("No line matches " + pattern + " in:\n" + output());
	}

	/**
	 * Sends the TERM signal (as Ctrl-C's INT does, it runs the shutdown hooks) and waits
	 * for the exit.
	 * @return the exit status
	 */
	int stop() throws InterruptedException {
		this.process.destroy();
		return awaitExit();
	}

	int awaitExit() throws InterruptedException {
		assertThat(this.process.waitFor(30, TimeUnit.SECONDS)).as("exited; output:%n%s", output()).isTrue();
		return this.process.exitValue();
	}

	String output() {
		return String.join("\n", lines());
	}

	private List<String> lines() {
		try {
			return Files.readAllLines(this.output, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

}
