package org.opentok.spring.client.core;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * OpenTok failed to process the request (HTTP 5xx).
 *
 * @since 0.1.0
 */
public class OpenTokServerException extends OpenTokApiException {

	/**
	 * Creates the exception.
	 * @param operation the operation that failed
	 * @param statusCode the HTTP status code
	 * @param errorCode OpenTok's numeric error code, or {@code null}
	 * @param errorMessage OpenTok's error message, or {@code null}
	 */
	public OpenTokServerException(OpenTokOperation operation, int statusCode, @Nullable Integer errorCode,
			@Nullable String errorMessage) {
		super(operation, statusCode, errorCode, errorMessage);
	}

	/**
	 * Creates the exception for an answer that said when to try again.
	 * @param operation the operation that failed
	 * @param statusCode the HTTP status code
	 * @param errorCode OpenTok's numeric error code, or {@code null}
	 * @param errorMessage OpenTok's error message, or {@code null}
	 * @param retryAfter the wait OpenTok asked for in {@code Retry-After}, or
	 * {@code null}
	 */
	public OpenTokServerException(OpenTokOperation operation, int statusCode, @Nullable Integer errorCode,
			@Nullable String errorMessage, @Nullable Duration retryAfter) {
		super(operation, statusCode, errorCode, errorMessage, retryAfter);
	}

}
