package org.opentok.spring.client.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HTTP/1.1 server on loopback that reads requests byte by byte, for tests of how
 * requests are framed on the wire, which MockServer (it decodes chunked bodies and adds a
 * {@code Content-Length}) cannot show. It answers every request with one canned response
 * and keeps connections alive.
 */
public final class RawHttpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final List<RawRequest> requests = new CopyOnWriteArrayList<>();

	private final List<Socket> connections = new CopyOnWriteArrayList<>();

	private volatile Answer answer;

	/**
	 * Starts the server on a free loopback port, answering {@code 200} with an empty JSON
	 * object until told otherwise.
	 * @throws IOException if no port can be bound
	 */
	public RawHttpServer() throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		respond(200, "application/json", "{}");
		Thread acceptor = new Thread(this::accept, "raw-http-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Returns the server's base URL.
	 * @return {@code http://127.0.0.1:port}
	 */
	public URI url() {
		return URI.create("http://" + this.socket.getInetAddress().getHostAddress() + ":" + this.socket.getLocalPort());
	}

	/**
	 * Sets the answer to every following request.
	 * @param status the status code
	 * @param contentType the {@code Content-Type}, or {@code null} to send none
	 * @param body the body
	 */
	public void respond(int status, @Nullable String contentType, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" Status\r\n");
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		head.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(bytes);
		byte[] response = out.toByteArray();
		respond((request, socket) -> socket.write(response));
	}

	/**
	 * Sets how every following request is answered, for servers that misbehave: the
	 * answer writes what it likes, for as long as it likes.
	 * @param answer writes the answer to a request
	 */
	public void respond(Answer answer) {
		this.answer = answer;
	}

	/**
	 * Returns the requests received so far, in order.
	 * @return the requests
	 */
	public List<RawRequest> requests() {
		return List.copyOf(this.requests);
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try {
				Socket connection = this.socket.accept();
				this.connections.add(connection);
				Thread reader = new Thread(() -> serve(connection), "raw-http-connection");
				reader.setDaemon(true);
				reader.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket connection) {
		try (connection) {
			InputStream in = connection.getInputStream();
			OutputStream out = connection.getOutputStream();
			RawRequest request;
			while ((request = RawRequest.read(in)) != null) {
				this.requests.add(request);
				this.answer.write(request, out);
				out.flush();
			}
		}
		catch (IOException ex) {
			// the client closed the connection
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
		for (Socket connection : this.connections) {
			connection.close();
		}
	}

	/**
	 * Writes the answer to one request.
	 */
	@FunctionalInterface
	public interface Answer {

		/**
		 * Writes the answer.
		 * @param request the request
		 * @param out the connection's output
		 * @throws IOException when the client has gone
		 * @throws InterruptedException when the server is stopped
		 */
		void write(RawRequest request, OutputStream out) throws IOException, InterruptedException;

	}

	/**
	 * One request as it came over the wire.
	 *
	 * @param requestLine the request line, such as {@code POST /path HTTP/1.1}
	 * @param headers the headers, names in lower case, values in the order received
	 * @param body the body bytes exactly as sent (chunk framing included when chunked)
	 */
	public record RawRequest(String requestLine, Map<String, List<String>> headers, byte[] body) {

		/**
		 * Returns the method.
		 * @return the method, such as {@code POST}
		 */
		public String method() {
			return this.requestLine.substring(0, this.requestLine.indexOf(' '));
		}

		/**
		 * Returns the values of a header.
		 * @param name the header name, in any case
		 * @return the values, empty when absent
		 */
		public List<String> header(String name) {
			return this.headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
		}

		/**
		 * Asserts what the fact sheet's §8.1 asks of every request: a
		 * {@code Content-Length} that is the exact length of the body, and no
		 * {@code Transfer-Encoding}.
		 */
		public void assertFramedWithExactLength() {
			assertThat(header("Transfer-Encoding")).as("Transfer-Encoding").isEmpty();
			assertThat(header("Content-Length")).as("Content-Length").containsExactly(String.valueOf(this.body.length));
		}

		/**
		 * Returns the body as UTF-8 text.
		 * @return the body
		 */
		public String bodyText() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		static @Nullable RawRequest read(InputStream in) throws IOException {
			String requestLine = readLine(in);
			if (requestLine == null || requestLine.isEmpty()) {
				return null;
			}
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
				int colon = line.indexOf(':');
				headers
					.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
							(key) -> new ArrayList<>())
					.add(line.substring(colon + 1).trim());
			}
			return new RawRequest(requestLine, headers, readBody(in, headers));
		}

		private static byte[] readBody(InputStream in, Map<String, List<String>> headers) throws IOException {
			if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
				return readChunked(in);
			}
			List<String> length = headers.getOrDefault("content-length", List.of());
			return length.isEmpty() ? new byte[0] : in.readNBytes(Integer.parseInt(length.get(0)));
		}

		private static byte[] readChunked(InputStream in) throws IOException {
			ByteArrayOutputStream raw = new ByteArrayOutputStream();
			while (true) {
				String sizeLine = readLine(in);
				raw.writeBytes((sizeLine + "\r\n").getBytes(StandardCharsets.US_ASCII));
				int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
				raw.writeBytes(in.readNBytes(size + 2));
				if (size == 0) {
					return raw.toByteArray();
				}
			}
		}

		private static @Nullable String readLine(InputStream in) throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			int b;
			while ((b = in.read()) != -1) {
				if (b == '\n') {
					byte[] bytes = line.toByteArray();
					int end = (bytes.length > 0 && bytes[bytes.length - 1] == '\r') ? bytes.length - 1 : bytes.length;
					return new String(bytes, 0, end, StandardCharsets.US_ASCII);
				}
				line.write(b);
			}
			return (line.size() > 0) ? line.toString(StandardCharsets.US_ASCII) : null;
		}

	}

}
