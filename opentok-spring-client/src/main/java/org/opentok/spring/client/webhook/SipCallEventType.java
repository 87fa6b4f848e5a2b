package org.opentok.spring.client.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.WireEnums;

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
	 * Returns the event type for a wire string.
	 * @param value the wire string, such as {@code callDestroyed}
	 * @return the event type, or {@link #UNKNOWN}
	 */
	@JsonCreator
	public static SipCallEventType fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), SipCallEventType::wireValue, value, UNKNOWN);
	}

}
