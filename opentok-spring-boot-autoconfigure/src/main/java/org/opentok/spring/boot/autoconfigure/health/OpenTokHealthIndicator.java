package org.opentok.spring.boot.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokAuthenticationException;
import org.opentok.spring.client.core.OpenTokException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokRateLimitedException;
import org.opentok.spring.client.core.OpenTokServerException;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.OpenTokTransportException;

/**
 * Health of the OpenTok API ({@code opentok}) that does not hammer it: at most one probe
 * (a one-item archive list) per cache ttl, shared by concurrent health requests; a
 * successful real API call within the ttl counts as UP without a probe; a probe slower
 * than the timeout gives UNKNOWN; a throttled probe keeps the last status until
 * {@code Retry-After}. Never throws and never reports key material.
 *
 * @since 0.1.0
 */
public class OpenTokHealthIndicator implements HealthIndicator, DisposableBean {

	private final OpenTokTransport transport;

	private final Duration cacheTtl;

	private final Duration timeout;

	private final Clock clock;

	private final Map<String, Object> staticDetails;

	private final ExecutorService probeExecutor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "opentok-health-probe");
		thread.setDaemon(true);
		return thread;
	});

	private final Object lock = new Object();

	private @Nullable HealthSnapshot last;

	private @Nullable CompletableFuture<HealthSnapshot> inFlight;

	private Instant noProbeBefore = Instant.MIN;

	/**
	 * Creates the indicator.
	 * @param transport the transport the probe and the real API calls go through
	 * @param credentialKind {@code project} or {@code vonage}, shown in the details
	 * @param cacheTtl how long a result is served before the next probe
	 * @param timeout how long a health request waits for a probe
	 * @param clock the clock
	 */
	public OpenTokHealthIndicator(OpenTokTransport transport, String credentialKind, Duration cacheTtl,
			Duration timeout, Clock clock) {
		this.transport = transport;
		this.cacheTtl = cacheTtl;
		this.timeout = timeout;
		this.clock = clock;
		this.staticDetails = Map.of("apiHost", String.valueOf(transport.apiUrl().getHost()), "credentialKind",
				credentialKind);
	}

	@Override
	public Health health() {
		try {
			return current().toHealth(this.staticDetails);
		}
		catch (RuntimeException ex) {
			return HealthSnapshot.unknown(this.clock.instant(), "health check failed: " + ex.getClass().getSimpleName())
				.toHealth(this.staticDetails);
		}
	}

	private HealthSnapshot current() {
		Instant now = this.clock.instant();
		CompletableFuture<HealthSnapshot> probe;
		synchronized (this.lock) {
			if (this.last != null && this.last.isFresh(now, this.cacheTtl)) {
				return this.last;
			}
			Instant traffic = this.transport.lastSuccessfulCall().orElse(null);
			if (traffic != null && now.isBefore(traffic.plus(this.cacheTtl))
					&& (this.last == null || traffic.isAfter(this.last.checkedAt()))) {
				this.last = HealthSnapshot.up(traffic, "traffic");
				return this.last;
			}
			if (now.isBefore(this.noProbeBefore)) {
				return (this.last != null) ? this.last.withRateLimited()
						: HealthSnapshot.unknown(now, "rate limited").withRateLimited();
			}
			if (this.inFlight == null) {
				this.inFlight = CompletableFuture.supplyAsync(this::probe, this.probeExecutor);
			}
			probe = this.inFlight;
		}
		return await(probe, now);
	}

	private HealthSnapshot await(CompletableFuture<HealthSnapshot> probe, Instant now) {
		try {
			return probe.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return HealthSnapshot.unknown(now, "probe timed out after " + this.timeout.toMillis() + " ms");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return HealthSnapshot.unknown(now, "interrupted");
		}
		catch (ExecutionException ex) {
			return HealthSnapshot.unknown(now, "health check failed: " + ex.getCause().getClass().getSimpleName());
		}
	}

	private HealthSnapshot probe() {
		HealthSnapshot result;
		try {
			this.transport.call(OpenTokOperation.ARCHIVE_LIST, "/v2/project/{projectId}/archive?count={count}",
					Map.of("count", 1), (request) -> request.retrieve().toBodilessEntity());
			result = HealthSnapshot.up(this.clock.instant(), "probe");
		}
		catch (OpenTokRateLimitedException ex) {
			return rateLimited(ex);
		}
		catch (OpenTokAuthenticationException ex) {
			result = HealthSnapshot.down(this.clock.instant(), "authentication failed");
		}
		catch (OpenTokServerException | OpenTokTransportException ex) {
			result = HealthSnapshot.down(this.clock.instant(), "unreachable");
		}
		catch (OpenTokApiException ex) {
			result = HealthSnapshot.unknown(this.clock.instant(), "unexpected answer " + ex.getStatusCode());
		}
		catch (OpenTokException ex) {
			result = HealthSnapshot.unknown(this.clock.instant(), "unexpected answer");
		}
		synchronized (this.lock) {
			this.last = result;
			this.inFlight = null;
		}
		return result;
	}

	private HealthSnapshot rateLimited(OpenTokRateLimitedException ex) {
		Instant now = this.clock.instant();
		Duration wait = (ex.getRetryAfter() != null) ? ex.getRetryAfter() : this.cacheTtl;
		synchronized (this.lock) {
			this.noProbeBefore = now.plus(wait);
			this.inFlight = null;
			if (this.last != null) {
				this.last = this.last.withRateLimited();
				return this.last;
			}
			return HealthSnapshot.unknown(now, "rate limited").withRateLimited();
		}
	}

	@Override
	public void destroy() {
		this.probeExecutor.shutdownNow();
	}

}
