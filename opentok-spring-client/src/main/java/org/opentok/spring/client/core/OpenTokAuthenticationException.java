package org.opentok.spring.client.core;

import org.jspecify.annotations.Nullable;

/**
 * OpenTok refused the credentials (HTTP 401 or 403): a wrong key or secret, an expired
 * auth JWT or a clock far off.
 *
 * @since 0.1.0
 */
public class OpenTokAuthenticationException extends OpenTokApiException {

	/**
	 * Creates the exception.
	 * @param operation the operation that failed
	 * @param statusCode the HTTP status code
	 * @param errorCode OpenTok's numeric error code, or {@code null}
	 * @param errorMessage OpenTok's error message, or {@code null}
	 */
	public OpenTokAuthenticationException(OpenTokOperation operation, int statusCode, @Nullable Integer errorCode,
			@Nullable String errorMessage) {
		super(operation, statusCode, errorCode, errorMessage);
	}

}
