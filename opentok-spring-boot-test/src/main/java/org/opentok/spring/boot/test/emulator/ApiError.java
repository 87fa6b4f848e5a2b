package org.opentok.spring.boot.test.emulator;

/**
 * An error answer of the emulated API: the HTTP status and the message of OpenTok's JSON
 * error body ({@code {"code":...,"message":...}}).
 *
 * @since 0.1.0
 */
final class ApiError extends RuntimeException {

	private final int status;

	ApiError(int status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	static ApiError badRequest(String message) {
		return new ApiError(400, message);
	}

	static ApiError forbidden(String message) {
		return new ApiError(403, message);
	}

	static ApiError notFound(String message) {
		return new ApiError(404, message);
	}

	static ApiError conflict(String message) {
		return new ApiError(409, message);
	}

	int status() {
		return this.status;
	}

}
