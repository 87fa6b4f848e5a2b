package org.opentok.spring.client.stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * What a stream's video shows, read from {@code videoType}.
 *
 * @since 0.1.0
 */
public enum VideoType {

	/**
	 * A camera ({@code camera}).
	 */
	CAMERA("camera"),

	/**
	 * A shared screen ({@code screen}).
	 */
	SCREEN("screen"),

	/**
	 * A custom video source ({@code custom}).
	 */
	CUSTOM("custom"),

	/**
	 * A video type this version of the client does not know.
	 */
	UNKNOWN("unknown");

	private final String wireValue;

	VideoType(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this video type.
	 * @return the wire value, such as {@code camera}
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the video type a user named, by constant name or wire string
	 * ({@code CAMERA} or {@code camera}), matched exactly: how Jackson reads this type
	 * from JSON. {@link #UNKNOWN}, which stands for values the server sends, is refused.
	 * @param value the constant name or wire string
	 * @return the video type
	 * @throws IllegalArgumentException if {@code value} names no video type, with a
	 * message that lists the values allowed
	 */
	@JsonCreator
	public static VideoType parse(@Nullable String value) {
		return WireEnums.parse(values(), VideoType::wireValue, UNKNOWN, value);
	}

	/**
	 * Returns the video type for a wire string. Lenient, for what the server sends: any
	 * other value is {@link #UNKNOWN}. What a user typed is read by
	 * {@link #parse(String)}.
	 * @param value the wire string, such as {@code screen}
	 * @return the video type, or {@link #UNKNOWN}
	 */
	public static VideoType fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), VideoType::wireValue, value, UNKNOWN);
	}

}
