package org.opentok.spring.boot.test.emulator;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An API request the emulator received, with the status it answered.
 *
 * @param method the HTTP method
 * @param path the path
 * @param query the query parameters
 * @param contentType the request's content type, or {@code null}
 * @param body the request body as text (may hold test credentials such as SIP passwords);
 * empty when the emulator did not read it: the request was refused first (unknown path,
 * bad credentials, a body over the limit) or a fault failed or dropped it
 * @param status the status the emulator answered, {@code 0} if it dropped the connection
 * @param receivedAt when the request arrived
 * @since 0.1.0
 */
public record RecordedRequest(String method, String path, Map<String, String> query, @Nullable String contentType,
		String body, int status, Instant receivedAt) {

	@Override
	public String toString() {
		return "RecordedRequest[" + this.method + " " + this.path + " -> " + this.status + "]";
	}

}
