package org.opentok.spring.client.moderation;

import java.util.Collection;
import java.util.Map;

import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokRequest;
import org.opentok.spring.client.internal.Arguments;

/**
 * The moderation calls, shared by {@link ModerationClient} and
 * {@link ReactiveModerationClient}: each method validates its arguments and describes the
 * request.
 */
final class ModerationCalls {

	private ModerationCalls() {
	}

	static OpenTokRequest<Void> forceDisconnect(String sessionId, String connectionId) {
		Arguments.requireSessionId(sessionId, "sessionId");
		Arguments.requireId(connectionId, "connectionId");
		return OpenTokRequest.bodiless(OpenTokOperation.MODERATION_FORCE_DISCONNECT,
				"/v2/project/{projectId}/session/{sessionId}/connection/{connectionId}",
				Map.of("sessionId", sessionId, "connectionId", connectionId));
	}

	static OpenTokRequest<Void> muteStream(String sessionId, String streamId) {
		Arguments.requireSessionId(sessionId, "sessionId");
		Arguments.requireId(streamId, "streamId");
		return OpenTokRequest.bodiless(OpenTokOperation.MODERATION_MUTE_STREAM,
				"/v2/project/{projectId}/session/{sessionId}/stream/{streamId}/mute",
				Map.of("sessionId", sessionId, "streamId", streamId));
	}

	static OpenTokRequest<Void> muteAll(String sessionId, Collection<String> excludedStreamIds) {
		Arguments.requireSessionId(sessionId, "sessionId");
		return mute(OpenTokOperation.MODERATION_MUTE_ALL, sessionId, MuteRequest.muteAll(excludedStreamIds));
	}

	static OpenTokRequest<Void> disableForceMute(String sessionId) {
		Arguments.requireSessionId(sessionId, "sessionId");
		return mute(OpenTokOperation.MODERATION_DISABLE_FORCE_MUTE, sessionId, MuteRequest.disable());
	}

	private static OpenTokRequest<Void> mute(OpenTokOperation operation, String sessionId, MuteRequest body) {
		return OpenTokRequest
			.bodiless(operation, "/v2/project/{projectId}/session/{sessionId}/mute", Map.of("sessionId", sessionId))
			.jsonBody(body);
	}

}
