package org.opentok.spring.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sample started as a newcomer starts it: its own JVM, in an empty directory, with no
 * OpenTok credentials and its default database URL, so with the embedded emulator and an
 * H2 file in {@code ./data}. Its start-up log must hold no WARN or ERROR but the
 * emulator's notice, and it must listen on no port but the web server's and, on the
 * loopback interface only, the emulator's.
 */
class SampleStartUpTests {

	private static final Pattern LOG_LEVEL = Pattern.compile("^\\S+\\s+(WARN|ERROR)\\s");

	private static final Pattern WEB_PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Pattern EMULATOR_PORT = Pattern
		.compile("OpenTok calls go to a local emulator at http://127\\.0\\.0\\.1:(\\d+)");

	// logged by Spring Boot at DEBUG once every ApplicationReadyEvent listener has run
	private static final String READY = "ReadinessState changed to ACCEPTING_TRAFFIC";

	private static final List<String> output = new CopyOnWriteArrayList<>();

	private static Process sample;

	@BeforeAll
	static void startTheSample(@TempDir Path directory) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), SampleApplication.class.getName(), "--server.port=0",
				"--logging.level.org.springframework.boot.availability=DEBUG")
			.directory(directory.toFile())
			.redirectErrorStream(true);
		builder.environment().keySet().removeIf((name) -> name.startsWith("OPENTOK_") || name.startsWith("SAMPLE_"));
		sample = builder.start();
		CountDownLatch ready = new CountDownLatch(1);
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(sample.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					output.add(line);
					if (line.contains(READY)) {
						ready.countDown();
					}
				}
			}
			catch (IOException ex) {
				output.add("(output lost: " + ex + ")");
			}
		});
		reader.setDaemon(true);
		reader.start();
		assertThat(ready.await(90, TimeUnit.SECONDS)).as("sample ready; its output:%n%s", String.join("\n", output))
			.isTrue();
		assertThat(directory.resolve("data/rooms.mv.db")).isRegularFile();
	}

	@AfterAll
	static void stopTheSample() throws InterruptedException {
		if (sample != null) {
			sample.destroy();
			if (!sample.waitFor(30, TimeUnit.SECONDS)) {
				sample.destroyForcibly();
			}
		}
	}

	@Test
	void usesTheDefaultDatabaseFile() {
		assertThat(output).anyMatch((line) -> line.contains("url=jdbc:h2:file:./data/rooms"));
	}

	@Test
	void logsNoWarningButTheEmulatorsNotice() {
		List<String> warnings = output.stream().filter((line) -> LOG_LEVEL.matcher(line).find()).toList();
		assertThat(warnings).as("start-up output:%n%s", String.join("\n", output))
			.singleElement()
			.asString()
			.contains("OpenTokEmulatorAutoConfiguration")
			.contains("not to OpenTok");
	}

	@Test
	void listensOnTheWebPortAndOnTheEmulatorsLoopbackPortOnly() throws IOException {
		assumeTrue(Files.isDirectory(Path.of("/proc", Long.toString(sample.pid()), "fd")),
				"SKIPPED: the listening sockets of a process are read from /proc, which this OS does not have");
		int webPort = port(WEB_PORT);
		int emulatorPort = port(EMULATOR_PORT);
		List<ListeningSocket> sockets = listeningSockets(sample.pid());
		assertThat(sockets).extracting(ListeningSocket::port)
			.containsOnly(webPort, emulatorPort)
			.contains(webPort, emulatorPort);
		assertThat(sockets).filteredOn((socket) -> socket.port() == emulatorPort)
			.allMatch(ListeningSocket::loopback, "bound to the loopback interface");
	}

	private static int port(Pattern pattern) {
		for (String line : output) {
			Matcher matcher = pattern.matcher(line);
			if (matcher.find()) {
				return Integer.parseInt(matcher.group(1));
			}
		}
		throw new AssertionError("No line matches " + pattern + " in:\n" + String.join("\n", output));
	}

	// the process's sockets (from its file descriptors) that are listening TCP sockets
	private static List<ListeningSocket> listeningSockets(long pid) throws IOException {
		Set<String> inodes = new HashSet<>();
		try (Stream<Path> descriptors = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
			for (Path descriptor : descriptors.toList()) {
				try {
					String target = Files.readSymbolicLink(descriptor).toString();
					if (target.startsWith("socket:[")) {
						inodes.add(target.substring(8, target.length() - 1));
					}
				}
				catch (IOException ex) {
					// closed meanwhile
				}
			}
		}
		List<ListeningSocket> sockets = new ArrayList<>();
		for (String table : List.of("tcp", "tcp6")) {
			Path path = Path.of("/proc", Long.toString(pid), "net", table);
			if (Files.exists(path)) {
				Files.readAllLines(path)
					.stream()
					.skip(1)
					.map((line) -> line.strip().split("\\s+"))
					.filter((fields) -> fields[3].equals("0A") && inodes.contains(fields[9]))
					.map((fields) -> ListeningSocket.of(fields[1]))
					.forEach(sockets::add);
			}
		}
		return sockets;
	}

	/**
	 * A listening socket from {@code /proc/net/tcp} or {@code tcp6}.
	 *
	 * @param port its port
	 * @param loopback whether it is bound to the loopback interface only
	 */
	private record ListeningSocket(int port, boolean loopback) {

		// the address is hex, each 32-bit word in host (little-endian) order:
		// 127.0.0.1 is 0100007F, ::1 is 00000000000000000000000001000000 and
		// ::ffff:127.0.0.1 is 0000000000000000FFFF00000100007F
		static ListeningSocket of(String localAddress) {
			String[] parts = localAddress.split(":");
			String address = parts[0];
			boolean loopback = address.equals("0100007F") || address.equals("00000000000000000000000001000000")
					|| address.equals("0000000000000000FFFF00000100007F");
			return new ListeningSocket(Integer.parseInt(parts[1], 16), loopback);
		}

	}

}
