package org.opentok.spring.boot.test.emulator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.opentok.spring.client.archive.ArchiveQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that do not play by the rules, on raw sockets: unauthenticated bodies, bodies
 * over the limit, requests sent halfway, crowds of stalled connections. Each fault has
 * its time bound.
 */
class HostileClientTests {

	private static final Duration READ_TIMEOUT = Duration.ofMillis(500);

	/** How late a bound may be kept on a busy machine with 2 shared cores. */
	private static final Duration SLACK = Duration.ofMillis(2500);

	private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");

	@Test
	void answersAnUnauthenticatedPostBeforeItsBodyIsSent() throws IOException {
		try (EmulatorFixture fixture = new EmulatorFixture(OpenTokEmulator.builder().readTimeout(READ_TIMEOUT));
				Socket socket = connect(fixture)) {
			send(socket, "POST " + fixture.projectPath("/archive") + " HTTP/1.1\r\nHost: emulator\r\n"
					+ "Content-Type: application/json\r\nContent-Length: 1048576\r\n\r\n");
			String answer = readAnswer(socket);
			assertThat(answer).startsWith("HTTP/1.1 403");
			assertThat(body(answer).path("code").asInt()).isEqualTo(403);
			assertThat(answer.toLowerCase(Locale.ROOT)).contains("connection: close");
			// the body never comes: the connection is closed, no thread waits for it
			assertThat(timeUntilClosed(socket)).isLessThan(READ_TIMEOUT.plus(SLACK));
			assertThat(fixture.emulator().requests()).singleElement().satisfies((request) -> {
				assertThat(request.status()).isEqualTo(403);
				assertThat(request.body()).isEmpty();
			});
		}
	}

