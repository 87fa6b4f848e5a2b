package org.opentok.spring.client.broadcast;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.core.ParameterizedTypeReference;

import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokRequest;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.internal.PageUri;
import org.opentok.spring.client.internal.StreamChangeRequest;

/**
 * The broadcast calls, shared by {@link BroadcastClient} and
 * {@link ReactiveBroadcastClient}: each method validates its arguments and describes the
 * request.
 */
final class BroadcastCalls {

	private static final String BROADCASTS = "/v2/project/{projectId}/broadcast";

	private static final String BROADCAST = BROADCASTS + "/{broadcastId}";

	private static final String WITH_ID = "a broadcast with an id";

	private static final ParameterizedTypeReference<Page<Broadcast>> BROADCAST_PAGE = new ParameterizedTypeReference<>() {
	};

	private BroadcastCalls() {
	}

	static OpenTokRequest<Broadcast> start(BroadcastOptions options) {
		Arguments.requireNonNull(options, "options");
		return OpenTokRequest.of(OpenTokOperation.BROADCAST_START, BROADCASTS, Map.of(), Broadcast.class)
			.jsonBody(StartBroadcastRequest.of(options))
			.requiring(Broadcast::id, WITH_ID);
	}

	static OpenTokRequest<Broadcast> stop(String broadcastId) {
		Arguments.requireId(broadcastId, "broadcastId");
		return OpenTokRequest
			.of(OpenTokOperation.BROADCAST_STOP, BROADCAST + "/stop", Map.of("broadcastId", broadcastId),
					Broadcast.class)
			.requiring(Broadcast::id, WITH_ID);
	}

	static OpenTokRequest<Broadcast> get(String broadcastId) {
		Arguments.requireId(broadcastId, "broadcastId");
		return OpenTokRequest
			.of(OpenTokOperation.BROADCAST_GET, BROADCAST, Map.of("broadcastId", broadcastId), Broadcast.class)
			.requiring(Broadcast::id, WITH_ID);
	}

	static OpenTokRequest<Page<Broadcast>> list(BroadcastQuery query) {
		Arguments.requireNonNull(query, "query");
		PageUri uri = PageUri.of(BROADCASTS, query.page(), query.sessionId());
		return OpenTokRequest.of(OpenTokOperation.BROADCAST_LIST, uri.uriTemplate(), uri.uriVariables(),
				BROADCAST_PAGE);
	}

	static OpenTokRequest<Void> setLayout(String broadcastId, Layout layout) {
		Arguments.requireId(broadcastId, "broadcastId");
		Arguments.requireNonNull(layout, "layout");
		return OpenTokRequest
			.bodiless(OpenTokOperation.BROADCAST_SET_LAYOUT, BROADCAST + "/layout", Map.of("broadcastId", broadcastId))
			.jsonBody(layout);
	}

	static OpenTokRequest<Void> addStream(String broadcastId, String streamId, Boolean hasAudio, Boolean hasVideo) {
		return changeStreams(OpenTokOperation.BROADCAST_ADD_STREAM, broadcastId,
				() -> StreamChangeRequest.add(streamId, hasAudio, hasVideo));
	}

	static OpenTokRequest<Void> addStream(String broadcastId, String streamId) {
		return changeStreams(OpenTokOperation.BROADCAST_ADD_STREAM, broadcastId,
				() -> StreamChangeRequest.add(streamId, null, null));
	}

	static OpenTokRequest<Void> removeStream(String broadcastId, String streamId) {
		return changeStreams(OpenTokOperation.BROADCAST_REMOVE_STREAM, broadcastId,
				() -> StreamChangeRequest.remove(streamId));
	}

	private static OpenTokRequest<Void> changeStreams(OpenTokOperation operation, String broadcastId,
			Supplier<StreamChangeRequest> changeOf) {
		Arguments.requireId(broadcastId, "broadcastId");
		StreamChangeRequest change = changeOf.get();
		return OpenTokRequest.bodiless(operation, BROADCAST + "/streams", Map.of("broadcastId", broadcastId))
			.jsonBody(change);
	}

}
