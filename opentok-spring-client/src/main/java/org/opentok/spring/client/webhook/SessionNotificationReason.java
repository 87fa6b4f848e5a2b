package org.opentok.spring.client.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

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
	 * Returns the reason a user named, by constant name or wire string
	 * ({@code SERVER_ROTATION} or {@code serverRotation}), matched exactly: how Jackson
	 * reads this type from JSON. {@link #UNKNOWN}, which stands for values the server
	 * sends, is refused.
	 * @param value the constant name or wire string
	 * @return the reason
	 * @throws IllegalArgumentException if {@code value} names no reason, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static SessionNotificationReason parse(@Nullable String value) {
		return WireEnums.parse(values(), SessionNotificationReason::wireValue, UNKNOWN, value);
	}

	/**
	 * Returns the reason for a wire string. Lenient, for what the server sends: any other
	 * value is {@link #UNKNOWN}. What a user typed is read by {@link #parse(String)}.
	 * @param value the wire string, such as {@code serverRotation}
	 * @return the reason, or {@link #UNKNOWN}
	 */
	public static SessionNotificationReason fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), SessionNotificationReason::wireValue, value, UNKNOWN);
	}

}
