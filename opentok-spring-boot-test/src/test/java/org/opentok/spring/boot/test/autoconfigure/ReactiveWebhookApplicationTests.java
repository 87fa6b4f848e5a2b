package org.opentok.spring.boot.test.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.boot.test.emulator.WebhookDelivery;
import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.client.webhook.ArchiveStatusEvent;
import org.opentok.spring.client.webhook.ConnectionCreatedEvent;
import org.opentok.spring.client.webhook.OpenTokEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A WebFlux application on Reactor Netty that receives the emulator's signed callbacks
 * through the reactive webhook endpoint, with BlockHound watching every event-loop
 * thread: a session, a connection and an archive started and stopped with the blocking
 * client (on the test's thread) reach listeners that themselves call the blocking client,
 * and no blocking call happens on an event loop.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "opentok.webhook.enabled=true",
				"opentok.webhook.signature-secret=" + ReactiveWebhookApplicationTests.SECRET })
@AutoConfigureOpenTokEmulator(webhookUrl = "http://127.0.0.1:${local.server.port}/opentok/events",
		webhookSecret = ReactiveWebhookApplicationTests.SECRET)
class ReactiveWebhookApplicationTests {

	static final String SECRET = "a-webhook-secret-of-at-least-32-characters";

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private OpenTok openTok;

	@Autowired
	private OpenTokEmulator emulator;

	@Autowired
	private ArchiveListener listener;

	@Value("${local.server.port}")
	private int port;

	@BeforeEach
	void watchForBlockingCalls() {
		BlockingCalls.installAndClear();
		this.emulator.webhooks().clearDeliveries();
	}

	@Test
	void blockHoundCatchesABlockingCallOnThisApplicationsEventLoop() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/blocking")).build();
		assertThat(this.http.send(request, BodyHandlers.discarding()).statusCode()).isEqualTo(500);
		assertThat(BlockingCalls.recorded()).singleElement().asString().contains("Thread.sleep").contains("-http-");
	}

	@Test
	void receivesSignedArchiveAndConnectionCallbacksWithoutBlockingAnEventLoop() {
		String sessionId = this.openTok.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
			.sessionId();
		String connectionId = this.emulator.connect(sessionId).connectionId();
		Archive archive = this.openTok.archives().start(sessionId);
		this.openTok.archives().stop(archive.id());
		assertThat(this.emulator.awaitIdle(Duration.ofSeconds(10))).isTrue();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.listener.archiveStatuses(archive.id())).contains(ArchiveStatus.STARTED,
					ArchiveStatus.STOPPED, ArchiveStatus.AVAILABLE));
		List<WebhookDelivery> deliveries = this.emulator.webhooks().deliveries();
		assertThat(deliveries).extracting(WebhookDelivery::event).contains("connectionCreated", "archive");
		assertThat(deliveries).allSatisfy((delivery) -> {
			assertThat(delivery.signed()).isTrue();
			assertThat(delivery.status()).as(delivery.event()).isEqualTo(200);
		});
		assertThat(this.listener.connections).contains(connectionId);
		assertThat(this.listener.listenedOnNonBlockingThread).isNotEmpty().containsOnly(false);
		assertThat(BlockingCalls.recorded()).isEmpty();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

		@Bean
		ArchiveListener archiveListener(OpenTok openTok) {
			return new ArchiveListener(openTok);
		}

		// the control: a handler that blocks on the event loop
		@Bean
		RouterFunction<ServerResponse> blocking() {
			return RouterFunctions.route().GET("/blocking", (request) -> {
				try {
					Thread.sleep(1);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return ServerResponse.ok().build();
			}).build();
		}

	}

	/**
	 * Listens the way a servlet application would, calling the blocking client from the
	 * listener.
	 */
	static class ArchiveListener {

		private final OpenTok openTok;

		private final List<ArchiveStatusEvent> archives = new CopyOnWriteArrayList<>();

		final List<String> connections = new CopyOnWriteArrayList<>();

		final List<Boolean> listenedOnNonBlockingThread = new CopyOnWriteArrayList<>();

		ArchiveListener(OpenTok openTok) {
			this.openTok = openTok;
		}

		@EventListener
		void on(ArchiveStatusEvent event) {
			// a blocking call, which BlockHound would refuse on an event loop
			this.openTok.archives().get(event.archive().id());
			this.archives.add(event);
		}

		@EventListener
		void on(ConnectionCreatedEvent event) {
			this.connections.add(event.connection().id());
		}

		@EventListener
		void onAny(OpenTokEvent event) {
			this.listenedOnNonBlockingThread.add(Schedulers.isInNonBlockingThread());
		}

		List<ArchiveStatus> archiveStatuses(String archiveId) {
			return this.archives.stream()
				.filter((event) -> event.archive().id().equals(archiveId))
				.map(ArchiveStatusEvent::status)
				.toList();
		}

	}

}
