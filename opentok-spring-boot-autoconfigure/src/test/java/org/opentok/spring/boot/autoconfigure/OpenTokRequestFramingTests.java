package org.opentok.spring.boot.autoconfigure;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import org.opentok.spring.client.archive.ArchiveClient;
import org.opentok.spring.client.archive.ArchiveOptions;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.support.RawHttpServer;
import org.opentok.spring.client.support.RawHttpServer.RawRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the starter's client frames requests on the wire, read byte by byte from the socket
 * (fact sheet §8.1), with each HTTP client Spring Boot can build: every body goes with
 * its exact {@code Content-Length}, never chunked, whatever the app's Jackson settings.
 */
class OpenTokRequestFramingTests {

	private static final String ARCHIVE_ID = "b40ef09b-3811-4726-b508-e41a0f96c68f";

	private static final String ARCHIVE_JSON = "{\"id\":\"" + ARCHIVE_ID + "\",\"status\":\"started\",\"sessionId\":\""
			+ OpenTokAutoConfigurationTests.SESSION_ID + "\",\"createdAt\":1700000000000}";

	private RawHttpServer server;

	private ApplicationContextRunner runner;

	@BeforeEach
	void start() throws IOException {
		this.server = new RawHttpServer();
		this.runner = new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
							HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
							RestClientAutoConfiguration.class, OpenTokAutoConfiguration.class))
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + OpenTokAutoConfigurationTests.SECRET,
					"opentok.api-url=" + this.server.url(), "opentok.retry.max-attempts=1",
					// the app's Jackson settings must not reach OpenTok's wire format
					"spring.jackson.serialization.indent-output=true");
	}

	@AfterEach
	void stop() throws IOException {
		this.server.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk", "simple", "jetty", "reactor" })
	void jsonBodyIsSentWithItsExactLength(String factory) {
		this.server.respond(200, "application/json", ARCHIVE_JSON);
		this.runner.withPropertyValues("spring.http.clients.imperative.factory=" + factory).run((context) -> {
			context.getBean(ArchiveClient.class)
				.start(ArchiveOptions.builder().sessionId(OpenTokAutoConfigurationTests.SESSION_ID).build());
			RawRequest request = onlyRequest();
			assertThat(request.requestLine()).isEqualTo("POST /v2/project/123456/archive HTTP/1.1");
			request.assertFramedWithExactLength();
			assertThat(request.bodyText())
				.isEqualTo("{\"sessionId\":\"" + OpenTokAutoConfigurationTests.SESSION_ID + "\"}");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk", "simple", "jetty", "reactor" })
	void formBodyIsSentWithItsExactLength(String factory) {
		this.server.respond(200, "application/json",
				"[{\"session_id\":\"" + OpenTokAutoConfigurationTests.SESSION_ID + "\",\"project_id\":\"123456\"}]");
		this.runner.withPropertyValues("spring.http.clients.imperative.factory=" + factory).run((context) -> {
			context.getBean(SessionClient.class).create();
			RawRequest request = onlyRequest();
			assertThat(request.requestLine()).isEqualTo("POST /session/create HTTP/1.1");
			request.assertFramedWithExactLength();
			assertThat(request.bodyText()).contains("p2p.preference=enabled");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk", "simple", "jetty", "reactor" })
	void bodilessPostSaysItsLengthIsZero(String factory) {
		this.server.respond(200, "application/json", ARCHIVE_JSON.replace("started", "stopped"));
		this.runner.withPropertyValues("spring.http.clients.imperative.factory=" + factory).run((context) -> {
			context.getBean(ArchiveClient.class).stop(ARCHIVE_ID);
			RawRequest request = onlyRequest();
			assertThat(request.requestLine())
				.isEqualTo("POST /v2/project/123456/archive/" + ARCHIVE_ID + "/stop HTTP/1.1");
			request.assertFramedWithExactLength();
			assertThat(request.body()).isEmpty();
		});
	}

	private RawRequest onlyRequest() {
		List<RawRequest> requests = this.server.requests();
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

}
