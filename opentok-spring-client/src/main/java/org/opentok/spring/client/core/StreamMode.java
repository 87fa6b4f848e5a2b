package org.opentok.spring.client.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * How the streams of an archive or broadcast are chosen.
 *
 * @since 0.1.0
 */
public enum StreamMode {

	/**
	 * Every stream of the session is included ({@code auto}, the default).
	 */
	AUTO("auto"),

	/**
	 * Streams are added and removed explicitly ({@code manual}).
	 */
	MANUAL("manual"),

	/**
	 * A mode this version of the client does not know (responses only).
	 */
	UNKNOWN("unknown");

	private final String wireValue;

	StreamMode(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this mode.
	 * @return the wire value
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the mode a user named, by constant name or wire string ({@code AUTO} or
	 * {@code auto}), matched exactly: how Jackson reads this type from JSON.
	 * {@link #UNKNOWN}, which stands for values the server sends, is refused.
	 * @param value the constant name or wire string
	 * @return the mode
	 * @throws IllegalArgumentException if {@code value} names no mode, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static StreamMode parse(@Nullable String value) {
		return WireEnums.parse(values(), StreamMode::wireValue, UNKNOWN, value);
	}

	/**
	 * Returns the mode for a wire string. Lenient, for what the server sends: any other
	 * value is {@link #UNKNOWN}. What a user typed is read by {@link #parse(String)}.
	 * @param value the wire string
	 * @return the mode, or {@link #UNKNOWN}
	 */
	public static StreamMode fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), StreamMode::wireValue, value, UNKNOWN);
	}

}
