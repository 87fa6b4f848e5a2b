package org.opentok.spring.sample.room;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.SessionIds;
import org.opentok.spring.client.session.MediaMode;

/**
 * A room: a name that stands for one OpenTok session.
 *
 * @param name the room's name
 * @param sessionId the OpenTok session id
 * @param mediaMode how the session's media flows
 * @param createdAt when the room was created
 * @param projectId the OpenTok project (API key or Vonage application id) the session was
 * created in, or {@code null} for a room stored before projects were recorded
 * @since 0.1.0
 */
public record Room(String name, String sessionId, MediaMode mediaMode, Instant createdAt, @Nullable String projectId) {

	/**
	 * What a room name may be: 1 to 100 letters, digits, {@code _} or {@code -}.
	 */
	public static final String NAME_PATTERN = "[A-Za-z0-9_-]{1,100}";

	/**
	 * Returns the project the room's session belongs to: the one recorded with the room
	 * or, for a room stored before projects were recorded, the one its session id names
	 * (OpenTok's session ids carry their project).
	 * @return the API key or Vonage application id, or {@code null} if unknown
	 */
	public @Nullable String sessionProjectId() {
		if (this.projectId != null) {
			return this.projectId;
		}
		try {
			return SessionIds.projectIdOf(this.sessionId);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Returns whether the room's session can be used with a project's credentials.
	 * @param currentProjectId the API key or Vonage application id in use
	 * @return whether the session belongs to that project
	 */
	public boolean belongsTo(String currentProjectId) {
		return currentProjectId.equals(sessionProjectId());
	}

}
