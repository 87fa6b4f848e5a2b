package org.opentok.spring.client.core;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * When a failed call is tried again. Idempotent operations (GET, PUT, DELETE) are retried
 * on 5xx answers and transport failures; every operation is retried on 429 and 503, which
 * mean the request was not processed. Waits double from {@code initialBackoff}, with
 * jitter, and are never shorter than OpenTok's {@code Retry-After}; a {@code Retry-After}
 * longer than {@link #MAX_RETRY_AFTER} is not waited for.
 *
 * @param maxAttempts attempts in all, 1 to {@link #MAX_ATTEMPTS}; 1 turns retries off
 * @param initialBackoff the wait before the first retry
 * @since 0.1.0
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff) {

	/**
	 * The most attempts a policy may make for one call.
	 */
	public static final int MAX_ATTEMPTS = 10;

	/**
	 * The longest {@code Retry-After} the client waits for; beyond it the failure is
	 * thrown at once.
	 */
	public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

	private static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200));

	private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ofMillis(200));

	/**
	 * Validates the policy.
	 * @param maxAttempts attempts in all
	 * @param initialBackoff the wait before the first retry
	 */
	public RetryPolicy {
		Arguments.requireRange(maxAttempts, 1, MAX_ATTEMPTS, "maxAttempts");
		if (initialBackoff == null || initialBackoff.isNegative()) {
			throw new IllegalArgumentException("'initialBackoff' must be zero or positive, got " + initialBackoff);
		}
	}

	/**
	 * Returns the default policy: 3 attempts, 200 ms initial backoff.
	 * @return the default policy
	 */
	public static RetryPolicy defaults() {
		return DEFAULT;
	}

	/**
	 * Returns a policy that never retries.
	 * @return the policy
	 */
	public static RetryPolicy none() {
		return NONE;
	}

	/**
	 * Decides whether to retry after a failed attempt, and how long to wait first.
	 * @param operation the operation that failed
	 * @param failure the failure
	 * @param attemptsMade how many attempts have been made so far
	 * @return the wait before the next attempt, or {@code null} to give up
	 */
	public @Nullable Duration delayBeforeRetry(OpenTokOperation operation, OpenTokException failure, int attemptsMade) {
		if (attemptsMade >= this.maxAttempts || !isRetryable(operation, failure)) {
			return null;
		}
		Duration backoff = jittered(this.initialBackoff.multipliedBy(1L << Math.min(attemptsMade - 1, 20)));
		Duration retryAfter = (failure instanceof OpenTokApiException api) ? api.getRetryAfter() : null;
		if (retryAfter == null) {
			return backoff;
		}
		if (retryAfter.compareTo(MAX_RETRY_AFTER) > 0) {
			return null;
		}
		return (retryAfter.compareTo(backoff) > 0) ? retryAfter : backoff;
	}

	private static boolean isRetryable(OpenTokOperation operation, OpenTokException failure) {
		if (failure instanceof OpenTokApiException api) {
			int status = api.getStatusCode();
			return status == 429 || status == 503 || (status >= 500 && operation.isIdempotent());
		}
		return failure instanceof OpenTokTransportException && operation.isIdempotent();
	}

	private static Duration jittered(Duration backoff) {
		long millis = backoff.toMillis();
		return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
	}

}
