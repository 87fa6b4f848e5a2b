package org.opentok.spring.client.audio;

import java.util.Map;

import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokRequest;
import org.opentok.spring.client.internal.Arguments;

/**
 * The Audio Connector call, shared by {@link AudioConnectorClient} and
 * {@link ReactiveAudioConnectorClient}.
 */
final class AudioConnectorCalls {

	private AudioConnectorCalls() {
	}

	static OpenTokRequest<AudioConnection> connect(AudioConnectorOptions options) {
		Arguments.requireNonNull(options, "options");
		return OpenTokRequest
			.of(OpenTokOperation.AUDIO_CONNECT, "/v2/project/{projectId}/connect", Map.of(), AudioConnection.class)
			.jsonBody(ConnectRequest.of(options))
			.requiring(AudioConnection::id, "an Audio Connector with an id");
	}

}
