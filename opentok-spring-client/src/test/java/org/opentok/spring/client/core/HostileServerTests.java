package org.opentok.spring.client.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.ArchiveOptions;
import org.opentok.spring.client.support.MockOpenTok;
import org.opentok.spring.client.support.RawHttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A server that answers as an attacker or a broken proxy would, on both HTTP clients the
 * transport supports: every call ends within its call timeout (plus at most one read
 * timeout) in an {@link OpenTokTransportException}, whatever the server does, and odd
 * answers become typed exceptions.
 */
class HostileServerTests {

	private static final String ARCHIVE_ID = "b40ef09b-3811-4726-b508-e41a0f96c68f";

	private static final Duration READ_TIMEOUT = Duration.ofMillis(1000);

	private static final Duration CALL_TIMEOUT = Duration.ofMillis(2000);

	/**
	 * The longest a call may take: its timeout, then at most one read that was under way.
	 * The rest is slack for a loaded test machine.
	 */
	private static final Duration BOUND = CALL_TIMEOUT.plus(READ_TIMEOUT).plusMillis(1500);

	private RawHttpServer server;

	@BeforeEach
	void start() throws IOException {
		this.server = new RawHttpServer();
	}

	@AfterEach
	void stop() throws IOException {
		this.server.close();
	}

