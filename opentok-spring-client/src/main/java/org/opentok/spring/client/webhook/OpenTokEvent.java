package org.opentok.spring.client.webhook;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A callback OpenTok POSTed to the application, parsed by {@link OpenTokEventParser}.
 * Every event keeps the JSON body it was read from, so fields this version does not model
 * stay available through {@link #json()}.
 *
 * @since 0.1.0
 */
public sealed interface OpenTokEvent permits ConnectionCreatedEvent, ConnectionDestroyedEvent, StreamCreatedEvent,
		StreamDestroyedEvent, SessionCreatedEvent, SessionDestroyedEvent, SessionNotificationEvent, ArchiveStatusEvent,
		BroadcastStatusEvent, SipCallEvent, RenderStatusEvent, CaptionStatusEvent, UnknownOpenTokEvent {

	/**
	 * Returns the kind of event.
	 * @return the kind
	 */
	OpenTokEventKind kind();

	/**
	 * Returns the session the event is about.
	 * @return the session id, or {@code null} for an unknown event that names none
	 */
	@Nullable String sessionId();

	/**
	 * Returns the body OpenTok sent, as parsed JSON, fields this version does not model
	 * included.
	 * @return the JSON object
	 */
	JsonNode json();

}
