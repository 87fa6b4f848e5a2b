package org.opentok.spring.boot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.broadcast.BroadcastOptions;
import org.opentok.spring.client.callback.CallbackEvent;
import org.opentok.spring.client.token.TokenOptions;
import org.opentok.spring.client.webhook.DestroyReason;
import org.opentok.spring.client.webhook.OpenTokEventParser;
import org.opentok.spring.client.webhook.SessionDestroyedEvent;
import org.opentok.spring.client.webhook.SessionNotificationEvent;
import org.opentok.spring.client.webhook.SessionNotificationReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Callbacks the emulator POSTs to a receiving server, unsigned and signed.
 */
class WebhookDeliveryTests {

	private static final String SECRET = "webhook-signature-secret-0123456789abcdef";

	private final WebhookReceiver receiver = new WebhookReceiver("/");

	@RegisterExtension
	final EmulatorFixture fixture = new EmulatorFixture(
			OpenTokEmulator.builder().webhookUrl(this.receiver.url("/opentok/events")));

	@AfterEach
	void stop() {
		this.receiver.close();
	}

	@Test
	void postsConnectionAndStreamEventsShapedAsTheService() {
		String sessionId = this.fixture.relayedSession();
		String token = this.fixture.openTok()
			.tokens()
			.generate(sessionId, TokenOptions.builder().data("userId=42").build());
		SimulatedConnection client = this.fixture.emulator().connect(sessionId, token);
		SimulatedStream stream = this.fixture.emulator().publish(client.connectionId());
		this.fixture.emulator().disconnect(client.connectionId());
		List<WebhookReceiver.Received> received = this.receiver.drain(this.fixture.emulator());
		assertThat(received).extracting(WebhookReceiver.Received::event)
			.containsExactly("connectionCreated", "streamCreated", "streamDestroyed", "connectionDestroyed");
		assertThat(received).allSatisfy((callback) -> {
			assertThat(callback.method()).isEqualTo("POST");
			assertThat(callback.path()).isEqualTo("/opentok/events");
			assertThat(callback.contentType()).isEqualTo("application/json");
			assertThat(callback.authorization()).isNull();
			assertThat(callback.json().path("sessionId").asString()).isEqualTo(sessionId);
			assertThat(callback.json().path("projectId").isString()).isTrue();
			assertThat(callback.json().path("timestamp").isIntegralNumber()).isTrue();
		});
		JsonNode connection = received.get(0).json().path("connection");
		assertThat(connection.path("id").asString()).isEqualTo(client.connectionId());
		assertThat(connection.path("data").asString()).isEqualTo("userId=42");
		assertThat(connection.path("createdAt").asLong()).isEqualTo(client.createdAt().toEpochMilli());
		JsonNode created = received.get(1).json().path("stream");
		assertThat(created.path("id").asString()).isEqualTo(stream.streamId());
		assertThat(created.path("videoType").asString()).isEqualTo("camera");
		assertThat(created.path("connection").path("id").asString()).isEqualTo(client.connectionId());
		assertThat(received.get(2).json().path("reason").asString()).isEqualTo("clientDisconnected");
		assertThat(received.get(3).json().path("reason").asString()).isEqualTo("clientDisconnected");
		assertThat(this.fixture.emulator().webhooks().deliveries()).hasSize(4)
			.allSatisfy((delivery) -> assertThat(delivery.succeeded()).isTrue());
	}

	@Test
	void postsForceDisconnectedReasons() {
		String sessionId = this.fixture.routedSession();
		SimulatedConnection client = this.fixture.emulator().connect(sessionId);
		this.fixture.emulator().publish(client.connectionId());
		this.fixture.openTok().moderation().forceDisconnect(sessionId, client.connectionId());
		List<WebhookReceiver.Received> received = this.receiver.drain(this.fixture.emulator());
		assertThat(received).extracting(WebhookReceiver.Received::event)
			.endsWith("streamDestroyed", "connectionDestroyed");
		assertThat(received.subList(2, 4)).allSatisfy(
				(callback) -> assertThat(callback.json().path("reason").asString()).isEqualTo("forceDisconnected"));
	}

