package org.opentok.spring.client.core;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveOptions;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.support.MockOpenTok;
import org.opentok.spring.client.support.RawHttpServer;
import org.opentok.spring.client.support.RawHttpServer.RawRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How requests are framed on the wire, read byte by byte from the socket (fact sheet
 * §8.1): every body goes with its exact {@code Content-Length} and never chunked, on both
 * HTTP clients the transport supports; and an answer without a {@code Content-Type} is
 * read as JSON.
 */
class RequestFramingTests {

	static final String ARCHIVE_JSON = """
			{"id":"b40ef09b-3811-4726-b508-e41a0f96c68f","status":"started","name":"weekly",
			 "sessionId":"%s","projectId":"123456","createdAt":1700000000000,"duration":0,"size":0,
			 "hasAudio":true,"hasVideo":true,"outputMode":"composed","resolution":"640x480"}
			""".formatted(MockOpenTok.SESSION_ID);

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
	void jsonBodyIsSentWithItsExactLength(boolean httpComponents) {
		this.server.respond(200, "application/json", ARCHIVE_JSON);
		openTok(httpComponents).archives()
			.start(ArchiveOptions.builder().sessionId(MockOpenTok.SESSION_ID).name("weekly").build());
		RawRequest request = onlyRequest();
		assertThat(request.requestLine()).isEqualTo("POST /v2/project/123456/archive HTTP/1.1");
		request.assertFramedWithExactLength();
		assertThat(request.header("Content-Type")).containsExactly("application/json");
		assertThat(request.bodyText())
			.isEqualTo("{\"sessionId\":\"" + MockOpenTok.SESSION_ID + "\",\"name\":\"weekly\"}");
	}

	@ParameterizedTest(name = "httpComponents={0}")
	@ValueSource(booleans = { true, false })
	void formBodyIsSentWithItsExactLength(boolean httpComponents) {
		this.server.respond(200, "application/json", "[{\"session_id\":\"" + MockOpenTok.SESSION_ID
				+ "\",\"project_id\":\"123456\",\"create_dt\":\"Mon Nov 13 22:13:20 PST 2023\"}]");
		openTok(httpComponents).sessions().create();
		RawRequest request = onlyRequest();
		assertThat(request.requestLine()).isEqualTo("POST /session/create HTTP/1.1");
		request.assertFramedWithExactLength();
		assertThat(request.header("Content-Type").get(0)).startsWith("application/x-www-form-urlencoded");
		assertThat(request.bodyText()).contains("p2p.preference=enabled");
	}

	@ParameterizedTest(name = "httpComponents={0}")
	@ValueSource(booleans = { true, false })
	void bodilessPostSaysItsLengthIsZero(boolean httpComponents) {
		this.server.respond(200, "application/json", ARCHIVE_JSON.replace("started", "stopped"));
		openTok(httpComponents).archives().stop("b40ef09b-3811-4726-b508-e41a0f96c68f");
		RawRequest request = onlyRequest();
		assertThat(request.requestLine())
			.isEqualTo("POST /v2/project/123456/archive/b40ef09b-3811-4726-b508-e41a0f96c68f/stop HTTP/1.1");
		request.assertFramedWithExactLength();
		assertThat(request.body()).isEmpty();
	}

	@ParameterizedTest(name = "httpComponents={0}")
	@ValueSource(booleans = { true, false })
	void successWithoutContentTypeIsReadAsJson(boolean httpComponents) {
		this.server.respond(200, null, ARCHIVE_JSON);
		Archive archive = openTok(httpComponents).archives().get("b40ef09b-3811-4726-b508-e41a0f96c68f");
		assertThat(archive.id()).isEqualTo("b40ef09b-3811-4726-b508-e41a0f96c68f");
		assertThat(archive.status()).isEqualTo(ArchiveStatus.STARTED);
		assertThat(archive.name()).isEqualTo("weekly");
	}

	private OpenTok openTok(boolean httpComponents) {
		return OpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
			.apiUrl(this.server.url())
			.requestFactory(DefaultRequestFactories.create(this.server.url(), Duration.ofSeconds(2),
					Duration.ofSeconds(5), null, httpComponents))
			.build();
	}

	private RawRequest onlyRequest() {
		List<RawRequest> requests = this.server.requests();
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

}
