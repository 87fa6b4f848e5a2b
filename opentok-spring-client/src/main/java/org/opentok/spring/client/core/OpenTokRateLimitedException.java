package org.opentok.spring.client.core;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * OpenTok throttled the request (HTTP 429). {@link #getRetryAfter()} tells how long to
 * wait when OpenTok said so in a {@code Retry-After} header.
 *
 * @since 0.1.0
 */
public class OpenTokRateLimitedException extends OpenTokApiException {

	/**
	 * Creates the exception.
	 * @param operation the operation that failed
	 * @param errorCode OpenTok's numeric error code, or {@code null}
	 * @param errorMessage OpenTok's error message, or {@code null}
	 * @param retryAfter the wait OpenTok asked for, or {@code null} when it gave none
	 */
	public OpenTokRateLimitedException(OpenTokOperation operation, @Nullable Integer errorCode,
			@Nullable String errorMessage, @Nullable Duration retryAfter) {
		super(operation, 429, errorCode, errorMessage, retryAfter);
	}

}
