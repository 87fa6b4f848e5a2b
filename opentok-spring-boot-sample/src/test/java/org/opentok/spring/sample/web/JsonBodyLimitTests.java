package org.opentok.spring.sample.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.opentok.spring.sample.AbstractSampleHttpTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limit on JSON request bodies over real HTTP: a body announced or found to be over
 * 16 KB is answered 413 with a problem detail after reading no more than the limit, so
 * the test sends less than it announces, or a chunked body without its end, and the
 * answer must come anyway.
 */
class JsonBodyLimitTests extends AbstractSampleHttpTests {

	private static final int LIMIT = 16 * 1024;

	private static final String TOO_LARGE = "The body is larger than 16384 bytes";

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Test
	void answers413ToAnAnnouncedLengthOverTheLimitWithoutWaitingForTheBody() throws IOException {
		String name = uniqueName("announced");
		RawResponse response = send("PUT /rooms/" + name, "Content-Length: 10000000", ascii("{\"mediaMode\":"));
		assertTooLarge(response, "/rooms/" + name);
		assertNoRoom(name);
	}

	@Test
	void answers413ToAChunkedBodyOnceItPassesTheLimitWithoutWaitingForItsEnd() throws IOException {
		String name = uniqueName("chunked");
		byte[] part = ascii(" ".repeat(4096));
		ByteArrayOutputStream chunks = new ByteArrayOutputStream();
		for (int i = 0; i < 5; i++) {
			chunks.write(ascii(Integer.toHexString(part.length) + "\r\n"));
			chunks.write(part);
			chunks.write(ascii("\r\n"));
		}
		RawResponse response = send("PUT /rooms/" + name, "Transfer-Encoding: chunked", chunks.toByteArray());
		assertTooLarge(response, "/rooms/" + name);
		assertNoRoom(name);
	}

	@Test
	void acceptsABodyOfExactlyTheLimit() {
		String name = uniqueName("at-limit");
		String json = "{\"mediaMode\":\"RELAYED\"}";
		String body = json + " ".repeat(LIMIT - json.length());
		HttpResponse<String> response = exchange("PUT", "/rooms/" + name, HttpRequest.BodyPublishers.ofString(body));
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.body()).contains("\"mediaMode\":\"RELAYED\"");
		String over = body + " ";
		assertThat(exchange("PUT", "/rooms/" + uniqueName("over-limit"), HttpRequest.BodyPublishers.ofString(over))
			.statusCode()).isEqualTo(413);
	}

	@Test
	void passesAChunkedBodyUnderTheLimitOnWhole() {
		String name = uniqueName("streamed");
		String body = "{\"mediaMode\":\"RELAYED\"}" + " ".repeat(LIMIT - 100);
		HttpResponse<String> response = exchange("PUT", "/rooms/" + name, HttpRequest.BodyPublishers
			.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
		assertThat(response.request().headers().firstValueAsLong("Content-Length")).isEmpty();
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.body()).contains("\"mediaMode\":\"RELAYED\"");
	}

	@Test
	void leavesTheWebhookEndpointToItsOwnLimit() {
		String body = "{\"event\":\"archive\"}" + " ".repeat(LIMIT);
		HttpResponse<String> response = exchange("POST", "/opentok/events", HttpRequest.BodyPublishers.ofString(body));
		// unsigned: the webhook endpoint itself turns it away, before reading the body
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void leavesBodiesThatAreNotJsonToTheEndpoints() {
		HttpResponse<String> response = exchange("PUT", "/rooms/" + uniqueName("text"), "text/plain",
				HttpRequest.BodyPublishers.ofString(" ".repeat(LIMIT + 1)));
		assertThat(response.statusCode()).isEqualTo(415);
	}

	private void assertTooLarge(RawResponse response, String path) {
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.headers()).containsEntry("content-type", "application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(413);
		assertThat(problem.path("detail").asString()).isEqualTo(TOO_LARGE);
		assertThat(problem.path("instance").asString()).isEqualTo(path);
	}

	private void assertNoRoom(String name) {
		assertThat(this.http.get("/rooms").getBody().findValuesAsString("name")).doesNotContain(name);
	}

	private HttpResponse<String> exchange(String method, String path, HttpRequest.BodyPublisher body) {
		return exchange(method, path, "application/json", body);
	}

	private HttpResponse<String> exchange(String method, String path, String contentType,
			HttpRequest.BodyPublisher body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, body)
			.header("Content-Type", contentType)
			.build();
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// writes the request line, headers and the given body bytes, and reads the answer
	// with the connection left open: a server waiting for the rest of the body times out
	private RawResponse send(String requestLine, String bodyHeader, byte[] body) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(ascii(requestLine + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ bodyHeader + "\r\n\r\n"));
			out.write(body);
			out.flush();
			return RawResponse.read(socket.getInputStream());
		}
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private record RawResponse(int status, Map<String, String> headers, byte[] body) {

		static RawResponse read(InputStream in) throws IOException {
			String statusLine = line(in);
			Map<String, String> headers = new LinkedHashMap<>();
			for (String header = line(in); !header.isEmpty(); header = line(in)) {
				int colon = header.indexOf(':');
				headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
						header.substring(colon + 1).strip());
			}
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
					body.write(in.readNBytes(size));
					line(in);
				}
			}
			else {
				body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
			}
			return new RawResponse(Integer.parseInt(statusLine.split(" ")[1]), headers, body.toByteArray());
		}

		private static String line(InputStream in) throws IOException {
			StringBuilder line = new StringBuilder();
			for (int b = in.read(); b != '\n'; b = in.read()) {
				if (b == -1) {
					throw new IOException("Connection closed after: " + line);
				}
				if (b != '\r') {
					line.append((char) b);
				}
			}
			return line.toString();
		}

	}

}
