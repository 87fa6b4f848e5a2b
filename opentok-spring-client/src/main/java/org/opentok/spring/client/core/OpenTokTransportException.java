package org.opentok.spring.client.core;

import org.jspecify.annotations.Nullable;

/**
 * The request did not get an answer: a connection failure, a dropped connection or a
 * timeout. The request may or may not have reached OpenTok.
 *
 * @since 0.1.0
 */
public class OpenTokTransportException extends OpenTokException {

	/**
	 * Creates the exception.
	 * @param operation the operation that failed
	 * @param cause the I/O failure
	 */
	public OpenTokTransportException(OpenTokOperation operation, Throwable cause) {
		super(operation, operation.operationName() + " failed: " + describe(cause), cause);
	}

	/**
	 * Creates the exception with its own description.
	 * @param operation the operation that failed
	 * @param reason what went wrong, without the operation's name
	 * @param cause the failure that ended the call, or {@code null} when it was an answer
	 */
	public OpenTokTransportException(OpenTokOperation operation, String reason, @Nullable Throwable cause) {
		super(operation, operation.operationName() + " failed: " + reason, cause);
	}

	private static String describe(Throwable cause) {
		Throwable root = cause;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? " (" + message + ")" : "");
	}

	@Override
	public boolean isTransient() {
		return true;
	}

}
