package org.opentok.spring.docs.webhook;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import org.opentok.spring.boot.test.autoconfigure.AutoConfigureOpenTokEmulator;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.client.webhook.ArchiveStatusEvent;
import org.opentok.spring.client.webhook.ConnectionDestroyedEvent;
import org.opentok.spring.client.webhook.DestroyReason;
import org.opentok.spring.client.webhook.SessionDestroyedEvent;
import org.opentok.spring.client.webhook.SessionNotificationEvent;
import org.opentok.spring.client.webhook.SessionNotificationReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

/**
 * Runs the README's webhook properties (imported from the YAML snippet) and listeners:
 * the emulator signs and POSTs its callbacks to the app, and the listeners get them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.import=classpath:readme/webhook.yml",
				"OPENTOK_WEBHOOK_SIGNATURE_SECRET=" + WebhookListenersTests.SECRET })
@AutoConfigureOpenTokEmulator(webhookUrl = "http://localhost:${local.server.port}/opentok/events",
		webhookSecret = WebhookListenersTests.SECRET)
class WebhookListenersTests {

	static final String SECRET = "webhook-secret-of-at-least-32-characters";

	@Autowired
	OpenTok openTok;

	@Autowired
	OpenTokEmulator emulator;

	@MockitoSpyBean
	RecordingListener recording;

	@MockitoSpyBean
	RotationListener rotation;

	@Test
	void archiveAndConnectionEventsReachTheRecordingListener() {
		String sessionId = this.openTok.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
			.sessionId();
		String connectionId = this.emulator.connect(sessionId).connectionId();
		Archive archive = this.openTok.archives().start(sessionId);
		this.openTok.archives().stop(archive.id());
		this.emulator.disconnect(connectionId);
		assertThat(this.emulator.awaitIdle(Duration.ofSeconds(10))).isTrue();
		verify(this.recording, timeout(5000))
			.on(argThat((ArchiveStatusEvent event) -> event.status() == ArchiveStatus.AVAILABLE));
		verify(this.recording, timeout(5000))
			.on(argThat((ConnectionDestroyedEvent event) -> event.connection().id().equals(connectionId)));
	}

	@Test
	void serverRotationReachesTheRotationListener() {
		String sessionId = this.openTok.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
			.sessionId();
		this.emulator.connect(sessionId);
		this.emulator.notifyServerRotation(sessionId);
		this.emulator.rotateServer(sessionId);
		verify(this.rotation, timeout(5000)).on(argThat(
				(SessionNotificationEvent event) -> event.reason() == SessionNotificationReason.SERVER_ROTATION));
		verify(this.rotation, timeout(5000))
			.on(argThat((SessionDestroyedEvent event) -> event.reason() == DestroyReason.SERVER_ROTATION));
	}

}
