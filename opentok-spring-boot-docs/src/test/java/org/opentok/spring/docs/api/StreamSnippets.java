package org.opentok.spring.docs.api;

import java.util.List;
import java.util.Map;

import org.opentok.spring.client.connection.ConnectionClient;
import org.opentok.spring.client.connection.SessionConnections;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.stream.SessionStream;
import org.opentok.spring.client.stream.StreamClient;

/**
 * The README's streams and connections snippet.
 */
final class StreamSnippets {

	private StreamSnippets() {
	}

	static SessionConnections streamsAndConnections(StreamClient streams, ConnectionClient connections,
			String sessionId, String streamId) {
		// tag::streams-and-connections[]
		// every stream; totalCount as OpenTok counted
		Page<SessionStream> published = streams.list(sessionId);
		// empty list clears
		streams.setLayoutClasses(sessionId, Map.of(streamId, List.of("full", "focus")));
		SessionConnections connected = connections.list(sessionId);
		// end::streams-and-connections[]
		return connected;
	}

}
