package org.opentok.spring.client.core;

import org.springframework.http.HttpMethod;

/**
 * Every OpenTok REST operation the client performs, with its HTTP method and the stable
 * name used in error messages and observations (for example {@code session.create}).
 *
 * @since 0.1.0
 */
public enum OpenTokOperation {

	/**
	 * Create a session.
	 */
	SESSION_CREATE("session.create", HttpMethod.POST);

	private final String operationName;

	private final HttpMethod method;

	OpenTokOperation(String operationName, HttpMethod method) {
		this.operationName = operationName;
		this.method = method;
	}

	/**
	 * Returns the stable, low-cardinality name of the operation, such as
	 * {@code session.create}.
	 * @return the operation name
	 */
	public String operationName() {
		return this.operationName;
	}

	/**
	 * Returns the HTTP method the operation uses.
	 * @return the HTTP method
	 */
	public HttpMethod method() {
		return this.method;
	}

	/**
	 * Whether repeating the operation has the same effect as doing it once (GET, PUT,
	 * DELETE).
	 * @return {@code true} for idempotent operations
	 */
	public boolean isIdempotent() {
		return this.method == HttpMethod.GET || this.method == HttpMethod.PUT || this.method == HttpMethod.DELETE;
	}

}
