package org.opentok.spring.client.stream;

import java.util.Collection;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;

import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokRequest;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.internal.Arguments;

/**
 * The stream calls, shared by {@link StreamClient} and {@link ReactiveStreamClient}: each
 * method validates its arguments and describes the request.
 */
final class StreamCalls {

	private static final String STREAMS = "/v2/project/{projectId}/session/{sessionId}/stream";

	private static final ParameterizedTypeReference<Page<SessionStream>> STREAM_PAGE = new ParameterizedTypeReference<>() {
	};

	private StreamCalls() {
	}

	static OpenTokRequest<SessionStream> get(String sessionId, String streamId) {
		Arguments.requireSessionId(sessionId, "sessionId");
		Arguments.requireId(streamId, "streamId");
		return OpenTokRequest
			.of(OpenTokOperation.STREAM_GET, STREAMS + "/{streamId}",
					Map.of("sessionId", sessionId, "streamId", streamId), SessionStream.class)
			.requiring(SessionStream::id, "a stream with an id");
	}

	static OpenTokRequest<Page<SessionStream>> list(String sessionId) {
		Arguments.requireSessionId(sessionId, "sessionId");
		return OpenTokRequest.of(OpenTokOperation.STREAM_LIST, STREAMS, Map.of("sessionId", sessionId), STREAM_PAGE);
	}

	static OpenTokRequest<Void> setLayoutClasses(String sessionId, String streamId, Collection<String> layoutClasses) {
		Arguments.requireSessionId(sessionId, "sessionId");
		Arguments.requireId(streamId, "streamId");
		return setLayoutClasses(sessionId, Map.of(streamId, Arguments.requireNonNull(layoutClasses, "layoutClasses")));
	}

	static OpenTokRequest<Void> setLayoutClasses(String sessionId,
			Map<String, ? extends Collection<String>> classesByStreamId) {
		Arguments.requireSessionId(sessionId, "sessionId");
		LayoutClassesRequest body = LayoutClassesRequest.of(classesByStreamId);
		return OpenTokRequest
			.bodiless(OpenTokOperation.STREAM_SET_LAYOUT_CLASSES, STREAMS, Map.of("sessionId", sessionId))
			.jsonBody(body);
	}

}
