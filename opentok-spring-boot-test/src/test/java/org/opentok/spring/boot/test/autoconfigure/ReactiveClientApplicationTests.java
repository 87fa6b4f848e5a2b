package org.opentok.spring.boot.test.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.boot.test.emulator.RecordedRequest;
import org.opentok.spring.boot.test.emulator.WebhookDelivery;
import org.opentok.spring.client.ReactiveOpenTok;
import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.client.webhook.ArchiveStatusEvent;
import org.opentok.spring.client.webhook.ConnectionCreatedEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A WebFlux application on Reactor Netty whose handlers call OpenTok through the injected
 * reactive client, on the event loop, with BlockHound watching: a handler creates a
 * session and mints a token, a client joins the emulator with that token, another handler
 * starts and stops an archive in one chain and a third lists the session's archives as a
 * {@code Flux}; the emulator's signed callbacks come back through the reactive webhook
 * endpoint as application events, and no blocking call happens on an event loop.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "opentok.webhook.enabled=true",
				"opentok.webhook.signature-secret=" + ReactiveClientApplicationTests.SECRET })
@AutoConfigureOpenTokEmulator(webhookUrl = "http://127.0.0.1:${local.server.port}/opentok/events",
		webhookSecret = ReactiveClientApplicationTests.SECRET)
class ReactiveClientApplicationTests {

	static final String SECRET = "another-webhook-secret-of-at-least-32-chars";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private OpenTokEmulator emulator;

	@Autowired
	private Handlers handlers;

	@Autowired
	private Events events;

	@Value("${local.server.port}")
	private int port;

	@BeforeEach
	void watchForBlockingCalls() {
		BlockingCalls.installAndClear();
		this.emulator.webhooks().clearDeliveries();
	}

	@Test
	void callsOpenTokFromTheEventLoopAndReceivesItsSignedCallbacks() throws Exception {
		JsonNode room = post("/rooms");
		String sessionId = room.get("sessionId").asString();
		String connectionId = this.emulator.connect(sessionId, room.get("token").asString()).connectionId();
		JsonNode recording = post("/rooms/" + sessionId + "/recording");
		String archiveId = recording.get("id").asString();
		assertThat(recording.get("status").asString()).isEqualTo("STOPPED");
		assertThat(this.emulator.awaitIdle(Duration.ofSeconds(10))).isTrue();
		JsonNode archives = get("/rooms/" + sessionId + "/archives");
		assertThat(archives.valueStream().map((archive) -> archive.get("id").asString())).containsExactly(archiveId);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.events.archiveStatuses(archiveId)).contains(ArchiveStatus.STARTED,
					ArchiveStatus.STOPPED, ArchiveStatus.AVAILABLE));
		assertThat(this.events.connections).contains(connectionId);
		List<WebhookDelivery> deliveries = this.emulator.webhooks().deliveries();
		assertThat(deliveries).extracting(WebhookDelivery::event).contains("connectionCreated", "archive");
		assertThat(deliveries).allSatisfy((delivery) -> {
			assertThat(delivery.signed()).isTrue();
			assertThat(delivery.status()).as(delivery.event()).isEqualTo(200);
		});
		assertThat(this.emulator.requests()).as("the reactive client's calls, each answered with success")
			.hasSize(4)
			.allSatisfy((call) -> assertThat(call.status()).as(call.toString()).isBetween(200, 299));
		assertThat(this.handlers.handledOnEventLoop).hasSize(3).containsOnly(true);
		assertThat(BlockingCalls.recorded()).isEmpty();
	}

	private JsonNode post(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build());
	}

	private JsonNode get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).build());
	}

	private JsonNode send(HttpRequest request) throws Exception {
		HttpResponse<String> response = this.http.send(request, BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

		@Bean
		Handlers handlers(ReactiveOpenTok openTok) {
			return new Handlers(openTok);
		}

		@Bean
		RouterFunction<ServerResponse> routes(Handlers handlers) {
			return RouterFunctions.route()
				.POST("/rooms", handlers::createRoom)
				.POST("/rooms/{sessionId}/recording", handlers::record)
				.GET("/rooms/{sessionId}/archives", handlers::archives)
				.build();
		}

		@Bean
		Events events() {
			return new Events();
		}

	}

	/**
	 * Handlers that chain the reactive client's calls on the event loop.
	 */
	static class Handlers {

		private final ReactiveOpenTok openTok;

		final List<Boolean> handledOnEventLoop = new CopyOnWriteArrayList<>();

		Handlers(ReactiveOpenTok openTok) {
			this.openTok = openTok;
		}

		Mono<ServerResponse> createRoom(ServerRequest request) {
			this.handledOnEventLoop.add(Schedulers.isInNonBlockingThread());
			return this.openTok.sessions()
				.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
				.map((session) -> Map.of("sessionId", session.sessionId(), "token",
						this.openTok.tokens().generate(session.sessionId())))
				.flatMap((room) -> ServerResponse.ok().bodyValue(room));
		}

		Mono<ServerResponse> record(ServerRequest request) {
			this.handledOnEventLoop.add(Schedulers.isInNonBlockingThread());
			return this.openTok.archives()
				.start(request.pathVariable("sessionId"))
				.flatMap((started) -> this.openTok.archives().stop(started.id()))
				.flatMap((stopped) -> ServerResponse.ok()
					.bodyValue(Map.of("id", stopped.id(), "status", stopped.status().name())));
		}

		Mono<ServerResponse> archives(ServerRequest request) {
			this.handledOnEventLoop.add(Schedulers.isInNonBlockingThread());
			return ServerResponse.ok()
				.body(this.openTok.archives()
					.listAll(request.pathVariable("sessionId"))
					.map(Archive::id)
					.map((id) -> Map.of("id", id)), Map.class);
		}

	}

	/**
	 * Records the callbacks' events.
	 */
	static class Events {

		private final List<ArchiveStatusEvent> archives = new CopyOnWriteArrayList<>();

		final List<String> connections = new CopyOnWriteArrayList<>();

		@EventListener
		void on(ArchiveStatusEvent event) {
			this.archives.add(event);
		}

		@EventListener
		void on(ConnectionCreatedEvent event) {
			this.connections.add(event.connection().id());
		}

		List<ArchiveStatus> archiveStatuses(String archiveId) {
			return this.archives.stream()
				.filter((event) -> event.archive().id().equals(archiveId))
				.map(ArchiveStatusEvent::status)
				.toList();
		}

	}

}