	@ParameterizedTest(name = "httpComponents={0}")
	@ValueSource(booleans = { true, false })
	void aBodyDrippedOneByteAtATimeEndsAtTheCallTimeout(boolean httpComponents) {
		this.server.respond((request, out) -> {
			ascii(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
			drip(out, " ");
		});
		assertEndsAtTheCallTimeout(() -> openTok(httpComponents).archives().get(ARCHIVE_ID));
	}

	@ParameterizedTest(name = "httpComponents={0}")
	@ValueSource(booleans = { true, false })
	void aChunkedBodyOfEndlessWhitespaceEndsAtTheCallTimeout(boolean httpComponents) {
		this.server.respond((request, out) -> {
			ascii(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
			drip(out, "1\r\n \r\n");
		});
		assertEndsAtTheCallTimeout(() -> openTok(httpComponents).archives().get(ARCHIVE_ID));
	}

	@ParameterizedTest(name = "httpComponents={0}")
	@ValueSource(booleans = { true, false })
	void endlessInterimAnswersEndAtTheCallTimeout(boolean httpComponents) {
		this.server.respond((request, out) -> drip(out, "HTTP/1.1 102 Processing\r\n\r\n"));
		assertEndsAtTheCallTimeout(() -> openTok(httpComponents).archives().get(ARCHIVE_ID));
	}

	@ParameterizedTest(name = "httpComponents={0}")
	@ValueSource(booleans = { true, false })
	void aServerThatNeverAnswersAPostEndsAtTheCallTimeout(boolean httpComponents) {
		this.server.respond((request, out) -> Thread.sleep(10_000));
		OpenTok openTok = OpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
			.apiUrl(this.server.url())
			.requestFactory(DefaultRequestFactories.create(this.server.url(), Duration.ofSeconds(1),
					Duration.ofSeconds(30), null, httpComponents))
			.callTimeout(CALL_TIMEOUT)
			.build();
		assertEndsAtTheCallTimeout(
				() -> openTok.archives().start(ArchiveOptions.builder().sessionId(MockOpenTok.SESSION_ID).build()));
	}

	@ParameterizedTest(name = "httpComponents={0}")
	@ValueSource(booleans = { true, false })
	void retriesStopWhenTheNextWaitWouldPassTheCallTimeout(boolean httpComponents) {
		this.server.respond(503, "application/json", "{\"code\":503,\"message\":\"busy\"}");
		// waits are jittered to 50-100 % of 600 ms, then 1,200 ms, then 2,400 ms: the
		// first two always fit in the 2 s call timeout and end by 1.8 s, the third
		// never fits, so the last attempt starts at least 200 ms (less the attempts'
		// own time) before the deadline and the call ends with the server's answer
		OpenTok openTok = OpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
			.apiUrl(this.server.url())
			.requestFactory(DefaultRequestFactories.create(this.server.url(), Duration.ofSeconds(1), READ_TIMEOUT, null,
					httpComponents))
			.retryPolicy(new RetryPolicy(10, Duration.ofMillis(600)))
			.callTimeout(CALL_TIMEOUT)
			.build();
		long start = System.nanoTime();
		assertThatExceptionOfType(OpenTokServerException.class).isThrownBy(() -> openTok.archives().get(ARCHIVE_ID));
		// no wait starts that would end past the timeout: at most the last attempt's own
		// round trip runs over it
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(CALL_TIMEOUT.plusMillis(500));
		assertThat(this.server.requests()).hasSizeBetween(2, 9);
	}

	@ParameterizedTest(name = "httpComponents={0}")
	@ValueSource(booleans = { true, false })
	void anEmptySuccessIsAnInvalidResponse(boolean httpComponents) {
		this.server.respond(200, "application/json", "");
		assertThatExceptionOfType(OpenTokInvalidResponseException.class)
			.isThrownBy(() -> openTok(httpComponents).archives().get(ARCHIVE_ID))
			.withMessage("archive.get failed: invalid response: expected an answer with a body, got no body");
		assertThatExceptionOfType(OpenTokInvalidResponseException.class)
			.isThrownBy(() -> openTok(httpComponents).broadcasts().get(ARCHIVE_ID))
			.withMessageEndingWith("got no body");
	}

	@ParameterizedTest(name = "httpComponents={0}")
	@ValueSource(booleans = { true, false })
	void anEmptyObjectIsAnInvalidResponse(boolean httpComponents) {
		this.server.respond(200, "application/json", "{}");
		assertThatExceptionOfType(OpenTokInvalidResponseException.class)
			.isThrownBy(() -> openTok(httpComponents).archives().get(ARCHIVE_ID))
			.withMessageEndingWith("expected an archive with an id");
		assertThatExceptionOfType(OpenTokInvalidResponseException.class)
			.isThrownBy(() -> openTok(httpComponents).broadcasts().get(ARCHIVE_ID))
			.withMessageEndingWith("expected a broadcast with an id");
	}

	@ParameterizedTest(name = "httpComponents={0}")
	@ValueSource(booleans = { true, false })
	void aTruncatedSuccessIsAnInvalidResponse(boolean httpComponents) {
		this.server.respond(200, "application/json", "{\"id\":\"" + ARCHIVE_ID + "\",\"status\":");
		assertThatExceptionOfType(OpenTokInvalidResponseException.class)
			.isThrownBy(() -> openTok(httpComponents).archives().get(ARCHIVE_ID));
	}

	@ParameterizedTest(name = "httpComponents={0}")
	@ValueSource(booleans = { true, false })
	void aMalformedContentTypeDoesNotHideAServerError(boolean httpComponents) {
		this.server.respond(500, "json", "{\"code\":500,\"message\":\"broken\"}");
		assertThatExceptionOfType(OpenTokServerException.class)
			.isThrownBy(() -> openTok(httpComponents).archives().get(ARCHIVE_ID))
			.withMessage("archive.get failed: 500 broken");
		assertThat(this.server.requests()).as("attempts of an idempotent GET").hasSize(3);
	}

	@ParameterizedTest(name = "httpComponents={0}")
	@ValueSource(booleans = { true, false })
	void aSuccessWithAMalformedContentTypeIsReadAsJson(boolean httpComponents) {
		this.server.respond(200, "json", "{\"id\":\"" + ARCHIVE_ID + "\",\"status\":\"started\"}");
		assertThat(openTok(httpComponents).archives().get(ARCHIVE_ID).id()).isEqualTo(ARCHIVE_ID);
	}

	private void assertEndsAtTheCallTimeout(Runnable call) {
		long start = System.nanoTime();
		assertThatExceptionOfType(OpenTokTransportException.class).isThrownBy(call::run)
			.withMessageContaining("no answer within the call timeout of 2000 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
		assertThat(Thread.currentThread().isInterrupted()).as("interrupted after the call").isFalse();
	}

	private OpenTok openTok(boolean httpComponents) {
		return OpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
			.apiUrl(this.server.url())
			.requestFactory(DefaultRequestFactories.create(this.server.url(), Duration.ofSeconds(1), READ_TIMEOUT, null,
					httpComponents))
			.retryPolicy(new RetryPolicy(3, Duration.ofMillis(10)))
			.callTimeout(CALL_TIMEOUT)
			.build();
	}

	private static void ascii(OutputStream out, String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	/**
	 * Writes {@code text} every 300 ms, well within the read timeout, until the client
	 * goes away.
	 */
	private static void drip(OutputStream out, String text) throws IOException, InterruptedException {
		while (true) {
			Thread.sleep(300);
			ascii(out, text);
		}
	}

}
