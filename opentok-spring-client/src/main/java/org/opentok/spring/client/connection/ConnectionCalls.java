package org.opentok.spring.client.connection;

import java.util.Map;

import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokRequest;
import org.opentok.spring.client.internal.Arguments;

/**
 * The connection calls, shared by {@link ConnectionClient} and
 * {@link ReactiveConnectionClient}: each method validates its arguments and describes the
 * request.
 */
final class ConnectionCalls {

	private ConnectionCalls() {
	}

	static OpenTokRequest<SessionConnections> list(String sessionId) {
		Arguments.requireSessionId(sessionId, "sessionId");
		return OpenTokRequest.of(OpenTokOperation.CONNECTION_LIST,
				"/v2/project/{projectId}/session/{sessionId}/connection", Map.of("sessionId", sessionId),
				SessionConnections.class);
	}

}
