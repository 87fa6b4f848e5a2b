package org.opentok.spring.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A page of the sample in Debian's headless Chromium, driven over the DevTools protocol:
 * scripts are evaluated in the page as a user's clicks would run them, and the page can
 * be captured as a PNG. Tests that use it are skipped when Chromium is not installed.
 */
public final class ChromiumPage implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Process chromium;

	private final Path userData;

	private final WebSocket socket;

	private final AtomicInteger ids = new AtomicInteger();

	private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();

	private ChromiumPage(Process chromium, Path userData, WebSocket socket) {
		this.chromium = chromium;
		this.userData = userData;
		this.socket = socket;
	}

	/**
	 * Starts Chromium and opens a page in it.
	 * @param profile an empty directory for Chromium's profile
	 * @param url the page
	 * @return the page, loaded
	 * @throws Exception if Chromium cannot be started or driven
	 */
	public static ChromiumPage open(Path profile, String url) throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		Path userData = profile.resolve("user-data");
		Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--user-data-dir=" + userData,
				"--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--window-size=1100,1300",
				"about:blank")
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			int port = devToolsPort(userData.resolve("DevToolsActivePort"), chromium);
			HttpClient http = HttpClient.newHttpClient();
			JsonNode targets = JSON.readTree(
					http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
							HttpResponse.BodyHandlers.ofString())
						.body());
			String webSocketUrl = null;
			for (JsonNode target : targets) {
				if (target.path("type").asString().equals("page")) {
					webSocketUrl = target.path("webSocketDebuggerUrl").asString();
				}
			}
			if (webSocketUrl == null) {
				throw new IllegalStateException("Chromium has no page: " + targets);
			}
			Listener listener = new Listener();
			WebSocket socket = http.newWebSocketBuilder()
				.buildAsync(URI.create(webSocketUrl), listener)
				.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			ChromiumPage page = new ChromiumPage(chromium, userData, socket);
			listener.page = page;
			page.navigate(url);
			return page;
		}
		catch (Exception | Error ex) {
			chromium.destroyForcibly();
			throw ex;
		}
	}

	private static int devToolsPort(Path file, Process chromium) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.exists(file)) {
				String port = Files.readString(file).lines().findFirst().orElse("");
				if (!port.isBlank()) {
					return Integer.parseInt(port.trim());
				}
			}
			if (!chromium.isAlive()) {
				throw new IllegalStateException("Chromium exited with " + chromium.exitValue());
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("Chromium did not open its DevTools port within " + TIMEOUT);
	}

	/**
	 * Loads a page and waits until it and its first requests are done.
	 * @param url the page
	 * @throws Exception if the page does not load
	 */
	public void navigate(String url) throws Exception {
		call("Page.navigate", Map.of("url", url));
		waitFor("document.readyState === 'complete'");
	}

	/**
	 * Evaluates a script in the page, waiting for the promise it may give.
	 * @param expression the script
	 * @return its value, as JSON
	 * @throws Exception if it throws or cannot be evaluated
	 */
	public JsonNode evaluate(String expression) throws Exception {
		JsonNode result = call("Runtime.evaluate",
				Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
		if (result.has("exceptionDetails")) {
			throw new IllegalStateException("'" + expression + "' failed: " + result.path("exceptionDetails"));
		}
		return result.path("result").path("value");
	}

	/**
	 * Waits until a condition holds in the page.
	 * @param condition a script giving {@code true} once the condition holds
	 * @throws Exception if it does not hold within 30 seconds
	 */
	public void waitFor(String condition) throws Exception {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!evaluate("Boolean(" + condition + ")").asBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("'" + condition + "' did not hold within " + TIMEOUT + "; the page: "
						+ evaluate("document.body.innerText").asString());
			}
			Thread.sleep(50);
		}
	}

	/**
	 * Returns the text of the first element a CSS selector finds.
	 * @param selector the selector
	 * @return the element's text, or {@code null} if there is none
	 * @throws Exception if the page cannot be read
	 */
	public String text(String selector) throws Exception {
		return evaluate("document.querySelector(" + JSON.writeValueAsString(selector) + ")?.textContent ?? null")
			.asString(null);
	}

	/**
	 * Clicks the first element a CSS selector finds.
	 * @param selector the selector
	 * @throws Exception if there is no such element
	 */
	public void click(String selector) throws Exception {
		waitFor("document.querySelector(" + JSON.writeValueAsString(selector) + ")");
		evaluate("document.querySelector(" + JSON.writeValueAsString(selector) + ").click()");
	}

	/**
	 * Captures the page's content (its body and margins) as a PNG.
	 * @param file where to write it
	 * @throws Exception if it cannot be captured
	 */
	public void screenshot(Path file) throws Exception {
		JsonNode size = evaluate("(() => { const body = document.body.getBoundingClientRect();"
				+ " const margin = body.left; return { width: Math.ceil(body.right + margin),"
				+ " height: Math.ceil(body.bottom + margin) }; })()");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.path("width").asInt(), "height",
				size.path("height").asInt(), "scale", 1);
		JsonNode shot = call("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		Files.write(file, Base64.getDecoder().decode(shot.path("data").asString()));
	}

	private JsonNode call(String method, Map<String, Object> parameters) throws Exception {
		int id = this.ids.incrementAndGet();
		CompletableFuture<JsonNode> answer = new CompletableFuture<>();
		this.answers.put(id, answer);
		this.socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", parameters)), true)
			.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		JsonNode message = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		if (message.has("error")) {
			throw new IllegalStateException(method + " failed: " + message.path("error"));
		}
		return message.path("result");
	}

	@Override
	public void close() throws Exception {
		this.socket.abort();
		// its renderers and helpers write to the
		// profile too: all gone before it is deleted
		List<ProcessHandle> processes = new ArrayList<>(this.chromium.descendants().toList());
		processes.add(this.chromium.toHandle());
		for (ProcessHandle process : processes) {
			process.destroy();
		}
		for (ProcessHandle process : processes) {
			try {
				process.onExit().get(10, TimeUnit.SECONDS);
			}
			catch (TimeoutException ex) {
				process.destroyForcibly();
				process.onExit().get(10, TimeUnit.SECONDS);
			}
		}
		// links to a directory of Chromium's outside the profile
		for (String link : new String[] { "SingletonSocket", "SingletonLock", "SingletonCookie" }) {
			Files.deleteIfExists(this.userData.resolve(link));
		}
	}

	private static final class Listener implements WebSocket.Listener {

		private final StringBuilder message = new StringBuilder();

		private volatile ChromiumPage page;

		@Override
		public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
			this.message.append(data);
			if (last) {
				JsonNode json = JSON.readTree(this.message.toString());
				this.message.setLength(0);
				CompletableFuture<JsonNode> answer = json.has("id") ? this.page.answers.remove(json.path("id").asInt())
						: null;
				if (answer != null) {
					answer.complete(json);
				}
			}
			socket.request(1);
			return null;
		}

	}

}
