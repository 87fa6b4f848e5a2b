package org.opentok.spring.client.core;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * OpenTok answered a request with a non-2xx status. Carries the HTTP status, OpenTok's
 * own error code and message, and the operation. Subclasses name the meaning of the
 * status.
 *
 * @since 0.1.0
 */
public class OpenTokApiException extends OpenTokException {

	private final int statusCode;

	private final @Nullable Integer errorCode;

	private final @Nullable String errorMessage;

	private final @Nullable Duration retryAfter;

	/**
	 * Creates an exception for a non-2xx answer.
	 * @param operation the operation that failed
	 * @param statusCode the HTTP status code
	 * @param errorCode OpenTok's numeric error code, or {@code null} when the body had
	 * none
	 * @param errorMessage OpenTok's error message, or {@code null} when the body had none
	 */
	public OpenTokApiException(OpenTokOperation operation, int statusCode, @Nullable Integer errorCode,
			@Nullable String errorMessage) {
		this(operation, statusCode, errorCode, errorMessage, null);
	}

	/**
	 * Creates an exception for a non-2xx answer that said when to try again.
	 * @param operation the operation that failed
	 * @param statusCode the HTTP status code
	 * @param errorCode OpenTok's numeric error code, or {@code null} when the body had
	 * none
	 * @param errorMessage OpenTok's error message, or {@code null} when the body had none
	 * @param retryAfter the wait OpenTok asked for in {@code Retry-After}, or
	 * {@code null}
	 */
	public OpenTokApiException(OpenTokOperation operation, int statusCode, @Nullable Integer errorCode,
			@Nullable String errorMessage, @Nullable Duration retryAfter) {
		super(operation, describe(operation, statusCode, errorMessage), null);
		this.statusCode = statusCode;
		this.errorCode = errorCode;
		this.errorMessage = errorMessage;
		this.retryAfter = retryAfter;
	}

	private static String describe(OpenTokOperation operation, int statusCode, @Nullable String errorMessage) {
		String message = operation.operationName() + " failed: " + statusCode;
		return (errorMessage != null) ? message + " " + errorMessage : message;
	}

	/**
	 * Returns the HTTP status code OpenTok answered with.
	 * @return the status code
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Returns OpenTok's numeric error code ({@code code} in the error body).
	 * @return the code, or {@code null} when the body had none
	 */
	public @Nullable Integer getErrorCode() {
		return this.errorCode;
	}

	/**
	 * Returns OpenTok's error message ({@code message} in the error body).
	 * @return the message, or {@code null} when the body had none
	 */
	public @Nullable String getErrorMessage() {
		return this.errorMessage;
	}

	/**
	 * Returns the wait OpenTok asked for in its {@code Retry-After} header (sent with 429
	 * and some 503 answers).
	 * @return the wait, or {@code null} when the header was absent or unreadable
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

	@Override
	public boolean isTransient() {
		return this.statusCode == 429 || this.statusCode >= 500;
	}

}
