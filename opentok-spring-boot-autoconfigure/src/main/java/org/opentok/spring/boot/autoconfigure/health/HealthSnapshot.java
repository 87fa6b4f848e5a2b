package org.opentok.spring.boot.autoconfigure.health;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * What the indicator last learnt about the OpenTok API, and when.
 *
 * @param status the status
 * @param checkedAt when it was learnt
 * @param source {@code probe} or {@code traffic}
 * @param reason why the status is not UP, or {@code null}
 * @param rateLimited whether OpenTok throttled the last probe
 */
record HealthSnapshot(Status status, Instant checkedAt, String source, @Nullable String reason, boolean rateLimited) {

	static HealthSnapshot up(Instant checkedAt, String source) {
		return new HealthSnapshot(Status.UP, checkedAt, source, null, false);
	}

	static HealthSnapshot down(Instant checkedAt, String reason) {
		return new HealthSnapshot(Status.DOWN, checkedAt, "probe", reason, false);
	}

	static HealthSnapshot unknown(Instant checkedAt, String reason) {
		return new HealthSnapshot(Status.UNKNOWN, checkedAt, "probe", reason, false);
	}

	boolean isFresh(Instant now, Duration ttl) {
		return !this.rateLimited && now.isBefore(this.checkedAt.plus(ttl));
	}

	HealthSnapshot withRateLimited() {
		return new HealthSnapshot(this.status, this.checkedAt, this.source, this.reason, true);
	}

	Health toHealth(Map<String, Object> staticDetails) {
		Map<String, Object> details = new LinkedHashMap<>(staticDetails);
		details.put("lastCheck", this.checkedAt.toString());
		details.put("source", this.source);
		if (this.reason != null) {
			details.put("reason", this.reason);
		}
		if (this.rateLimited) {
			details.put("rateLimited", true);
		}
		return Health.status(this.status).withDetails(details).build();
	}

}
