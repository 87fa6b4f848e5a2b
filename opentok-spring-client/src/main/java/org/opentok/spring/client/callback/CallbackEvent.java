package org.opentok.spring.client.callback;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * The events a callback URL can be registered for: a {@code group} and an {@code event}
 * on the wire.
 *
 * @since 0.1.0
 */
public enum CallbackEvent {

	/**
	 * A client connected to a session ({@code connection}/{@code created}).
	 */
	CONNECTION_CREATED("connection", "created"),

	/**
	 * A client left a session ({@code connection}/{@code destroyed}).
	 */
	CONNECTION_DESTROYED("connection", "destroyed"),

	/**
	 * A client started publishing a stream ({@code stream}/{@code created}).
	 */
	STREAM_CREATED("stream", "created"),

	/**
	 * A stream ended ({@code stream}/{@code destroyed}).
	 */
	STREAM_DESTROYED("stream", "destroyed"),

	/**
	 * An archive changed status ({@code archive}/{@code status}).
	 */
	ARCHIVE_STATUS("archive", "status"),

	/**
	 * A group and event this version of the client does not know (responses only).
	 */
	UNKNOWN("unknown", "unknown");

	private final String group;

	private final String event;

	CallbackEvent(String group, String event) {
		this.group = group;
		this.event = event;
	}

	/**
	 * Returns the {@code group} sent for this event.
	 * @return the group, such as {@code connection}
	 */
	public String group() {
		return this.group;
	}

	/**
	 * Returns the {@code event} sent for this event.
	 * @return the event, such as {@code created}
	 */
	public String event() {
		return this.event;
	}

	/**
	 * Returns the constant for a group and an event.
	 * @param group the group, such as {@code stream}
	 * @param event the event, such as {@code destroyed}
	 * @return the constant, or {@link #UNKNOWN} for a pair that is not allowed
	 */
	public static CallbackEvent of(@Nullable String group, @Nullable String event) {
		for (CallbackEvent candidate : values()) {
			if (candidate != UNKNOWN && candidate.group.equals(group) && candidate.event.equals(event)) {
				return candidate;
			}
		}
		return UNKNOWN;
	}

	/**
	 * Returns the event a user named, by constant name ({@code CONNECTION_CREATED}),
	 * matched exactly: how Jackson reads this type from JSON. {@link #UNKNOWN}, which
	 * stands for values the server sends, is refused.
	 * @param value the constant name
	 * @return the event
	 * @throws IllegalArgumentException if {@code value} names no event, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static CallbackEvent parse(@Nullable String value) {
		return WireEnums.parse(values(), Enum::name, UNKNOWN, value);
	}

}
