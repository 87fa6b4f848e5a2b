package org.opentok.spring.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpRequest;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import org.opentok.spring.client.core.OpenTokRestClientCustomizer;
import org.opentok.spring.client.core.OpenTokServerException;
import org.opentok.spring.client.core.OpenTokTransportException;
import org.opentok.spring.client.session.Session;
import org.opentok.spring.client.session.SessionClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests that the auto-configured client is built with Spring Boot's
 * {@code RestClientCustomizer}s and request factory, with the {@code opentok.*} timeouts
 * and the customizers last, against a real HTTP server; that its HTTP client is built on
 * the first call, not at start-up, and closed with the context.
 */
class OpenTokRestClientWiringTests {

	private static final String SESSION_JSON = "[{\"session_id\":\"" + OpenTokAutoConfigurationTests.SESSION_ID
			+ "\",\"project_id\":\"123456\",\"partner_id\":\"123456\",\"create_dt\":\"Tue Nov 14 14:13:20 PST 2023\","
			+ "\"media_server_url\":\"\"}]";

	private static ClientAndServer server;

	private ApplicationContextRunner runner;

	@BeforeAll
	static void startServer() {
		server = ClientAndServer.startClientAndServer(0);
	}

	@AfterAll
	static void stopServer() {
		server.stop();
	}

	@BeforeEach
	void prepare() {
		server.reset();
		server.when(request().withMethod("POST").withPath("/session/create"))
			.respond(response().withStatusCode(200)
				.withHeader("Content-Type", "application/json")
				.withBody(SESSION_JSON));
		this.runner = new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
							HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
							RestClientAutoConfiguration.class, OpenTokAutoConfiguration.class))
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + OpenTokAutoConfigurationTests.SECRET,
					"opentok.api-url=http://localhost:" + server.getPort());
	}

	@Test
	void appliesBootsRestClientCustomizers() {
		this.runner.withUserConfiguration(BootCustomizerConfiguration.class).run((context) -> {
			Session session = context.getBean(SessionClient.class).create();
			assertThat(session.sessionId()).isEqualTo(OpenTokAutoConfigurationTests.SESSION_ID);
			HttpRequest sent = onlyRequest();
			assertThat(sent.getFirstHeader("X-Boot-Customizer")).isEqualTo("applied");
			assertThat(sent.getFirstHeader("X-OPENTOK-AUTH")).isNotBlank();
			assertThat(sent.getFirstHeader("User-Agent")).startsWith("opentok-spring-boot/");
		});
	}

	@Test
	void appliesOpenTokCustomizersLastAndInOrder() {
		this.runner.withUserConfiguration(OrderedCustomizersConfiguration.class).run((context) -> {
			context.getBean(SessionClient.class).create();
			HttpRequest sent = onlyRequest();
			assertThat(sent.getFirstHeader("X-Order")).isEqualTo("second");
			assertThat(sent.getFirstHeader("User-Agent")).isEqualTo("my-app/1.0");
		});
	}

	@Test
	void boundsCallsByTheConfiguredReadTimeout() {
		server.reset();
		server.when(request().withPath("/session/create"))
			.respond(response().withStatusCode(200).withBody(SESSION_JSON).withDelay(TimeUnit.SECONDS, 3));
		this.runner.withPropertyValues("opentok.read-timeout=500ms").run((context) -> {
			SessionClient sessions = context.getBean(SessionClient.class);
			long start = System.nanoTime();
			assertThatExceptionOfType(OpenTokTransportException.class).isThrownBy(sessions::create)
				.withMessageStartingWith("session.create failed:");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
		});
	}

	@Test
	void retriesAsTheRetryPropertiesSay() {
		server.reset();
		server.when(request().withPath("/session/create")).respond(response().withStatusCode(503));
		this.runner.withPropertyValues("opentok.retry.max-attempts=4", "opentok.retry.initial-backoff=1ms")
			.run((context) -> {
				assertThatExceptionOfType(OpenTokServerException.class)
					.isThrownBy(context.getBean(SessionClient.class)::create);
				assertThat(server.retrieveRecordedRequests(request().withPath("/session/create"))).hasSize(4);
			});
	}

	@Test
	void oneMaxAttemptTurnsRetriesOff() {
		server.reset();
		server.when(request().withPath("/session/create")).respond(response().withStatusCode(503));
		this.runner.withPropertyValues("opentok.retry.max-attempts=1").run((context) -> {
			assertThatExceptionOfType(OpenTokServerException.class)
				.isThrownBy(context.getBean(SessionClient.class)::create);
			assertThat(server.retrieveRecordedRequests(request().withPath("/session/create"))).hasSize(1);
		});
	}

	@Test
	void startingTheContextBuildsNoHttpClient() {
		AtomicInteger builds = new AtomicInteger();
		this.runner.withBean(ClientHttpRequestFactoryBuilder.class, () -> ClientHttpRequestFactoryBuilder.of(() -> {
			builds.incrementAndGet();
			return new SimpleClientHttpRequestFactory();
		})).run((context) -> {
			assertThat(context).hasSingleBean(SessionClient.class);
			assertThat(builds).as("HTTP clients built while the context started").hasValue(0);
			context.getBean(SessionClient.class).create();
			context.getBean(SessionClient.class).create();
			assertThat(builds).as("HTTP clients built by two calls").hasValue(1);
		});
	}

	@Test
	void closingTheContextClosesTheConnectionsTheHttpClientKeptAlive() throws Exception {
		try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			CompletableFuture<Integer> afterAnswer = CompletableFuture.supplyAsync(() -> answerOnceAndWait(listener));
			this.runner.withPropertyValues("opentok.api-url=http://localhost:" + listener.getLocalPort())
				.run((context) -> assertThat(context.getBean(SessionClient.class).create().sessionId())
					.isEqualTo(OpenTokAutoConfigurationTests.SESSION_ID));
			assertThat(afterAnswer.get(15, TimeUnit.SECONDS)).as("read after the answer: -1 when the client closed")
				.isEqualTo(-1);
		}
	}

	/**
	 * Accepts one connection, reads a request, answers it keeping the connection alive,
	 * and waits (10 s at most) for the client to close it.
	 */
	private static int answerOnceAndWait(ServerSocket listener) {
		try (Socket socket = listener.accept()) {
			socket.setSoTimeout(10_000);
			InputStream in = socket.getInputStream();
			String head = readHead(in);
			Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head);
			in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
			byte[] body = SESSION_JSON.getBytes(StandardCharsets.UTF_8);
			OutputStream out = socket.getOutputStream();
			out.write(
					("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
						.getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			return in.read();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String readHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
			int next = in.read();
			if (next < 0) {
				throw new IOException("connection closed before the request's head ended: " + head);
			}
			head.append((char) next);
		}
		return head.toString();
	}

	private static HttpRequest onlyRequest() {
		HttpRequest[] requests = server.retrieveRecordedRequests(request().withPath("/session/create"));
		assertThat(requests).hasSize(1);
		return requests[0];
	}

	@Configuration(proxyBeanMethods = false)
	static class BootCustomizerConfiguration {

		@Bean
		RestClientCustomizer bootCustomizer() {
			return (builder) -> builder.defaultHeader("X-Boot-Customizer", "applied");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OrderedCustomizersConfiguration {

		@Bean
		@Order(2)
		OpenTokRestClientCustomizer second() {
			return (builder) -> builder.defaultHeader("X-Order", "second");
		}

		@Bean
		@Order(1)
		OpenTokRestClientCustomizer first() {
			return (builder) -> builder.defaultHeader("X-Order", "first").defaultHeader("User-Agent", "my-app/1.0");
		}

	}

}
