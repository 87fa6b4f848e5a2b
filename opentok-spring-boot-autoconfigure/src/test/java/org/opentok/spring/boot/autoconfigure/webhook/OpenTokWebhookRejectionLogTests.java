package org.opentok.spring.boot.autoconfigure.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that rejected callbacks are logged at WARN, at most once per reason and minute,
 * naming the status, the reason and the remote address, never a token or the body.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpenTokWebhookRejectionLogTests {

	private static final String PATH = "/opentok/events";

	private static final String SHARED_TOKEN = "s3cr3t-t0ken";

	private static final String WRONG_TOKEN = "wr0ng-t0ken";

	private static final String REMOTE = "203.0.113.7";

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private static final String WRONG_TOKEN_LINE = "Rejected an OpenTok callback from " + REMOTE
			+ " with 401: The webhook token does not match";

	private final OpenTokWebhookReplayTests.MovableClock clock = new OpenTokWebhookReplayTests.MovableClock(NOW);

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
						WebMvcAutoConfiguration.class, OpenTokWebhookAutoConfiguration.class))
		.withBean(EventRecorder.class)
		.withBean(Clock.class, () -> this.clock)
		.withPropertyValues("opentok.webhook.enabled=true");

	private final WebApplicationContextRunner guarded = this.runner
		.withPropertyValues("opentok.webhook.secret=" + SHARED_TOKEN);

	@Test
	void logsARejectionAtWarnWithItsReasonAndRemoteAddressButNoTokenOrBody(CapturedOutput output) {
		this.guarded.run((context) -> {
			assertThat(post(context, WRONG_TOKEN, MediaType.APPLICATION_JSON, WebhookPayloads.ARCHIVE, REMOTE))
				.hasStatus(401);
			assertThat(warnings(output)).singleElement().asString().contains(WRONG_TOKEN_LINE);
			assertThat(output).doesNotContain(WRONG_TOKEN)
				.doesNotContain(SHARED_TOKEN)
				.doesNotContain("archives.example.com");
		});
	}

	@Test
	void logsBodiesThatAreNotCallbacksWithoutTheirContent(CapturedOutput output) {
		this.runner.withPropertyValues("opentok.webhook.max-body-size=100B").run((context) -> {
			assertThat(post(context, null, MediaType.TEXT_PLAIN, "private text", REMOTE)).hasStatus(415);
			assertThat(post(context, null, MediaType.APPLICATION_JSON, "{\"event\":\"streamCreated\",\"x\":\"privat",
					REMOTE))
				.hasStatus(400);
			assertThat(post(context, null, MediaType.APPLICATION_JSON, "\"" + "private ".repeat(20) + "\"", REMOTE))
				.hasStatus(400);
			assertThat(warnings(output)).hasSize(3)
				.anySatisfy((line) -> assertThat(line).contains("Rejected an OpenTok callback from " + REMOTE
						+ " with 415: The body must be JSON (application/json)"))
				.anySatisfy((line) -> assertThat(line).contains("Rejected an OpenTok callback from " + REMOTE
						+ " with 400: The body is not an OpenTok callback"))
				.anySatisfy((line) -> assertThat(line).contains("Rejected an OpenTok callback from " + REMOTE
						+ " with 400: The body is larger than 100 bytes"));
			assertThat(output).doesNotContain("privat");
		});
	}

	@Test
	void logsOneLinePerReasonAndMinuteAndCountsTheOthers(CapturedOutput output) {
		this.guarded.run((context) -> {
			for (int i = 0; i < 5; i++) {
				post(context, WRONG_TOKEN, MediaType.APPLICATION_JSON, WebhookPayloads.ARCHIVE, "198.51.100." + i);
			}
			post(context, null, MediaType.APPLICATION_JSON, WebhookPayloads.ARCHIVE, REMOTE);
			this.clock.advance(Duration.ofSeconds(59));
			post(context, WRONG_TOKEN, MediaType.APPLICATION_JSON, WebhookPayloads.ARCHIVE, REMOTE);
			assertThat(warnings(output)).hasSize(2)
				.anySatisfy((line) -> assertThat(line).endsWith(
						"Rejected an OpenTok callback from 198.51.100.0 with 401: The webhook token does not match"))
				.anySatisfy((line) -> assertThat(line).endsWith(
						"Rejected an OpenTok callback from " + REMOTE + " with 401: The webhook token is missing"));
			this.clock.advance(Duration.ofSeconds(1));
			post(context, WRONG_TOKEN, MediaType.APPLICATION_JSON, WebhookPayloads.ARCHIVE, REMOTE);
			assertThat(warnings(output)).hasSize(3)
				.last()
				.asString()
				.endsWith(WRONG_TOKEN_LINE + " (5 more like it since 2026-05-01T10:00:00Z were not logged)");
		});
	}

	@Test
	void neverLetsTheRemoteAddressBreakTheLogLine(CapturedOutput output) {
		this.guarded.run((context) -> {
			post(context, WRONG_TOKEN, MediaType.APPLICATION_JSON, WebhookPayloads.ARCHIVE,
					"203.0.113.7\r\nWARN forged line");
			assertThat(warnings(output)).singleElement()
				.asString()
				.contains("Rejected an OpenTok callback from 203.0.113.7??WARN?forged?line with 401");
			assertThat(output.toString().lines()).noneMatch((line) -> line.startsWith("WARN forged"));
		});
	}

	// the lines about rejections, which must all be at WARN
	private static List<String> warnings(CapturedOutput output) {
		List<String> rejections = output.toString()
			.lines()
			.filter((line) -> line.contains("Rejected an OpenTok callback"))
			.toList();
		assertThat(rejections).allSatisfy((line) -> assertThat(line).contains("WARN"));
		return rejections;
	}

	private static MvcTestResult post(AssertableWebApplicationContext context, String token, MediaType contentType,
			String body, String remoteAddress) {
		MockMvcTester.MockMvcRequestBuilder request = MockMvcTester.from(context)
			.post()
			.uri(PATH)
			.contentType(contentType)
			.content(body)
			.with((servletRequest) -> {
				servletRequest.setRemoteAddr(remoteAddress);
				return servletRequest;
			});
		if (token != null) {
			request.header(SharedTokenGuard.HEADER, token);
		}
		return request.exchange();
	}

}
