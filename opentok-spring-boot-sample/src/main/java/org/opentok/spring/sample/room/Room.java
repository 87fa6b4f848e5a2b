package org.opentok.spring.sample.room;

import java.time.Instant;

import org.opentok.spring.client.session.MediaMode;

/**
 * A room: a name that stands for one OpenTok session.
 *
 * @param name the room's name
 * @param sessionId the OpenTok session id
 * @param mediaMode how the session's media flows
 * @param createdAt when the room was created
 * @since 0.1.0
 */
public record Room(String name, String sessionId, MediaMode mediaMode, Instant createdAt) {

	/**
	 * What a room name may be: 1 to 100 letters, digits, {@code _} or {@code -}.
	 */
	public static final String NAME_PATTERN = "[A-Za-z0-9_-]{1,100}";

}