	// https://developer.vonage.com/en/video/guides/server-rotation,
	// https://developer.vonage.com/en/video/guides/service-disruption-callbacks
	@Test
	void postsAServerRotationNotice() {
		String sessionId = this.fixture.routedSession();
		this.fixture.emulator().notifyServerRotation(sessionId);
		List<WebhookReceiver.Received> received = this.receiver.drain(this.fixture.emulator());
		assertThat(received).singleElement().satisfies((callback) -> {
			assertThat(callback.event()).isEqualTo("sessionNotification");
			assertThat(callback.path()).isEqualTo("/opentok/events");
			assertThat(callback.json().path("sessionId").asString()).isEqualTo(sessionId);
			assertThat(callback.json().path("projectId").asString())
				.isEqualTo(this.fixture.emulator().credentials().apiKey());
			assertThat(callback.json().path("reason").asString()).isEqualTo("serverRotation");
			assertThat(callback.json().path("timestamp").isIntegralNumber()).isTrue();
			assertThat(new OpenTokEventParser().parse(callback.body()))
				.isInstanceOfSatisfying(SessionNotificationEvent.class, (event) -> {
					assertThat(event.sessionId()).isEqualTo(sessionId);
					assertThat(event.reason()).isEqualTo(SessionNotificationReason.SERVER_ROTATION);
				});
		});
		assertThatIllegalArgumentException().isThrownBy(() -> this.fixture.emulator().notifyServerRotation("2_nope"))
			.withMessageContaining("2_nope");
	}

	@Test
	void rotatesTheServerUnderConnectedClients() {
		String sessionId = this.fixture.routedSession();
		SimulatedConnection client = this.fixture.emulator().connect(sessionId);
		this.fixture.emulator().publish(client.connectionId());
		Archive archive = this.fixture.openTok().archives().start(sessionId);
		this.receiver.drain(this.fixture.emulator());
		this.fixture.emulator().rotateServer(sessionId);
		List<WebhookReceiver.Received> received = this.receiver.drain(this.fixture.emulator());
		assertThat(received).extracting(WebhookReceiver.Received::event)
			.containsExactly("streamDestroyed", "connectionDestroyed", "sessionDestroyed", "archive", "archive");
		assertThat(received.subList(0, 2)).allSatisfy(
				(callback) -> assertThat(callback.json().path("reason").asString()).isEqualTo("forceDisconnected"));
		WebhookReceiver.Received destroyed = received.get(2);
		assertThat(destroyed.json().path("sessionId").asString()).isEqualTo(sessionId);
		assertThat(destroyed.json().path("reason").asString()).isEqualTo("serverRotation");
		assertThat(new OpenTokEventParser().parse(destroyed.body())).isInstanceOfSatisfying(SessionDestroyedEvent.class,
				(event) -> assertThat(event.reason()).isEqualTo(DestroyReason.SERVER_ROTATION));
		assertThat(received.subList(3, 5)).extracting((callback) -> callback.json().path("status").asString())
			.containsExactly("stopped", "available");
		assertThat(this.fixture.emulator().connections(sessionId)).isEmpty();
		assertThat(this.fixture.openTok().archives().get(archive.id()).status()).isEqualTo(ArchiveStatus.AVAILABLE);
		this.fixture.emulator().connect(sessionId);
		assertThat(this.fixture.openTok().archives().start(sessionId).status()).isEqualTo(ArchiveStatus.STARTED);
	}

	@Test
	void rotatesTheServerOfASessionWithoutClientsQuietly() {
		String sessionId = this.fixture.relayedSession();
		this.fixture.emulator().rotateServer(sessionId);
		assertThat(this.receiver.drain(this.fixture.emulator())).isEmpty();
	}

	@Test
	void postsEveryArchiveStatusChange() {
		String sessionId = this.fixture.recordableSession();
		this.receiver.drain(this.fixture.emulator());
		Archive archive = this.fixture.openTok().archives().start(sessionId);
		this.fixture.openTok().archives().stop(archive.id());
		List<WebhookReceiver.Received> received = this.receiver.drain(this.fixture.emulator());
		assertThat(received).extracting(WebhookReceiver.Received::event).containsOnly("archive");
		assertThat(received).extracting((callback) -> callback.json().path("status").asString())
			.containsExactly("started", "stopped", "available");
		JsonNode available = received.get(2).json();
		assertThat(available.path("id").asString()).isEqualTo(archive.id());
		assertThat(available.path("url").asString()).startsWith(this.fixture.emulator().baseUrl().toString());
		assertThat(available.path("partnerId").asLong())
			.isEqualTo(Long.parseLong(this.fixture.emulator().credentials().apiKey()));
	}

