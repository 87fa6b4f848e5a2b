package org.opentok.spring.client.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * What happened to a SIP call, read from the {@code event} of a SIP call callback.
 *
 * @since 0.1.0
 */
public enum SipCallEventType {

	/**
	 * The call was created ({@code callCreated}).
	 */
	CREATED("callCreated"),

	/**
	 * The call's state changed ({@code callUpdated}).
	 */
	UPDATED("callUpdated"),

	/**
	 * The call ended ({@code callDestroyed}).
	 */
	DESTROYED("callDestroyed"),

	/**
	 * A SIP call event this version of the client does not know.
	 */
	UNKNOWN("unknown");

	private final String wireValue;

	SipCallEventType(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this event.
	 * @return the wire value, such as {@code callCreated}
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the event type a user named, by constant name or wire string
	 * ({@code CREATED} or {@code callCreated}), matched exactly: how Jackson reads this
	 * type from JSON. {@link #UNKNOWN}, which stands for values the server sends, is
	 * refused.
	 * @param value the constant name or wire string
	 * @return the event type
	 * @throws IllegalArgumentException if {@code value} names no event type, with a
	 * message that lists the values allowed
	 */
	@JsonCreator
	public static SipCallEventType parse(@Nullable String value) {
		return WireEnums.parse(values(), SipCallEventType::wireValue, UNKNOWN, value);
	}

	/**
	 * Returns the event type for a wire string. Lenient, for what the server sends: any
	 * other value is {@link #UNKNOWN}. What a user typed is read by
	 * {@link #parse(String)}.
	 * @param value the wire string, such as {@code callDestroyed}
	 * @return the event type, or {@link #UNKNOWN}
	 */
	public static SipCallEventType fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), SipCallEventType::wireValue, value, UNKNOWN);
	}

}
