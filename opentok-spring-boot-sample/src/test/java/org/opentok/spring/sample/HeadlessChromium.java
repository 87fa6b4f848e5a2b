package org.opentok.spring.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium rendering a page of the sample; tests that use it are
 * skipped when it is not installed.
 */
public final class HeadlessChromium {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private HeadlessChromium() {
	}

	/**
	 * Loads a page, lets its script's requests complete, and returns the DOM it built.
	 * @param profile an empty directory for Chromium's profile and the output
	 * @param url the page
	 * @return the DOM as HTML
	 * @throws IOException if Chromium cannot be run or its output read
	 * @throws InterruptedException if interrupted while waiting for Chromium
	 */
	public static String dumpDom(Path profile, String url) throws IOException, InterruptedException {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		Path output = profile.resolve("dom.html");
		Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.resolve("user-data"),
				// virtual time runs only while no request is pending: the page's fetches
				// complete before the DOM is dumped
				"--virtual-time-budget=10000", "--dump-dom", url)
			.redirectOutput(output.toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
			chromium.destroyForcibly();
			throw new IllegalStateException("Chromium did not dump the page within 60 s");
		}
		assertThat(chromium.exitValue()).isZero();
		return Files.readString(output, StandardCharsets.UTF_8);
	}

}
