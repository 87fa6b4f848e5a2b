package org.opentok.spring.client.core;

import org.jspecify.annotations.Nullable;

/**
 * The request body is larger than OpenTok accepts (HTTP 413).
 *
 * @since 0.1.0
 */
public class OpenTokPayloadTooLargeException extends OpenTokApiException {

	/**
	 * Creates the exception.
	 * @param operation the operation that failed
	 * @param statusCode the HTTP status code
	 * @param errorCode OpenTok's numeric error code, or {@code null}
	 * @param errorMessage OpenTok's error message, or {@code null}
	 */
	public OpenTokPayloadTooLargeException(OpenTokOperation operation, int statusCode, @Nullable Integer errorCode,
			@Nullable String errorMessage) {
		super(operation, statusCode, errorCode, errorMessage);
	}

}