	@Test
	void keepsNoBodyOfUnauthenticatedPosts() throws Exception {
		int posts = 40;
		byte[] megabyte = new byte[1024 * 1024];
		try (EmulatorFixture fixture = new EmulatorFixture(OpenTokEmulator.builder().readTimeout(READ_TIMEOUT))) {
			for (int i = 0; i < posts; i++) {
				String auth = (i % 2 == 0) ? "" : "X-OPENTOK-AUTH: " + forgedJwt(fixture) + "\r\n";
				try (Socket socket = connect(fixture)) {
					// the body goes out while the answer is
					// awaited, as an HTTP client sends it
					CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> sendQuietly(socket,
							("POST " + fixture.projectPath("/archive") + " HTTP/1.1\r\nHost: emulator\r\n" + auth
									+ "Content-Type: application/json\r\nContent-Length: " + megabyte.length
									+ "\r\n\r\n")
								.getBytes(StandardCharsets.ISO_8859_1),
							megabyte));
					assertThat(readAnswer(socket)).startsWith("HTTP/1.1 403");
					socket.close();
					upload.join();
				}
			}
			List<RecordedRequest> requests = fixture.emulator().requests();
			assertThat(requests).hasSize(posts).allSatisfy((request) -> assertThat(request.status()).isEqualTo(403));
			assertThat(requests.stream().mapToLong((request) -> request.body().length()).sum()).isZero();
		}
	}

	@Test
	void refusesADeclaredBodyOverTheLimitBeforeItIsSent() throws IOException {
		try (EmulatorFixture fixture = new EmulatorFixture(
				OpenTokEmulator.builder().readTimeout(READ_TIMEOUT).maxBodySize(1000));
				Socket socket = connect(fixture)) {
			send(socket,
					"POST " + fixture.projectPath("/archive") + " HTTP/1.1\r\nHost: emulator\r\n" + "X-OPENTOK-AUTH: "
							+ fixture.projectJwt() + "\r\n"
							+ "Content-Type: application/json\r\nContent-Length: 1001\r\n\r\n");
			String answer = readAnswer(socket);
			assertThat(answer).startsWith("HTTP/1.1 413");
			assertThat(answer).containsIgnoringCase("content-type: application/json");
			JsonNode error = body(answer);
			assertThat(error.path("code").asInt()).isEqualTo(413);
			assertThat(error.path("message").asString()).contains("1000 bytes", "1001");
			assertThat(timeUntilClosed(socket)).isLessThan(READ_TIMEOUT.plus(SLACK));
		}
	}

	@Test
	void refusesAChunkedBodyOverTheLimitAndTakesOneAtTheLimit() throws Exception {
		try (EmulatorFixture fixture = new EmulatorFixture(OpenTokEmulator.builder().maxBodySize(1000))) {
			String sessionId = fixture.recordableSession();
			String json = "{\"sessionId\":\"" + sessionId + "\"}";
			HttpResponse<String> tooLarge = postChunked(fixture, json + " ".repeat(1001 - json.length()));
			assertThat(tooLarge.statusCode()).isEqualTo(413);
			assertThat(EmulatorFixture.JSON.readTree(tooLarge.body()).path("code").asInt()).isEqualTo(413);
			assertThat(fixture.openTok().archives().list(ArchiveQuery.all()).totalCount()).isZero();
			HttpResponse<String> atTheLimit = postChunked(fixture, json + " ".repeat(1000 - json.length()));
			assertThat(atTheLimit.statusCode()).isEqualTo(200);
			assertThat(fixture.openTok().archives().list(ArchiveQuery.all()).totalCount()).isOne();
		}
	}

	@Test
	void cutsOffAClientThatStopsHalfwayThroughItsHeaders() throws IOException {
		try (EmulatorFixture fixture = new EmulatorFixture(OpenTokEmulator.builder().readTimeout(READ_TIMEOUT));
				Socket socket = connect(fixture)) {
			send(socket, "GET " + fixture.projectPath("/archive") + " HTTP/1.1\r\nHost: emul");
			Duration open = timeUntilClosed(socket);
			assertThat(open).isGreaterThanOrEqualTo(READ_TIMEOUT.minusMillis(50)).isLessThan(READ_TIMEOUT.plus(SLACK));
			assertThat(fixture.openTok().archives().list(ArchiveQuery.all()).totalCount()).isZero();
		}
	}

	@Test
	void cutsOffAClientThatStopsHalfwayThroughItsBody() throws IOException {
		try (EmulatorFixture fixture = new EmulatorFixture(OpenTokEmulator.builder().readTimeout(READ_TIMEOUT));
				Socket socket = connect(fixture)) {
			send(socket,
					"POST " + fixture.projectPath("/archive") + " HTTP/1.1\r\nHost: emulator\r\n" + "X-OPENTOK-AUTH: "
							+ fixture.projectJwt() + "\r\n"
							+ "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"sessionId\":");
			assertThat(timeUntilClosed(socket)).isLessThan(READ_TIMEOUT.plus(SLACK));
			assertThat(fixture.emulator().requests()).isEmpty();
		}
	}

	@Test
	void waitsForAClientThatPausesWithinTheTimeout() throws Exception {
		try (EmulatorFixture fixture = new EmulatorFixture(
				OpenTokEmulator.builder().readTimeout(Duration.ofSeconds(2))); Socket socket = connect(fixture)) {
			send(socket, "GET " + fixture.projectPath("/archive") + " HTTP/1.1\r\nHost: emul");
			Thread.sleep(300);
			send(socket, "ator\r\nX-OPENTOK-AUTH: " + fixture.projectJwt() + "\r\n\r\n");
			assertThat(readAnswer(socket)).startsWith("HTTP/1.1 200");
		}
	}

	@Test
	void keepsServingWhileMoreClientsStallThanItHasThreads() throws Exception {
		Duration readTimeout = Duration.ofSeconds(2);
		int stalled = 32 /* MAXTHREADS */ + 8;
		try (EmulatorFixture fixture = new EmulatorFixture(OpenTokEmulator.builder().readTimeout(readTimeout))) {
			int threadsBefore = emulatorHttpThreads();
			List<Socket> sockets = new ArrayList<>();
			try {
				for (int i = 0; i < stalled; i++) {
					Socket socket = connect(fixture);
					sockets.add(socket);
					send(socket, "GET " + fixture.projectPath("/archive") + " HTTP/1.1\r\nHost: emul");
				}
				Thread.sleep(300);
				assertThat(emulatorHttpThreads() - threadsBefore)
					.isLessThanOrEqualTo(32 /* MAXTHREADS */);
				long start = System.nanoTime();
				assertThat(fixture.openTok().archives().list(ArchiveQuery.all()).totalCount()).isZero();
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(readTimeout.plus(SLACK));
				for (Socket socket : sockets) {
					assertThat(timeUntilClosed(socket)).isLessThan(readTimeout.plus(SLACK));
				}
			}
			finally {
				for (Socket socket : sockets) {
					socket.close();
				}
			}
		}
	}

	private static int emulatorHttpThreads() {
		return (int) Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().startsWith("opentok-emulator-http"))
			.count();
	}

	private static Socket connect(EmulatorFixture fixture) throws IOException {
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress(fixture.emulator().baseUrl().getHost(), fixture.emulator().port()), 2000);
		socket.setSoTimeout(5000);
		return socket;
	}

	private static void send(Socket socket, String text) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(text.getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	private static void sendQuietly(Socket socket, byte[] head, byte[] body) {
		try {
			OutputStream out = socket.getOutputStream();
			out.write(head);
			out.write(body);
			out.flush();
		}
		catch (IOException ex) {
			// the emulator may close the connection before the body is all sent
		}
	}

	private static String forgedJwt(EmulatorFixture fixture) {
		EmulatorCredentials forger = new EmulatorCredentials(fixture.emulator().credentials().apiKey(),
				"0000000000000000000000000000000000000000");
		Instant now = Instant.now();
		return EmulatorFixture.authJwt(forger, "project", now, now.plusSeconds(60));
	}

	private static HttpResponse<String> postChunked(EmulatorFixture fixture, String json) throws Exception {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(fixture.emulator().baseUrl() + fixture.projectPath("/archive")))
			.header("X-OPENTOK-AUTH", fixture.projectJwt())
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(5))
			// a stream of unknown length goes out chunked, with no Content-Length
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
			.build();
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Reads one answer: status line, headers and a body of the announced length.
	 */
	private static String readAnswer(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
			int next = in.read();
			if (next < 0) {
				throw new EOFException("Connection closed after '" + head.toString(StandardCharsets.ISO_8859_1) + "'");
			}
			head.write(next);
		}
		String headers = head.toString(StandardCharsets.ISO_8859_1);
		Matcher length = CONTENT_LENGTH.matcher(headers);
		int bodyLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
		return headers + new String(in.readNBytes(bodyLength), StandardCharsets.UTF_8);
	}

	private static JsonNode body(String answer) {
		return EmulatorFixture.JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
	}

	/**
	 * Reads until the emulator closes the connection; fails if it is still open when the
	 * socket's own timeout (5 s) passes.
	 */
	private static Duration timeUntilClosed(Socket socket) throws IOException {
		long start = System.nanoTime();
		try {
			InputStream in = socket.getInputStream();
			while (in.read() >= 0) {
				// whatever else comes is not asserted
			}
		}
		catch (SocketException ex) {
			// a reset is a close too
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
