package org.opentok.spring.boot.autoconfigure.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.opentok.spring.client.webhook.ArchiveStatusEvent;
import org.opentok.spring.client.webhook.OpenTokEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that a signed callback replayed within its signature window is answered 200 and
 * published once, counted as {@code replayed}.
 */
class OpenTokWebhookReplayTests {

	private static final String PATH = "/opentok/events";

	private static final String SECRET = "Jd8mV3qP7xT2zL9kR4wN6bY1cF5hG0sA";

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private static final String BODY = WebhookPayloads.ARCHIVE;

	private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	private final MovableClock clock = new MovableClock(NOW);

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
						WebMvcAutoConfiguration.class, OpenTokWebhookAutoConfiguration.class))
		.withBean(EventRecorder.class)
		.withBean(Clock.class, () -> this.clock)
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withPropertyValues("opentok.webhook.enabled=true", "opentok.webhook.signature-secret=" + SECRET);

	@Test
	void answersAReplayWith200AndPublishesItOnce() {
		this.runner.run((context) -> {
			String token = sign(claims(NOW.minusSeconds(2)).claim("payload_hash", Sha256.hex(bytes(BODY))));
			assertThat(post(context, BODY, token)).hasStatusOk();
			this.clock.advance(Duration.ofMinutes(3));
			MvcTestResult replay = post(context, BODY, token);
			assertThat(replay).hasStatusOk();
			assertThat(replay.getResponse().getContentAsString()).isEmpty();
			assertThat(recorded(context)).singleElement().isInstanceOf(ArchiveStatusEvent.class);
			assertThat(count(context, "published")).isOne();
			assertThat(count(context, "replayed")).isOne();
		});
	}

	@Test
	void recognisesAReplayOfATokenWithoutPayloadHashByTokenAndBody() {
		this.runner.run((context) -> {
			String token = sign(claims(NOW));
			String otherBody = BODY.replace("\"duration\":328", "\"duration\":329");
			assertThat(post(context, BODY, token)).hasStatusOk();
			assertThat(post(context, BODY, token)).hasStatusOk();
			assertThat(post(context, otherBody, token)).hasStatusOk();
			assertThat(recorded(context)).hasSize(2);
			assertThat(count(context, "replayed")).isOne();
		});
	}

	@Test
	void recognisesAReplayWhoseSignatureIsEncodedDifferently() {
		this.runner.run((context) -> {
			String token = sign(claims(NOW).claim("payload_hash", Sha256.hex(bytes(BODY))));
			assertThat(post(context, BODY, token)).hasStatusOk();
			// a 32-byte signature leaves 2 bits of its last base64url character unused
			int last = BASE64URL.indexOf(token.charAt(token.length() - 1));
			String reencoded = token.substring(0, token.length() - 1) + BASE64URL.charAt(last ^ 1);
			assertThat(reencoded).isNotEqualTo(token);
			MvcTestResult replay = post(context, BODY, reencoded);
			assertThat(replay).hasStatusOk();
			assertThat(recorded(context)).hasSize(1);
			assertThat(count(context, "replayed")).isOne();
		});
	}

	@Test
	void distinctCallbacksAreAllPublished() {
		this.runner.run((context) -> {
			for (int i = 0; i < 5; i++) {
				String token = sign(claims(NOW).jwtID("jti-" + i).claim("payload_hash", Sha256.hex(bytes(BODY))));
				assertThat(post(context, BODY, token)).hasStatusOk();
			}
			assertThat(recorded(context)).hasSize(5);
			assertThat(count(context, "replayed")).isZero();
		});
	}

	@Test
	void aReplayAfterTheWindowIsRefusedByTheIssueTimeCheck() {
		this.runner.run((context) -> {
			String token = sign(new JWTClaimsSet.Builder().issueTime(Date.from(NOW))
				.claim("payload_hash", Sha256.hex(bytes(BODY))));
			assertThat(post(context, BODY, token)).hasStatusOk();
			this.clock.advance(SignedCallbackGuard.MAX_AGE.plus(SignedCallbackGuard.CLOCK_SKEW));
			assertThat(post(context, BODY, token)).hasStatusOk();
			this.clock.advance(Duration.ofSeconds(1));
			MvcTestResult late = post(context, BODY, token);
			assertThat(late).hasStatus(401);
			assertThat(late).bodyJson()
				.extractingPath("$.detail")
				.isEqualTo("The JWT was issued more than 5 minutes ago");
			assertThat(recorded(context)).hasSize(1);
			assertThat(count(context, "replayed")).isOne();
			assertThat(count(context, "rejected")).isOne();
		});
	}

	@Test
	void aCallbackWhoseListenerFailedWith500IsPublishedAgainWhenOpenTokRetries() {
		this.runner.withBean(FailingOnceListener.class)
			.withPropertyValues("opentok.webhook.fail-on-listener-error=true")
			.run((context) -> {
				String token = sign(claims(NOW).claim("payload_hash", Sha256.hex(bytes(BODY))));
				assertThat(post(context, BODY, token)).hasStatus(500);
				assertThat(post(context, BODY, token)).hasStatusOk();
				assertThat(post(context, BODY, token)).hasStatusOk();
				assertThat(context.getBean(FailingOnceListener.class).calls).hasValue(2);
				assertThat(count(context, "failed")).isOne();
				assertThat(count(context, "published")).isOne();
				assertThat(count(context, "replayed")).isOne();
			});
	}

	@Test
	void aCallbackWhoseListenerFailedWith200IsNotPublishedAgain() {
		this.runner.withBean(FailingOnceListener.class).run((context) -> {
			String token = sign(claims(NOW).claim("payload_hash", Sha256.hex(bytes(BODY))));
			assertThat(post(context, BODY, token)).hasStatusOk();
			assertThat(post(context, BODY, token)).hasStatusOk();
			assertThat(context.getBean(FailingOnceListener.class).calls).hasValue(1);
			assertThat(count(context, "replayed")).isOne();
		});
	}

	@Test
	void concurrentDeliveriesOfOneCallbackPublishItOnce() {
		this.runner.withBean(SlowListener.class).run((context) -> {
			String token = sign(claims(NOW).claim("payload_hash", Sha256.hex(bytes(BODY))));
			int deliveries = 8;
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(deliveries);
			try {
				List<Future<Integer>> statuses = new ArrayList<>();
				for (int i = 0; i < deliveries; i++) {
					statuses.add(pool.submit(() -> {
						start.await();
						return post(context, BODY, token).getResponse().getStatus();
					}));
				}
				start.countDown();
				for (Future<Integer> status : statuses) {
					assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(200);
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(context.getBean(SlowListener.class).calls).hasValue(1);
			assertThat(recorded(context)).hasSize(1);
			assertThat(count(context, "replayed")).isEqualTo(deliveries - 1);
		});
	}

	private static MvcTestResult post(AssertableWebApplicationContext context, String body, String token) {
		return MockMvcTester.from(context)
			.post()
			.uri(PATH)
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.content(body)
			.exchange();
	}

	private static JWTClaimsSet.Builder claims(Instant issuedAt) {
		return new JWTClaimsSet.Builder().issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(5))))
			.jwtID("0b7f7c3e-0000-4000-8000-000000000001")
			.claim("api_key", "123456");
	}

	private static String sign(JWTClaimsSet.Builder claims) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
				claims.build());
		jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
		return jwt.serialize();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static double count(AssertableWebApplicationContext context, String outcome) {
		String kind = (outcome.equals("rejected")) ? "none" : "archiveStatus";
		return context.getBean(MeterRegistry.class)
			.get("opentok.webhook.events")
			.tags("kind", kind, "outcome", outcome)
			.counter()
			.count();
	}

	private static List<OpenTokEvent> recorded(AssertableWebApplicationContext context) {
		return context.getBean(EventRecorder.class).events();
	}

	static class FailingOnceListener {

		final AtomicInteger calls = new AtomicInteger();

		@EventListener
		void on(ArchiveStatusEvent event) {
			if (this.calls.incrementAndGet() == 1) {
				throw new IllegalStateException("listener boom");
			}
		}

	}

	static class SlowListener {

		final AtomicInteger calls = new AtomicInteger();

		@EventListener
		void on(ArchiveStatusEvent event) throws InterruptedException {
			this.calls.incrementAndGet();
			// the other deliveries arrive while this one is being published
			Thread.sleep(300);
		}

	}

	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
