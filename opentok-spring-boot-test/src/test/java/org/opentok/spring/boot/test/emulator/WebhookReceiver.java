package org.opentok.spring.boot.test.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An app's callback endpoint played by a JDK HTTP server: answers 200 and keeps what it
 * received.
 */
final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	WebhookReceiver(String path) {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext(path, (exchange) -> {
			try (InputStream in = exchange.getRequestBody()) {
				this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
						exchange.getRequestHeaders().getFirst("Content-Type"),
						exchange.getRequestHeaders().getFirst("Authorization"),
						new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.server.start();
	}

	URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

	/**
	 * Waits for the next callback.
	 * @return the callback
	 */
	Received next() {
		try {
			Received next = this.received.poll(5, TimeUnit.SECONDS);
			if (next == null) {
				throw new AssertionError("No callback arrived within 5 s");
			}
			return next;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * Returns the callbacks received until the emulator is idle.
	 * @param emulator the emulator that sends them
	 * @return the callbacks, in arrival order
	 */
	List<Received> drain(OpenTokEmulator emulator) {
		emulator.awaitIdle(Duration.ofSeconds(5));
		List<Received> all = new ArrayList<>();
		this.received.drainTo(all);
		return all;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * One received callback.
	 *
	 * @param method the HTTP method
	 * @param path the path
	 * @param contentType the content type
	 * @param authorization the Authorization header, or {@code null}
	 * @param body the raw body
	 */
	record Received(String method, String path, @Nullable String contentType, @Nullable String authorization,
			String body) {

		JsonNode json() {
			return EmulatorFixture.JSON.readTree(this.body);
		}

		String event() {
			return json().path("event").asString();
		}

	}

}
