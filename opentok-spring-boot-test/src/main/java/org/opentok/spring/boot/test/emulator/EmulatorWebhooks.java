package org.opentok.spring.boot.test.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the emulator POSTs the callbacks the service would send (connection and stream
 * events, server rotation notices and the sessions it ends, archive and broadcast status
 * changes), and what it delivered. Deliveries go out one at a time, in order, on a
 * background thread. With a signature secret each carries
 * {@code Authorization: Bearer <JWT>}, an HS256 JWT with {@code iat}, {@code exp} (5
 * minutes later), {@code jti} and {@code payload_hash}, the SHA-256 hex of the body.
 *
 * @since 0.1.0
 */
public final class EmulatorWebhooks {

	private static final Duration SIGNATURE_LIFETIME = Duration.ofMinutes(5);

	private final Clock clock;

	private final PendingWork work;

	private final ExecutorService sender = Executors
		.newSingleThreadExecutor(new DaemonThreads("opentok-emulator-webhooks"));

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private static final int MAX_DELIVERIES = 10_000;

	private final Deque<WebhookDelivery> deliveries = new ArrayDeque<>();

	private volatile @Nullable Supplier<@Nullable URI> url;

	private volatile @Nullable MACSigner signer;

	EmulatorWebhooks(Clock clock, PendingWork work) {
		this.clock = clock;
		this.work = work;
	}

	/**
	 * Sets the app's callback URL, which receives every event of every project.
	 * @param url the URL, or {@code null} to stop sending
	 * @return these settings
	 */
	public EmulatorWebhooks url(@Nullable URI url) {
		this.url = (url != null) ? () -> url : null;
		return this;
	}

	/**
	 * Sets the app's callback URL, looked up at each delivery: for apps whose port is
	 * only known once they run.
	 * @param url supplies the URL, or {@code null} to send nothing
	 * @return these settings
	 */
	public EmulatorWebhooks urlSupplier(Supplier<@Nullable URI> url) {
		if (url == null) {
			throw new IllegalArgumentException("'url' must not be null");
		}
		this.url = url;
		return this;
	}

	/**
	 * Sets the secret that callbacks are signed with.
	 * @param secret the signature secret, at least 32 characters (HS256 needs a 256-bit
	 * key), or {@code null} to send them unsigned
	 * @return these settings
	 */
	public EmulatorWebhooks signatureSecret(@Nullable String secret) {
		if (secret == null) {
			this.signer = null;
			return this;
		}
		if (secret.getBytes(StandardCharsets.UTF_8).length < 32) {
			throw new IllegalArgumentException(
					"'signatureSecret' must have at least 32 bytes: HS256 needs a 256-bit key");
		}
		try {
			this.signer = new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (JOSEException ex) {
			throw new IllegalArgumentException("'signatureSecret' cannot sign HS256 JWTs", ex);
		}
		return this;
	}

	/**
	 * Returns the deliveries made so far (the latest 10,000), oldest first.
	 * @return the deliveries
	 */
	public List<WebhookDelivery> deliveries() {
		synchronized (this.deliveries) {
			return List.copyOf(this.deliveries);
		}
	}

	/**
	 * Forgets the deliveries made so far.
	 */
	public void clearDeliveries() {
		synchronized (this.deliveries) {
			this.deliveries.clear();
		}
	}

	private void record(WebhookDelivery delivery) {
		synchronized (this.deliveries) {
			if (this.deliveries.size() == MAX_DELIVERIES) {
				this.deliveries.removeFirst();
			}
			this.deliveries.addLast(delivery);
		}
	}

	/**
	 * Queues an event for the app's callback URL and the given registered URLs.
	 * @param registered URLs registered through the callback API for this event
	 * @param payload the event's JSON payload
	 */
	void send(List<URI> registered, ObjectNode payload) {
		Supplier<@Nullable URI> configured = this.url;
		String body = Json.text(payload);
		String event = payload.path("event").asString("");
		this.work.begin();
		try {
			this.sender.execute(() -> {
				try {
					deliver(configured, registered, event, body);
				}
				finally {
					this.work.end();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.work.end();
		}
	}

	private void deliver(@Nullable Supplier<@Nullable URI> configured, List<URI> registered, String event,
			String body) {
		Set<URI> targets = new LinkedHashSet<>();
		if (configured != null) {
			try {
				URI appUrl = configured.get();
				if (appUrl != null) {
					targets.add(appUrl);
				}
			}
			catch (RuntimeException ex) {
				record(new WebhookDelivery(null, event, body, this.signer != null, 0,
						"the callback URL cannot be resolved: " + ex.getMessage()));
			}
		}
		targets.addAll(registered);
		targets.forEach((target) -> post(target, event, body));
	}

	private void post(URI target, String event, String body) {
		MACSigner signing = this.signer;
		HttpRequest.Builder request = HttpRequest.newBuilder(target)
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		try {
			if (signing != null) {
				request.header("Authorization", "Bearer " + sign(signing, body));
			}
			HttpResponse<Void> response = this.http.send(request.build(), HttpResponse.BodyHandlers.discarding());
			record(new WebhookDelivery(target, event, body, signing != null, response.statusCode(), null));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			record(new WebhookDelivery(target, event, body, signing != null, 0, "interrupted"));
		}
		catch (Exception ex) {
			record(new WebhookDelivery(target, event, body, signing != null, 0, ex.toString()));
		}
	}

	private String sign(MACSigner signing, String body) throws JOSEException {
		Instant now = this.clock.instant();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(SIGNATURE_LIFETIME)))
			.jwtID(Ids.uuid())
			.claim("payload_hash", sha256Hex(body))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
				claims);
		jwt.sign(signing);
		return jwt.serialize();
	}

	static String sha256Hex(String body) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	void close() {
		this.sender.shutdownNow();
	}

}
