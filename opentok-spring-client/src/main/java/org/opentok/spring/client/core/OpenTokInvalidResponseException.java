package org.opentok.spring.client.core;

import org.jspecify.annotations.Nullable;

/**
 * OpenTok answered with a success status but a body the client cannot read (malformed
 * JSON, an unexpected shape).
 *
 * @since 0.1.0
 */
public class OpenTokInvalidResponseException extends OpenTokException {

	/**
	 * Creates the exception.
	 * @param operation the operation whose response could not be read
	 * @param reason what was wrong with the response
	 * @param cause the parsing failure, or {@code null}
	 */
	public OpenTokInvalidResponseException(OpenTokOperation operation, String reason, @Nullable Throwable cause) {
		super(operation, operation.operationName() + " failed: invalid response: " + reason, cause);
	}

}
