package org.opentok.spring.docs.api;

import java.util.List;

import org.opentok.spring.client.moderation.ModerationClient;
import org.opentok.spring.client.signal.Signal;
import org.opentok.spring.client.signal.SignalClient;

/**
 * The README's signal and moderation snippets.
 */
final class SignalSnippets {

	private SignalSnippets() {
	}

	static void signal(SignalClient signals, String sessionId, String connectionId) {
		// tag::signals[]
		signals.sendToSession(sessionId, Signal.of("chat", "hello"));
		signals.sendToConnection(sessionId, connectionId, Signal.of("private", "{\"x\":1}"));
		// end::signals[]
	}

	static void moderate(ModerationClient moderation, String sessionId, String presenterStreamId, String streamId,
			String connectionId) {
		// tag::moderation[]
		// also mutes streams published later
		moderation.muteAll(sessionId, List.of(presenterStreamId));
		moderation.disableForceMute(sessionId);
		moderation.muteStream(sessionId, streamId);
		moderation.forceDisconnect(sessionId, connectionId);
		// end::moderation[]
	}

}
