package org.opentok.spring.client.broadcast;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * The state of one RTMP output of a broadcast.
 *
 * @since 0.1.0
 */
public enum RtmpStatus {

	/**
	 * Connecting to the RTMP server ({@code connecting}).
	 */
	CONNECTING("connecting"),

	/**
	 * Streaming to the RTMP server ({@code live}).
	 */
	LIVE("live"),

	/**
	 * Not streaming to the RTMP server ({@code offline}).
	 */
	OFFLINE("offline"),

	/**
	 * Streaming to the RTMP server failed ({@code error}).
	 */
	ERROR("error"),

	/**
	 * A value this version of the client does not know.
	 */
	UNKNOWN("unknown");

	private final String wireValue;

	RtmpStatus(String wireValue) {
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
	 * Returns the status a user named, by constant name or wire string
	 * ({@code CONNECTING} or {@code connecting}), matched exactly: how Jackson reads this
	 * type from JSON. {@link #UNKNOWN}, which stands for values the server sends, is
	 * refused.
	 * @param value the constant name or wire string
	 * @return the status
	 * @throws IllegalArgumentException if {@code value} names no status, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static RtmpStatus parse(@Nullable String value) {
		return WireEnums.parse(values(), RtmpStatus::wireValue, UNKNOWN, value);
	}

	/**
	 * Returns the constant for a wire string. Lenient, for what the server sends: any
	 * other value is {@link #UNKNOWN}. What a user typed is read by
	 * {@link #parse(String)}.
	 * @param value the wire string
	 * @return the constant, or {@link #UNKNOWN}
	 */
	public static RtmpStatus fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), RtmpStatus::wireValue, value, UNKNOWN);
	}

}
