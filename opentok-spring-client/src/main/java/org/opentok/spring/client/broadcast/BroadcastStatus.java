package org.opentok.spring.client.broadcast;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * The state of a broadcast.
 *
 * @since 0.1.0
 */
public enum BroadcastStatus {

	/**
	 * The broadcast is running ({@code started}).
	 */
	STARTED("started"),

	/**
	 * The broadcast has ended ({@code stopped}).
	 */
	STOPPED("stopped"),

	/**
	 * The broadcast broke off because of a service disruption ({@code failed}); start it
	 * again.
	 */
	FAILED("failed"),

	/**
	 * A value this version of the client does not know.
	 */
	UNKNOWN("unknown");

	private final String wireValue;

	BroadcastStatus(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this value.
	 * @return the wire value
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the status a user named, by constant name or wire string ({@code STARTED}
	 * or {@code started}), matched exactly: how Jackson reads this type from JSON.
	 * {@link #UNKNOWN}, which stands for values the server sends, is refused.
	 * @param value the constant name or wire string
	 * @return the status
	 * @throws IllegalArgumentException if {@code value} names no status, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static BroadcastStatus parse(@Nullable String value) {
		return WireEnums.parse(values(), BroadcastStatus::wireValue, UNKNOWN, value);
	}

	/**
	 * Returns the constant for a wire string. Lenient, for what the server sends: any
	 * other value is {@link #UNKNOWN}. What a user typed is read by
	 * {@link #parse(String)}.
	 * @param value the wire string
	 * @return the constant, or {@link #UNKNOWN}
	 */
	public static BroadcastStatus fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), BroadcastStatus::wireValue, value, UNKNOWN);
	}

}