	@Test
	void postsBroadcastStatusChanges() {
		String broadcastId = this.fixture.openTok()
			.broadcasts()
			.start(BroadcastOptions.builder().sessionId(this.fixture.routedSession()).hls().build())
			.id();
		this.fixture.openTok().broadcasts().stop(broadcastId);
		List<WebhookReceiver.Received> received = this.receiver.drain(this.fixture.emulator());
		assertThat(received).extracting(WebhookReceiver.Received::event).containsExactly("broadcast", "broadcast");
		assertThat(received).extracting((callback) -> callback.json().path("status").asString())
			.containsExactly("started", "stopped");
	}

	@Test
	void signsCallbacksWithTheSignatureSecret() throws Exception {
		this.fixture.emulator().webhooks().signatureSecret(SECRET);
		this.fixture.emulator().connect(this.fixture.relayedSession());
		WebhookReceiver.Received callback = this.receiver.next();
		assertThat(callback.authorization()).startsWith("Bearer ");
		SignedJWT jwt = SignedJWT.parse(callback.authorization().substring(7));
		assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		String bodyHash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(callback.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(claims.getStringClaim("payload_hash")).isEqualTo(bodyHash);
		Instant issuedAt = claims.getIssueTime().toInstant();
		assertThat(issuedAt).isBetween(Instant.now().minusSeconds(10), Instant.now().plusSeconds(1));
		assertThat(Duration.between(issuedAt, claims.getExpirationTime().toInstant())).isEqualTo(Duration.ofMinutes(5));
		assertThat(claims.getJWTID()).isNotBlank();
		assertThat(this.fixture.emulator().awaitIdle(Duration.ofSeconds(5))).isTrue();
		assertThat(this.fixture.emulator().webhooks().deliveries()).singleElement()
			.satisfies((delivery) -> assertThat(delivery.signed()).isTrue());
	}

	@Test
	void sendsToUrlsRegisteredThroughTheCallbackApiForTheirEventOnly() {
		this.fixture.emulator().webhooks().url(null);
		this.fixture.openTok()
			.callbacks()
			.register(CallbackEvent.STREAM_CREATED, this.receiver.url("/streams").toString());
		String sessionId = this.fixture.routedSession();
		SimulatedConnection client = this.fixture.emulator().connect(sessionId);
		this.fixture.emulator().publish(client.connectionId());
		this.fixture.emulator().disconnect(client.connectionId());
		List<WebhookReceiver.Received> received = this.receiver.drain(this.fixture.emulator());
		assertThat(received).singleElement().satisfies((callback) -> {
			assertThat(callback.path()).isEqualTo("/streams");
			assertThat(callback.event()).isEqualTo("streamCreated");
		});
	}

	@Test
	void recordsDeliveriesThatCannotReachTheApp() {
		this.receiver.close();
		this.fixture.emulator().connect(this.fixture.relayedSession());
		this.fixture.emulator().awaitIdle(Duration.ofSeconds(5));
		assertThat(this.fixture.emulator().webhooks().deliveries()).singleElement().satisfies((delivery) -> {
			assertThat(delivery.succeeded()).isFalse();
			assertThat(delivery.status()).isZero();
			assertThat(delivery.error()).isNotBlank();
			assertThat(delivery.event()).isEqualTo("connectionCreated");
		});
	}

	@Test
	void resolvesTheUrlAtEachDelivery() {
		String[] path = { "/first" };
		this.fixture.emulator().webhooks().urlSupplier(() -> this.receiver.url(path[0]));
		String sessionId = this.fixture.relayedSession();
		this.fixture.emulator().connect(sessionId);
		assertThat(this.receiver.next().path()).isEqualTo("/first");
		path[0] = "/second";
		this.fixture.emulator().connect(sessionId);
		assertThat(this.receiver.next().path()).isEqualTo("/second");
	}

}
