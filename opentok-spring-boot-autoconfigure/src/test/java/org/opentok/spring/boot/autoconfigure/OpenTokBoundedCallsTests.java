package org.opentok.spring.boot.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import org.opentok.spring.client.archive.ArchiveClient;
import org.opentok.spring.client.core.OpenTokRedirectException;
import org.opentok.spring.client.core.OpenTokTransportException;
import org.opentok.spring.client.support.RawHttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The starter's client against servers that misbehave, with each HTTP client Spring Boot
 * can build: a redirect is never followed, whatever {@code spring.http.clients.redirects}
 * says, for both kinds of credentials; a call ends at {@code opentok.call-timeout}; the
 * HttpClient 5 pool is as large as {@code opentok.max-connections}, and waiting for a
 * connection is bounded too.
 */
class OpenTokBoundedCallsTests {

	private static final String ARCHIVE_ID = "b40ef09b-3811-4726-b508-e41a0f96c68f";

	private static final String ARCHIVE_JSON = "{\"id\":\"" + ARCHIVE_ID + "\",\"status\":\"stopped\"}";

	private RawHttpServer server;

	private RawHttpServer elsewhere;

	private ApplicationContextRunner runner;

	@BeforeEach
	void start() throws IOException {
		this.server = new RawHttpServer();
		this.elsewhere = new RawHttpServer();
		this.elsewhere.respond(200, "application/json", ARCHIVE_JSON);
		this.runner = new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
							HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
							RestClientAutoConfiguration.class, OpenTokAutoConfiguration.class))
			.withPropertyValues("opentok.api-url=" + this.server.url(), "spring.http.clients.redirects=follow");
	}

	@AfterEach
	void stop() throws IOException {
		this.server.close();
		this.elsewhere.close();
	}

	static Stream<Arguments> redirects() {
		return Stream.of("http-components", "jdk", "simple", "jetty", "reactor")
			.flatMap((factory) -> Stream.of("project", "vonage")
				.flatMap((credentials) -> Stream.of(302, 307)
					.flatMap((status) -> Stream.of("GET", "POST")
						.map((method) -> Arguments.of(factory, credentials, status, method)))));
	}

	@ParameterizedTest(name = "{0}, {1} credentials, {2} on {3}")
	@MethodSource("redirects")
	void aRedirectIsNeverFollowed(String factory, String credentials, int status, String method) {
		String location = this.elsewhere.url() + "/v2/project/123456/archive/" + ARCHIVE_ID;
		this.server.respond((request, out) -> out
			.write(("HTTP/1.1 " + status + " Moved\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII)));
		this.runner.withPropertyValues(credentials(credentials))
			.withPropertyValues("spring.http.clients.imperative.factory=" + factory)
			.run((context) -> {
				ArchiveClient archives = context.getBean(ArchiveClient.class);
				assertThatExceptionOfType(OpenTokRedirectException.class).isThrownBy(() -> {
					if (method.equals("GET")) {
						archives.get(ARCHIVE_ID);
					}
					else {
						archives.stop(ARCHIVE_ID);
					}
				}).satisfies((ex) -> assertThat(ex.getLocation()).isEqualTo(location));
				assertThat(this.elsewhere.requests()).as("requests that followed the redirect").isEmpty();
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk", "simple", "jetty", "reactor" })
	void aDrippedAnswerEndsAtTheCallTimeout(String factory) {
		this.server.respond((request, out) -> {
			out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"
				.getBytes(StandardCharsets.US_ASCII));
			while (true) {
				out.flush();
				Thread.sleep(300);
				out.write(' ');
			}
		});
		this.runner.withPropertyValues(credentials("project"))
			.withPropertyValues("spring.http.clients.imperative.factory=" + factory, "opentok.read-timeout=1s",
					"opentok.call-timeout=2s")
			.run((context) -> {
				long start = System.nanoTime();
				assertThatExceptionOfType(OpenTokTransportException.class)
					.isThrownBy(() -> context.getBean(ArchiveClient.class).get(ARCHIVE_ID))
					.withMessageContaining("call timeout");
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4500));
			});
	}

	@Test
	void theConnectionPoolIsAsLargeAsMaxConnections() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		this.server.respond((request, out) -> {
			release.await(10, TimeUnit.SECONDS);
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + ARCHIVE_JSON.length()
					+ "\r\n\r\n" + ARCHIVE_JSON)
				.getBytes(StandardCharsets.US_ASCII));
		});
		this.runner.withPropertyValues(credentials("project"))
			.withPropertyValues("opentok.max-connections=3", "opentok.retry.max-attempts=1")
			.run((context) -> {
				ArchiveClient archives = context.getBean(ArchiveClient.class);
				ExecutorService callers = Executors.newFixedThreadPool(8);
				try {
					List<Future<?>> calls = new ArrayList<>();
					for (int i = 0; i < 8; i++) {
						calls.add(callers.submit(() -> archives.get(ARCHIVE_ID)));
					}
					Thread.sleep(1000);
					assertThat(this.server.requests()).as("requests in flight with 3 connections").hasSize(3);
					release.countDown();
					for (Future<?> call : calls) {
						call.get(10, TimeUnit.SECONDS);
					}
					assertThat(this.server.requests()).hasSize(8);
				}
				finally {
					callers.shutdownNow();
				}
			});
	}

	@Test
	void waitingForAConnectionEndsAtTheCallTimeout() {
		this.server.respond((request, out) -> Thread.sleep(10_000));
		this.runner.withPropertyValues(credentials("project"))
			.withPropertyValues("opentok.max-connections=1", "opentok.retry.max-attempts=1", "opentok.read-timeout=30s",
					"opentok.call-timeout=1500ms")
			.run((context) -> {
				ArchiveClient archives = context.getBean(ArchiveClient.class);
				ExecutorService callers = Executors.newFixedThreadPool(2);
				try {
					Future<?> holder = callers.submit(() -> archives.get(ARCHIVE_ID));
					Thread.sleep(300);
					long start = System.nanoTime();
					Future<?> waiter = callers.submit(() -> archives.get(ARCHIVE_ID));
					Thread.sleep(800);
					assertThat(this.server.requests()).as("requests while the second call waits for the connection")
						.hasSize(1);
					assertThatExceptionOfType(ExecutionException.class)
						.isThrownBy(() -> waiter.get(5, TimeUnit.SECONDS))
						.havingCause()
						.isInstanceOf(OpenTokTransportException.class)
						.withMessageContaining("call timeout");
					assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3000));
					assertThatExceptionOfType(ExecutionException.class)
						.isThrownBy(() -> holder.get(5, TimeUnit.SECONDS))
						.havingCause()
						.isInstanceOf(OpenTokTransportException.class);
				}
				finally {
					callers.shutdownNow();
				}
			});
	}

	private static String[] credentials(String kind) {
		return kind.equals("project")
				? new String[] { "opentok.api-key=123456",
						"opentok.api-secret=" + OpenTokAutoConfigurationTests.SECRET }
				: new String[] { "opentok.application-id=1f6c3c43-8a5c-4e8a-9b67-8f2b1c1f0a11",
						"opentok.private-key=" + TestKeys.PRIVATE_KEY_PEM };
	}

}
