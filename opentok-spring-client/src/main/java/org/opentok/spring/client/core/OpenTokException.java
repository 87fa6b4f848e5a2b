package org.opentok.spring.client.core;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the OpenTok client throws. Unchecked; messages never hold a
 * secret or a JWT.
 *
 * @since 0.1.0
 */
public class OpenTokException extends RuntimeException {

	private final @Nullable OpenTokOperation operation;

	/**
	 * Creates an exception for the given operation.
	 * @param operation the API operation that failed, or {@code null} when not tied to
	 * one
	 * @param message the detail message
	 * @param cause the cause, or {@code null}
	 */
	public OpenTokException(@Nullable OpenTokOperation operation, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.operation = operation;
	}

	/**
	 * Returns the API operation that failed.
	 * @return the operation, or {@code null} when the failure is not tied to one
	 */
	public @Nullable OpenTokOperation getOperation() {
		return this.operation;
	}

	/**
	 * Whether repeating the same call later may succeed (rate limiting, server errors,
	 * transport failures).
	 * @return {@code true} for transient failures
	 */
	public boolean isTransient() {
		return false;
	}

}
