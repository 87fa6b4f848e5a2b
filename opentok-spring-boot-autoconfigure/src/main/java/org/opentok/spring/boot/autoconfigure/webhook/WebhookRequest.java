package org.opentok.spring.boot.autoconfigure.webhook;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * What the webhook endpoint knows of a request before reading its body, whichever web
 * stack received it.
 *
 * @param headers the request headers
 * @param rawQuery the query as sent (still URL-encoded), or {@code null} without one
 * @param path the path without the query, which may hold a shared token
 * @param contentLength the announced length of the body, or {@code -1} when not announced
 * @param remoteAddress the address the request came from, as the server reports it
 * @since 0.1.0
 */
record WebhookRequest(HttpHeaders headers, @Nullable String rawQuery, String path, long contentLength,
		String remoteAddress) {

}
