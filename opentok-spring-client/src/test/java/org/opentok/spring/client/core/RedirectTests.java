package org.opentok.spring.client.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.TestRsaKeys;
import org.opentok.spring.client.support.MockOpenTok;
import org.opentok.spring.client.support.RawHttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * OpenTok never redirects API calls: a redirect, from whatever answered in its place, is
 * never followed (the request and its credentials would go wherever the answer points)
 * and becomes an {@link OpenTokRedirectException} naming the {@code Location}; for both
 * kinds of credentials, both HTTP clients, every redirect status, a GET and a POST.
 */
class RedirectTests {

	private static final String ARCHIVE_ID = "b40ef09b-3811-4726-b508-e41a0f96c68f";

	private RawHttpServer redirecting;

	private RawHttpServer elsewhere;

	@BeforeEach
	void start() throws IOException {
		this.redirecting = new RawHttpServer();
		this.elsewhere = new RawHttpServer();
		this.elsewhere.respond(200, "application/json", "{\"id\":\"" + ARCHIVE_ID + "\",\"status\":\"stopped\"}");
	}

	@AfterEach
	void stop() throws IOException {
		this.redirecting.close();
		this.elsewhere.close();
	}

	static Stream<Arguments> redirects() {
		return Stream.of(301, 302, 303, 307, 308)
			.flatMap((status) -> Stream.of(true, false)
				.flatMap((httpComponents) -> Stream.of("project", "vonage")
					.flatMap((credentials) -> Stream.of("GET", "POST")
						.map((method) -> Arguments.of(status, httpComponents, credentials, method)))));
	}

	@ParameterizedTest(name = "{0} on {3} (httpComponents={1}, {2} credentials)")
	@MethodSource("redirects")
	void aRedirectIsNeverFollowedAndNamesItsLocation(int status, boolean httpComponents, String credentials,
			String method) {
		String location = this.elsewhere.url() + "/v2/project/123456/archive/" + ARCHIVE_ID;
		this.redirecting.respond((request, out) -> out
			.write(("HTTP/1.1 " + status + " Moved\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII)));
		OpenTok openTok = openTok(httpComponents, credentials);
		Consumer<OpenTok> call = method.equals("GET") ? (client) -> client.archives().get(ARCHIVE_ID)
				: (client) -> client.archives().stop(ARCHIVE_ID);
		assertThatExceptionOfType(OpenTokRedirectException.class).isThrownBy(() -> call.accept(openTok))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(status);
				assertThat(ex.getLocation()).isEqualTo(location);
				assertThat(ex.getMessage()).contains(location).contains("not followed");
			});
		assertThat(this.redirecting.requests()).hasSize(1);
		assertThat(this.elsewhere.requests()).as("requests that followed the redirect").isEmpty();
	}

	private OpenTok openTok(boolean httpComponents, String credentials) {
		OpenTok.Builder builder = credentials.equals("project")
				? OpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
				: OpenTok.vonageBuilder("9f3c2b1a-0e4d-4c5b-8a7f-6e5d4c3b2a10", TestRsaKeys.pkcs8Pem());
		return builder.apiUrl(this.redirecting.url())
			.requestFactory(DefaultRequestFactories.create(this.redirecting.url(), Duration.ofSeconds(1),
					Duration.ofSeconds(2), null, httpComponents))
			.build();
	}

}
