package org.opentok.spring.client.token;

import org.jspecify.annotations.Nullable;

/**
 * Everything in a token but its nonce and JWT id, validated and resolved once per request
 * so that bulk generation only signs.
 *
 * @param sessionId the session id
 * @param role the role
 * @param issuedAt creation time, epoch seconds
 * @param expiresAt expiry time, epoch seconds
 * @param data the raw connection data, or {@code null}
 * @param layoutClasses the space-joined layout classes, or {@code null}
 */
record TokenTemplate(String sessionId, Role role, long issuedAt, long expiresAt, @Nullable String data,
		@Nullable String layoutClasses) {
}
