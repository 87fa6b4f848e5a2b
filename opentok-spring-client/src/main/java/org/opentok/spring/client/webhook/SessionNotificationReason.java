package org.opentok.spring.client.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.WireEnums;

/**
 * What a {@link SessionNotificationEvent} announces, read from its {@code reason}.
 *
 * @since 0.1.0
 */
public enum SessionNotificationReason {

	/**
	 * The media server hosting the session will be rotated ({@code serverRotation}).
	 * OpenTok sends the notification 4 hours and again 1 hour before the rotation.
	 * Clients that do not migrate are disconnected then, and archives, broadcasts,
	 * Experience Composers and captions of the session stop and must be started again.
	 */
	SERVER_ROTATION("serverRotation"),

	/**
	 * A reason this version of the client does not know, or none.
	 */
	UNKNOWN("unknown");

	private final String wireValue;

	SessionNotificationReason(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this reason.
	 * @return the wire value, such as {@code serverRotation}
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the reason for a wire string.
	 * @param value the wire string, such as {@code serverRotation}
	 * @return the reason, or {@link #UNKNOWN}
	 */
	@JsonCreator
	public static SessionNotificationReason fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), SessionNotificationReason::wireValue, value, UNKNOWN);
	}

}
