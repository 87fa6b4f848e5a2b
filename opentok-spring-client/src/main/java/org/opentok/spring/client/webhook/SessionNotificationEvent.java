package org.opentok.spring.client.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * OpenTok warns about something that will happen to a session
 * ({@code sessionNotification}, session monitoring), such as the rotation of the media
 * server that hosts it, announced 4 hours and again 1 hour ahead. React by letting
 * clients migrate (or moving them to a new session) and by starting archives, broadcasts,
 * Experience Composers and captions again once the session is on its new server.
 *
 * @param sessionId the session
 * @param projectId the API key (or Vonage application id) the session belongs to, or
 * {@code null}
 * @param timestamp when OpenTok sent the notification, or {@code null} when it did not
 * say
 * @param rawReason the {@code reason} exactly as sent, or {@code null} when there was
 * none; {@link #reason()} reads it
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record SessionNotificationEvent(String sessionId, @Nullable String projectId, @Nullable Instant timestamp,
		@Nullable String rawReason, JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.SESSION_NOTIFICATION;
	}

	/**
	 * Returns what the notification announces.
	 * @return the reason; {@link SessionNotificationReason#UNKNOWN} for one this version
	 * does not know, or none, in which case {@link #rawReason()} holds what arrived
	 */
	public SessionNotificationReason reason() {
		return SessionNotificationReason.fromWire(this.rawReason);
	}

}
