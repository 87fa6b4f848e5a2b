package org.opentok.spring.client.core;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveClient;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.support.ConnectionCountingProxy;
import org.opentok.spring.client.support.MockOpenTok;
import org.opentok.spring.client.token.TokenDefaults;
import org.opentok.spring.client.token.TokenGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Many threads share one client: every REST call and token succeeds, and once the
 * transport is closed the server sees no connection left open.
 */
class OpenTokTransportLoadTests {

	private static final int THREADS = 200;

	private static final int CALLS_PER_THREAD = 5;

	private static final int TOKENS_PER_THREAD = 50;

	@Test
	void twoHundredThreadsShareOneClientWithoutErrorsOrLeftoverConnections() throws Exception {
		try (MockOpenTok openTok = new MockOpenTok();
				ConnectionCountingProxy proxy = new ConnectionCountingProxy(openTok.server().getPort())) {
			openTok.respond(request().withPath("/v2/project/123456/archive/.*"),
					response().withStatusCode(200)
						.withHeader("Content-Type", "application/json")
						.withBody("{\"id\":\"a1\",\"status\":\"available\",\"sessionId\":\"" + MockOpenTok.SESSION_ID
								+ "\",\"createdAt\":1700000000000,\"url\":\"https://example.com/a1.mp4\"}"));
			openTok.respond(request().withPath("/session/create"),
					response().withStatusCode(200)
						.withHeader("Content-Type", "application/json")
						.withBody("[{\"session_id\":\"" + MockOpenTok.SESSION_ID + "\",\"project_id\":\"123456\"}]"));
			OpenTokCredentials credentials = OpenTokCredentials.project(MockOpenTok.API_KEY, MockOpenTok.API_SECRET);
			OpenTokTransport transport = OpenTokTransport.builder(credentials)
				.apiUrl(URI.create("http://localhost:" + proxy.port()))
				.readTimeout(Duration.ofSeconds(20))
				.retryPolicy(RetryPolicy.none())
				.build();
			ArchiveClient archives = new ArchiveClient(transport);
			SessionClient sessions = new SessionClient(transport);
			TokenGenerator tokens = new TokenGenerator(credentials, TokenDefaults.standard(), Clock.systemUTC());
			Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
			Queue<String> issued = new ConcurrentLinkedQueue<>();

			runConcurrently(() -> {
				for (int call = 0; call < CALLS_PER_THREAD; call++) {
					Archive archive = archives.get("a-" + call);
					assertThat(archive.url()).isEqualTo("https://example.com/a1.mp4");
				}
				assertThat(sessions.create().sessionId()).isEqualTo(MockOpenTok.SESSION_ID);
				for (int token = 0; token < TOKENS_PER_THREAD; token++) {
					issued.add(tokens.generate(MockOpenTok.SESSION_ID));
				}
			}, failures);

			assertThat(failures).isEmpty();
			assertThat(openTok.server().retrieveRecordedRequests(request())).hasSize(THREADS * (CALLS_PER_THREAD + 1));
			assertThat(issued).hasSize(THREADS * TOKENS_PER_THREAD).doesNotHaveDuplicates();
			assertThat(proxy.peakConnections()).isBetween(1, THREADS);

			transport.close();
			assertThat(proxy.awaitNoOpenConnections(Duration.ofSeconds(10)))
				.as("connections open at the server after the transport closed (peak %d, accepted %d)",
						proxy.peakConnections(), proxy.acceptedConnections())
				.isZero();
		}
	}

	private static void runConcurrently(Runnable work, Queue<Throwable> failures) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(THREADS);
		for (int i = 0; i < THREADS; i++) {
			pool.execute(() -> {
				try {
					start.await();
					work.run();
				}
				catch (Throwable ex) {
					failures.add(ex);
				}
				finally {
					done.countDown();
				}
			});
		}
		start.countDown();
		boolean finished = done.await(120, TimeUnit.SECONDS);
		pool.shutdownNow();
		assertThat(finished).as("all threads finished in time").isTrue();
	}

}
