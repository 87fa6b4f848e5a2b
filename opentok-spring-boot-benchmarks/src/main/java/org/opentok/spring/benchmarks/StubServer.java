package org.opentok.spring.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny OpenTok stand-in on the loopback interface, run in its own JVM (see
 * {@link #start()}) so that its work and allocation never count against the client being
 * measured. Answers {@code POST /session/create} and {@code GET
 * /v2/project/123456/archive/{id}} with fact-sheet JSON, and 403 to calls without an auth
 * header.
 *
 * @since 0.1.0
 */
public final class StubServer {

	static final String SESSION_JSON = "[{\"session_id\":\"" + Fixtures.SESSION_ID
			+ "\",\"project_id\":\"123456\",\"partner_id\":\"123456\","
			+ "\"create_dt\":\"Tue Nov 14 14:13:20 PST 2023\",\"media_server_url\":\"\"}]";

	static final String ARCHIVE_JSON = "{\"id\":\"" + Fixtures.ARCHIVE_ID + "\",\"status\":\"available\","
			+ "\"name\":\"Weekly sync\",\"sessionId\":\"" + Fixtures.SESSION_ID + "\",\"partnerId\":123456,"
			+ "\"projectId\":123456,\"createdAt\":1700000000000,\"updatedAt\":1700000600000,\"duration\":600,"
			+ "\"size\":123456789,\"url\":\"https://example.com/archive.mp4\",\"reason\":\"user initiated\","
			+ "\"hasAudio\":true,\"hasVideo\":true,\"outputMode\":\"composed\",\"streamMode\":\"auto\","
			+ "\"resolution\":\"1280x720\",\"event\":\"archive\",\"sha256sum\":\"e3b0c44298fc1c149afbf4c8996fb924\"}";

	static final String ARCHIVE_PATH = "/v2/project/" + Fixtures.API_KEY + "/archive/" + Fixtures.ARCHIVE_ID;

	private StubServer() {
	}

	/**
	 * Serves until its standard input closes (when the JVM that started it goes away).
	 * Prints {@code PORT <port>} once it listens.
	 * @param args ignored
	 * @throws IOException if the server cannot start
	 */
	public static void main(String[] args) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		byte[] session = SESSION_JSON.getBytes(StandardCharsets.UTF_8);
		byte[] archive = ARCHIVE_JSON.getBytes(StandardCharsets.UTF_8);
		server.createContext("/session/create", (exchange) -> respond(exchange, "POST", session));
		server.createContext(ARCHIVE_PATH, (exchange) -> respond(exchange, "GET", archive));
		server.start();
		System.out.println("PORT " + server.getAddress().getPort());
		System.out.flush();
		while (System.in.read() >= 0) {
			// keep serving until the parent closes our input
		}
		server.stop(0);
	}

	private static void respond(HttpExchange exchange, String method, byte[] body) throws IOException {
		try (exchange; InputStream request = exchange.getRequestBody()) {
			request.readAllBytes();
			boolean authenticated = exchange.getRequestHeaders().containsKey("X-OPENTOK-AUTH");
			if (!method.equals(exchange.getRequestMethod()) || !authenticated) {
				exchange.sendResponseHeaders(authenticated ? 405 : 403, -1);
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream response = exchange.getResponseBody()) {
				response.write(body);
			}
		}
	}

	/**
	 * Starts the stub in a child JVM on this JVM's class path.
	 * @return the running stub
	 * @throws IOException if the child cannot start
	 */
	public static Running start() throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		// without TCP_NODELAY the stub's separate header and body writes
		// meet the client's delayed ACK, and every call takes 40 ms
		Process process = new ProcessBuilder(java, "-Xmx128m", "-XX:+UseSerialGC", "-Dsun.net.httpserver.nodelay=true",
				"-cp", System.getProperty("java.class.path"), StubServer.class.getName())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
		String line = output.readLine();
		if (line == null || !line.startsWith("PORT ")) {
			process.destroyForcibly();
			throw new IOException("Stub server did not start: " + line);
		}
		return new Running(process, Integer.parseInt(line.substring(5).trim()));
	}

	/**
	 * A stub running in a child JVM.
	 *
	 * @param process the child process
	 * @param port the port it listens on, on the loopback address
	 */
	public record Running(Process process, int port) implements AutoCloseable {

		/**
		 * Returns the stub's base URL.
		 * @return {@code http://127.0.0.1:<port>}
		 */
		public String url() {
			return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + this.port;
		}

		@Override
		public void close() throws IOException {
			this.process.getOutputStream().close();
			try {
				if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
					this.process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.process.destroyForcibly();
			}
		}

	}

}
