package org.opentok.spring.boot.autoconfigure.webhook;

import java.util.List;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opentok.spring.client.webhook.ArchiveStatusEvent;
import org.opentok.spring.client.webhook.OpenTokEvent;
import org.opentok.spring.client.webhook.SessionNotificationEvent;
import org.opentok.spring.client.webhook.SessionNotificationReason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the webhook endpoint through MockMvc: what reaches the listeners and what the
 * endpoint answers to bodies that are not OpenTok callbacks.
 */
class OpenTokWebhookEndpointTests {

	private static final String PATH = "/opentok/events";

	private static final int ONE_MEGABYTE = 1024 * 1024;

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
						WebMvcAutoConfiguration.class, OpenTokWebhookAutoConfiguration.class))
		.withBean(EventRecorder.class)
		.withPropertyValues("opentok.webhook.enabled=true");

	static Stream<Arguments> oneBodyOfEachKind() {
		return WebhookPayloads.oneOfEachKind()
			.entrySet()
			.stream()
			.map((entry) -> Arguments.of(entry.getKey().getSimpleName(), entry.getKey(), entry.getValue()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("oneBodyOfEachKind")
	void publishesEachKindToItsTypedListener(String name, Class<? extends OpenTokEvent> type, String body) {
		this.runner.run((context) -> {
			assertThat(post(context, body)).hasStatusOk().body().isEmpty();
			assertThat(recorded(context)).singleElement().isInstanceOf(type);
			assertThat(recorded(context).get(0).sessionId()).isEqualTo(WebhookPayloads.SESSION_ID);
		});
	}

	@Test
	void publishesAServerRotationNoticeAsASessionNotificationEvent() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			assertThat(post(context, WebhookPayloads.SESSION_NOTIFICATION)).hasStatusOk();
			assertThat(recorded(context)).singleElement()
				.isInstanceOfSatisfying(SessionNotificationEvent.class, (notification) -> {
					assertThat(notification.sessionId()).isEqualTo(WebhookPayloads.SESSION_ID);
					assertThat(notification.reason()).isEqualTo(SessionNotificationReason.SERVER_ROTATION);
					assertThat(notification.rawReason()).isEqualTo("serverRotation");
				});
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(count(registry, "sessionNotification", "published")).isOne();
		});
	}

	@Test
	void listensAtTheConfiguredPath() {
		this.runner.withPropertyValues("opentok.webhook.path=/hooks/video").run((context) -> {
			MockMvcTester mvc = MockMvcTester.from(context);
			assertThat(mvc.post()
				.uri("/hooks/video")
				.contentType(MediaType.APPLICATION_JSON)
				.content(WebhookPayloads.ARCHIVE)).hasStatusOk();
			assertThat(mvc.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).content(WebhookPayloads.ARCHIVE))
				.hasStatus(404);
			assertThat(recorded(context)).singleElement().isInstanceOf(ArchiveStatusEvent.class);
		});
	}

	@Test
	void acceptsJsonWithACharsetOrAJsonSuffix() {
		this.runner.run((context) -> {
			MockMvcTester mvc = MockMvcTester.from(context);
			assertThat(mvc.post()
				.uri(PATH)
				.contentType("application/json; charset=UTF-8")
				.content(WebhookPayloads.ARCHIVE)).hasStatusOk();
			assertThat(
					mvc.post().uri(PATH).contentType("application/vnd.opentok+json").content(WebhookPayloads.ARCHIVE))
				.hasStatusOk();
			assertThat(recorded(context)).hasSize(2);
		});
	}

	@Test
	void answersAMalformedBodyWithAProblemDetail() {
		this.runner.run((context) -> {
			MvcTestResult result = post(context, "{\"sessionId\":\"abc\",\"event\":\"connectionCreated\"");
			assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
			assertThat(result).bodyJson()
				.extractingPath("$.detail")
				.asString()
				.startsWith("Body is not valid JSON: Unexpected end-of-input");
			assertThat(recorded(context)).isEmpty();
		});
	}

	@Test
	void answersAKnownEventWithoutItsRequiredPartsWith400() {
		this.runner.run((context) -> {
			MvcTestResult result = post(context, "{\"event\":\"streamCreated\",\"sessionId\":\"abc\"}");
			assertThat(result).hasStatus(400);
			assertThat(result).bodyJson()
				.extractingPath("$.detail")
				.isEqualTo("'stream' object is missing from the streamCreated event");
			assertThat(recorded(context)).isEmpty();
		});
	}

	@Test
	void answersABodyThatIsNotJsonWith415() {
		this.runner.run((context) -> {
			MockMvcTester mvc = MockMvcTester.from(context);
			assertThat(mvc.post().uri(PATH).contentType(MediaType.TEXT_PLAIN).content(WebhookPayloads.ARCHIVE))
				.hasStatus(415)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(mvc.post().uri(PATH).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("event=archive"))
				.hasStatus(415);
			assertThat(mvc.post().uri(PATH).content(WebhookPayloads.ARCHIVE)).hasStatus(415);
			assertThat(recorded(context)).isEmpty();
		});
	}

	@Test
	void rejectsAnAnnouncedOneMegabyteBodyWithoutReadingIt() {
		this.runner.run((context) -> {
			GeneratedBody body = new GeneratedBody(ONE_MEGABYTE);
			MvcTestResult result = MockMvcTester.from(context)
				.post()
				.uri(PATH)
				.with(streamed(body, ONE_MEGABYTE))
				.exchange();
			assertThat(result).hasStatus(400);
			assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("The body is larger than 65536 bytes");
			assertThat(body.bytesRead()).isZero();
			assertThat(recorded(context)).isEmpty();
		});
	}

	@Test
	void rejectsAStreamedOneMegabyteBodyAfterReadingNoMoreThanTheLimit() {
		this.runner.run((context) -> {
			GeneratedBody body = new GeneratedBody(ONE_MEGABYTE);
			MvcTestResult result = MockMvcTester.from(context).post().uri(PATH).with(streamed(body, -1)).exchange();
			assertThat(result).hasStatus(400);
			assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("The body is larger than 65536 bytes");
			assertThat(body.bytesRead()).isEqualTo(64 * 1024 + 1);
			assertThat(recorded(context)).isEmpty();
		});
	}

	@Test
	void honoursAConfiguredBodyLimit() {
		this.runner.withPropertyValues("opentok.webhook.max-body-size=100B").run((context) -> {
			assertThat(post(context, WebhookPayloads.ARCHIVE)).hasStatus(400)
				.bodyJson()
				.extractingPath("$.detail")
				.isEqualTo("The body is larger than 100 bytes");
			assertThat(post(context, "{\"event\":\"x\"}")).hasStatusOk();
		});
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "GET", "PUT", "DELETE", "PATCH", "OPTIONS" })
	void answersAnyOtherMethodWith405AllowingPost(String method) {
		this.runner.run((context) -> {
			MvcTestResult result = MockMvcTester.from(context)
				.method(HttpMethod.valueOf(method))
				.uri(PATH)
				.contentType(MediaType.APPLICATION_JSON)
				.content(WebhookPayloads.ARCHIVE)
				.exchange();
			assertThat(result).hasStatus(405)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.headers()
				.hasValue(HttpHeaders.ALLOW, "POST");
			assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(405);
			assertThat(result).bodyJson()
				.extractingPath("$.detail")
				.isEqualTo("The OpenTok webhook endpoint accepts POST only");
			assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo(PATH);
			assertThat(recorded(context)).isEmpty();
		});
	}

	@Test
	void answersHeadWith405AllowingPost() {
		this.runner
			.run((context) -> assertThat(MockMvcTester.from(context).method(HttpMethod.HEAD).uri(PATH)).hasStatus(405)
				.headers()
				.hasValue(HttpHeaders.ALLOW, "POST"));
	}

	@Test
	void answers405AtTheConfiguredPathOnly() {
		this.runner.withPropertyValues("opentok.webhook.path=/hooks/video").run((context) -> {
			MockMvcTester mvc = MockMvcTester.from(context);
			assertThat(mvc.get().uri("/hooks/video")).hasStatus(405);
			assertThat(mvc.get().uri(PATH)).hasStatus(404);
		});
	}

	@Test
	void namesTheRequestPathAsTheInstanceOfEveryProblem() {
		this.runner.withBean(FailingListener.class)
			.withPropertyValues("opentok.webhook.fail-on-listener-error=true", "opentok.webhook.max-body-size=1KB")
			.run((context) -> {
				MockMvcTester mvc = MockMvcTester.from(context);
				assertInstance(post(context, "not json"), 400);
				assertInstance(post(context, "[" + " ".repeat(1024) + "]"), 400);
				assertInstance(mvc.post().uri(PATH).contentType(MediaType.TEXT_PLAIN).content("x").exchange(), 415);
				assertInstance(post(context, WebhookPayloads.ARCHIVE), 500);
				assertInstance(mvc.get().uri(PATH + "?token=s3cr3t").exchange(), 405);
			});
	}

	private static void assertInstance(MvcTestResult result, int status) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo(PATH);
	}

	@Test
	void answers200WhenAListenerThrows() {
		this.runner.withBean(FailingListener.class).run((context) -> {
			assertThat(post(context, WebhookPayloads.ARCHIVE)).hasStatusOk();
			assertThat(context.getBean(FailingListener.class).calls).isOne();
		});
	}

	@Test
	void answers500WhenAListenerThrowsAndTheAppOptsIn() {
		this.runner.withBean(FailingListener.class)
			.withPropertyValues("opentok.webhook.fail-on-listener-error=true")
			.run((context) -> {
				MvcTestResult result = post(context, WebhookPayloads.ARCHIVE);
				assertThat(result).hasStatus(500);
				assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("A listener of the event failed");
				assertThat(result.getResponse().getContentAsString()).doesNotContain("listener boom");
			});
	}

	@Test
	void countsEventsByKindAndOutcome() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withBean(FailingListener.class)
			.run((context) -> {
				post(context, WebhookPayloads.CONNECTION_CREATED);
				post(context, WebhookPayloads.CONNECTION_CREATED);
				post(context, WebhookPayloads.ARCHIVE);
				post(context, "not json");
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(count(registry, "connectionCreated", "published")).isEqualTo(2);
				assertThat(count(registry, "archiveStatus", "failed")).isOne();
				assertThat(count(registry, "archiveStatus", "published")).isZero();
				assertThat(count(registry, "none", "invalid")).isOne();
				assertThat(count(registry, "none", "rejected")).isZero();
			});
	}

	private static double count(MeterRegistry registry, String kind, String outcome) {
		return registry.get("opentok.webhook.events").tags("kind", kind, "outcome", outcome).counter().count();
	}

	private static MvcTestResult post(AssertableWebApplicationContext context, String body) {
		return MockMvcTester.from(context)
			.post()
			.uri(PATH)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private static List<OpenTokEvent> recorded(AssertableWebApplicationContext context) {
		return context.getBean(EventRecorder.class).events();
	}

	// MockMvc keeps bodies in memory and always knows their length: swap in a request
	// that streams its body and announces the given length (-1 for none)
	private static RequestPostProcessor streamed(GeneratedBody body, long contentLength) {
		return (request) -> {
			MockHttpServletRequest streamed = new MockHttpServletRequest(request.getServletContext(), "POST",
					request.getRequestURI()) {

				@Override
				public ServletInputStream getInputStream() {
					return new DelegatingServletInputStream(body);
				}

				@Override
				public int getContentLength() {
					return (int) contentLength;
				}

				@Override
				public long getContentLengthLong() {
					return contentLength;
				}

			};
			streamed.setContentType(MediaType.APPLICATION_JSON_VALUE);
			return streamed;
		};
	}

	static class FailingListener {

		int calls;

		@EventListener
		void on(ArchiveStatusEvent event) {
			this.calls++;
			throw new IllegalStateException("listener boom");
		}

	}

}
