package org.opentok.spring.client.core;

import org.jspecify.annotations.Nullable;

/**
 * OpenTok's address answered with a redirect (HTTP 3xx). OpenTok never redirects API
 * calls, so the client never follows one: following it would send the request, and its
 * credentials, to wherever the answer points. A redirect means that something between the
 * app and OpenTok (a proxy, a wrong {@code apiUrl}) answered instead.
 *
 * @since 0.1.0
 */
public class OpenTokRedirectException extends OpenTokApiException {

	private final @Nullable String location;

	/**
	 * Creates the exception.
	 * @param operation the operation that failed
	 * @param statusCode the HTTP status code
	 * @param location the {@code Location} the answer pointed to, or {@code null}
	 */
	public OpenTokRedirectException(OpenTokOperation operation, int statusCode, @Nullable String location) {
		super(operation, statusCode, null, "redirect to " + ((location != null) ? location : "no Location")
				+ ", not followed: OpenTok never redirects API calls");
		this.location = location;
	}

	/**
	 * Returns where the answer pointed to.
	 * @return the {@code Location} header, or {@code null} when the answer had none
	 */
	public @Nullable String getLocation() {
		return this.location;
	}

}
