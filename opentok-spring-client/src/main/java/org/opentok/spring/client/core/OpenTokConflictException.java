package org.opentok.spring.client.core;

import org.jspecify.annotations.Nullable;

/**
 * The request conflicts with the resource's state (HTTP 409), for example an archive
 * already started or a relayed session that cannot be archived.
 *
 * @since 0.1.0
 */
public class OpenTokConflictException extends OpenTokApiException {

	/**
	 * Creates the exception.
	 * @param operation the operation that failed
	 * @param statusCode the HTTP status code
	 * @param errorCode OpenTok's numeric error code, or {@code null}
	 * @param errorMessage OpenTok's error message, or {@code null}
	 */
	public OpenTokConflictException(OpenTokOperation operation, int statusCode, @Nullable Integer errorCode,
			@Nullable String errorMessage) {
		super(operation, statusCode, errorCode, errorMessage);
	}

}
