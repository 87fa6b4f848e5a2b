package org.opentok.spring.client.core;

import org.jspecify.annotations.Nullable;

/**
 * OpenTok rejected the request as invalid (HTTP 400).
 *
 * @since 0.1.0
 */
public class OpenTokBadRequestException extends OpenTokApiException {

	/**
	 * Creates the exception.
	 * @param operation the operation that failed
	 * @param statusCode the HTTP status code
	 * @param errorCode OpenTok's numeric error code, or {@code null}
	 * @param errorMessage OpenTok's error message, or {@code null}
	 */
	public OpenTokBadRequestException(OpenTokOperation operation, int statusCode, @Nullable Integer errorCode,
			@Nullable String errorMessage) {
		super(operation, statusCode, errorCode, errorMessage);
	}

}
