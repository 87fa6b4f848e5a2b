package org.opentok.spring.client.signal;

import java.util.Map;

import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokRequest;
import org.opentok.spring.client.internal.Arguments;

/**
 * The signal calls, shared by {@link SignalClient} and {@link ReactiveSignalClient}: each
 * method validates its arguments and describes the request.
 */
final class SignalCalls {

	private SignalCalls() {
	}

	static OpenTokRequest<Void> sendToSession(String sessionId, Signal signal) {
		Arguments.requireSessionId(sessionId, "sessionId");
		Arguments.requireNonNull(signal, "signal");
		return OpenTokRequest
			.bodiless(OpenTokOperation.SIGNAL_SEND, "/v2/project/{projectId}/session/{sessionId}/signal",
					Map.of("sessionId", sessionId))
			.jsonBody(signal);
	}

	static OpenTokRequest<Void> sendToConnection(String sessionId, String connectionId, Signal signal) {
		Arguments.requireSessionId(sessionId, "sessionId");
		Arguments.requireId(connectionId, "connectionId");
		Arguments.requireNonNull(signal, "signal");
		return OpenTokRequest
			.bodiless(OpenTokOperation.SIGNAL_SEND_TO_CONNECTION,
					"/v2/project/{projectId}/session/{sessionId}/connection/{connectionId}/signal",
					Map.of("sessionId", sessionId, "connectionId", connectionId))
			.jsonBody(signal);
	}

}
