package org.opentok.spring.docs.reactive;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;

import org.opentok.spring.boot.test.autoconfigure.AutoConfigureOpenTokEmulator;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.client.ReactiveOpenTok;
import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the README's reactive snippets in a WebFlux application against the emulator: the
 * room handler behind its route, the archive chains, the error answers, and the webhook
 * listener that answers a callback with a reactive call.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "spring.config.import=classpath:readme/webhook.yml",
				"OPENTOK_WEBHOOK_SIGNATURE_SECRET=" + ReactiveSnippetsTests.SECRET })
@AutoConfigureOpenTokEmulator(webhookUrl = "http://localhost:${local.server.port}/opentok/events",
		webhookSecret = ReactiveSnippetsTests.SECRET)
class ReactiveSnippetsTests {

	static final String SECRET = "reactive-webhook-secret-of-32-characters";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	ReactiveOpenTok openTok;

	@Autowired
	OpenTokEmulator emulator;

	@LocalServerPort
	int port;

	@Test
	void theRoomHandlerCreatesASessionWhoseTokenJoinsItAndTheListenerWelcomesTheClient() {
		Map<String, String> room = WebClient.create("http://localhost:" + this.port)
			.post()
			.uri("/rooms")
			.retrieve()
			.bodyToMono(new ParameterizedTypeReference<Map<String, String>>() {
			})
			.block(TIMEOUT);
		String connectionId = this.emulator.connect(room.get("sessionId"), room.get("token")).connectionId();
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(this.emulator.signals()).anySatisfy((signal) -> {
			assertThat(signal.connectionId()).isEqualTo(connectionId);
			assertThat(signal.type()).isEqualTo("welcome");
		}));
	}

	@Test
	void startsAndStopsAnArchiveThenListsItOnceAvailable() {
		String sessionId = connectedSession();
		StepVerifier.create(ReactiveArchiveSnippets.recordForAMoment(this.openTok.archives(), sessionId))
			.assertNext((archive) -> assertThat(archive.status()).isEqualTo(ArchiveStatus.STOPPED))
			.verifyComplete();
		assertThat(this.emulator.awaitIdle(TIMEOUT)).isTrue();
		StepVerifier.create(ReactiveArchiveSnippets.firstAvailable(this.openTok.archives(), sessionId))
			.assertNext((archive) -> assertThat(archive.sessionId()).isEqualTo(sessionId))
			.verifyComplete();
	}

	@Test
	void answersNotFoundAndConflictForTheTypedErrors() {
		StepVerifier
			.create(ReactiveArchiveSnippets.stop(this.openTok.archives(), "b40ef09b-0000-4000-8000-0000000000cc"))
			.assertNext((response) -> assertThat(response.statusCode()).isEqualTo(HttpStatus.NOT_FOUND))
			.verifyComplete();
		String sessionId = connectedSession();
		Archive archive = this.openTok.archives().start(sessionId).block(TIMEOUT);
		this.openTok.archives().stop(archive.id()).block(TIMEOUT);
		StepVerifier.create(ReactiveArchiveSnippets.stop(this.openTok.archives(), archive.id()))
			.assertNext((response) -> assertThat(response.statusCode()).isEqualTo(HttpStatus.CONFLICT))
			.verifyComplete();
	}

	private String connectedSession() {
		String sessionId = this.openTok.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
			.block(TIMEOUT)
			.sessionId();
		this.emulator.connect(sessionId);
		return sessionId;
	}

}
