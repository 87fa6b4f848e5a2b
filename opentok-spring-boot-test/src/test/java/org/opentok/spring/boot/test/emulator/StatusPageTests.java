package org.opentok.spring.boot.test.emulator;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.ArchiveOptions;
import org.opentok.spring.client.broadcast.BroadcastOptions;
import org.opentok.spring.client.broadcast.HlsOptions;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.client.stream.VideoType;
import org.opentok.spring.client.token.TokenOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The read-only page at the emulator's root, holding hostile values (markup in connection
 * data, stream and archive names), read as HTML and rendered by Debian's headless
 * Chromium (skipped when it is not installed).
 */
class StatusPageTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final String HOSTILE_DATA = "<img src=x onerror=\"document.title='pwned'\">";

	private static final String HOSTILE_NAME = "</td><script>document.title='pwned'</script>";

	private static final String HOSTILE_ARCHIVE = "<b id=\"bold\">Demo</b>";

	private static final String WEBHOOK_QUERY_SECRET = "webhook-query-secret";

	private static final int WIDTH = 1280;

	private static final int HEIGHT = 1000;

	private static HttpServer receiver;

	private static OpenTokEmulator emulator;

	private static String sessionId;

	private static String connectionId;

	private static String streamId;

	private static String archiveId;

	private static String broadcastId;

	private static String token;

	@BeforeAll
	static void start() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		receiver.createContext("/hooks", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			exchange.sendResponseHeaders(202, -1);
			exchange.close();
		});
		receiver.start();
		emulator = OpenTokEmulator.builder()
			.webhookUrl(URI
				.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks?key=" + WEBHOOK_QUERY_SECRET))
			.start();
		EmulatorCredentials project = emulator.credentials();
		OpenTok openTok = OpenTok.builder(project.apiKey(), project.apiSecret())
			.apiUrl(emulator.baseUrl())
			.retryPolicy(RetryPolicy.none())
			.build();
		sessionId = openTok.sessions().create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build()).sessionId();
		token = openTok.tokens().generate(sessionId, TokenOptions.builder().data(HOSTILE_DATA).build());
		connectionId = emulator.connect(sessionId, token).connectionId();
		streamId = emulator.publish(connectionId, VideoType.SCREEN, HOSTILE_NAME).streamId();
		archiveId = openTok.archives()
			.start(ArchiveOptions.builder().sessionId(sessionId).name(HOSTILE_ARCHIVE).build())
			.id();
		broadcastId = openTok.broadcasts()
			.start(BroadcastOptions.builder().sessionId(sessionId).hls(HlsOptions.builder().build()).build())
			.id();
		openTok.connections().list(sessionId);
		assertThat(emulator.awaitIdle(Duration.ofSeconds(10))).isTrue();
	}

	@AfterAll
	static void stop() {
		emulator.close();
		receiver.stop(0);
	}

	@Test
	void servesEscapedHtmlWithoutSecretsAndAStrictContentSecurityPolicy() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValue("default-src 'none'; style-src 'unsafe-inline'");
		String html = page.body();
		assertThat(html).contains("&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;",
				"&lt;/td&gt;&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;",
				"&lt;b id=&quot;bold&quot;&gt;Demo&lt;/b&gt;");
		assertThat(html).doesNotContain("<script", "<img", "<b id", emulator.credentials().apiSecret(), token,
				WEBHOOK_QUERY_SECRET, "X-OPENTOK-AUTH", "?");
		HttpResponse<String> post = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isEqualTo(405);
		assertThat(post.headers().firstValue("Allow")).hasValue("GET");
	}

	@Test
	void showsTheProjectsActivityInABrowser(@TempDir Path profile) throws Exception {
		String dom = chromium(profile, "--dump-dom");
		assertThat(dom).contains("<title>OpenTok emulator</title>")
			.contains("Project " + emulator.credentials().apiKey())
			.contains(sessionId, connectionId, streamId, archiveId, broadcastId)
			.contains("<td>" + connectionId
					+ "</td><td>publisher</td><td>&lt;img src=x onerror=\"document.title='pwned'\"&gt;</td>")
			.contains("<td>" + streamId + "</td><td>" + connectionId
					+ "</td><td>screen</td><td>&lt;/td&gt;&lt;script&gt;")
			.contains("<td>" + archiveId + "</td><td>&lt;b id=\"bold\"&gt;Demo&lt;/b&gt;</td><td>" + sessionId
					+ "</td><td>started</td>")
			.contains("<td>" + broadcastId + "</td><td>" + sessionId + "</td><td>started</td>")
			.contains("<td>POST</td><td>/session/create</td><td>200</td>")
			.contains("<td>GET</td><td>/v2/project/" + emulator.credentials().apiKey() + "/session/" + sessionId
					+ "/connection</td><td>200</td>")
			.containsPattern(
					"<td>connectionCreated</td><td>http://127\\.0\\.0\\.1:\\d+/hooks</td><td>no</td><td>202</td>")
			.doesNotContain("pwned</title>", "<script", "<img", "<b id", WEBHOOK_QUERY_SECRET, token);
	}

	@Test
	void rendersAScreenshotOfThePage(@TempDir Path profile) throws Exception {
		chromium(profile, "--screenshot=" + profile.resolve("page.png"), "--window-size=" + WIDTH + "," + HEIGHT,
				"--hide-scrollbars");
		Path png = profile.resolve("page.png");
		assertThat(png).isRegularFile();
		byte[] bytes = Files.readAllBytes(png);
		assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
		BufferedImage image = ImageIO.read(png.toFile());
		assertThat(image.getWidth()).isEqualTo(WIDTH);
		assertThat(image.getHeight()).isEqualTo(HEIGHT);
		// text and table borders: a fair share of the page is not background
		long inked = 0;
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH; x++) {
				if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
					inked++;
				}
			}
		}
		assertThat(inked).isGreaterThan((long) WIDTH * HEIGHT / 50);
		// the header cells' light blue background (#eef) is there
		assertThat(countColor(image, 0xeeeeff)).isGreaterThan(1000);
	}

	private static long countColor(BufferedImage image, int rgb) {
		long count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xffffff) == rgb) {
					count++;
				}
			}
		}
		return count;
	}

	private static String chromium(Path profile, String... mode) throws IOException, InterruptedException {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		Path output = profile.resolve("out.html");
		List<String> command = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
				"--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.resolve("user-data")));
		command.addAll(List.of(mode));
		command.add(emulator.baseUrl() + "/");
		Process chromium = new ProcessBuilder(command).directory(profile.toFile())
			.redirectOutput(output.toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
			chromium.destroyForcibly();
			throw new IllegalStateException("Chromium did not finish within 60 s");
		}
		assertThat(chromium.exitValue()).isZero();
		return Files.readString(output, StandardCharsets.UTF_8);
	}

}
