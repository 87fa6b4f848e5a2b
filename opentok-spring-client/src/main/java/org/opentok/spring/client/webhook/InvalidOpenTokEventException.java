package org.opentok.spring.client.webhook;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.OpenTokException;

/**
 * Thrown by {@link OpenTokEventParser} for a body that is not an OpenTok callback: not a
 * JSON object, or an event of a known kind that lacks a required field or carries a value
 * of the wrong type. The message says what is wrong and never holds the body.
 *
 * @since 0.1.0
 */
public class InvalidOpenTokEventException extends OpenTokException {

	/**
	 * Creates an exception.
	 * @param message what is wrong with the body
	 * @param cause the cause, or {@code null}
	 */
	public InvalidOpenTokEventException(String message, @Nullable Throwable cause) {
		super(null, message, cause);
	}

}
