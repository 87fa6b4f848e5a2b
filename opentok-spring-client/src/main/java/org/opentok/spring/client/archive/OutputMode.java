package org.opentok.spring.client.archive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * Whether an archive is one composed video or one file per stream.
 *
 * @since 0.1.0
 */
public enum OutputMode {

	/**
	 * All streams in one video file, laid out by a layout ({@code composed}, the
	 * default).
	 */
	COMPOSED("composed"),

	/**
	 * One file per stream, delivered as a zip ({@code individual}); no resolution, layout
	 * or bitrate settings.
	 */
	INDIVIDUAL("individual"),

	/**
	 * A mode this version of the client does not know (responses only).
	 */
	UNKNOWN("unknown");

	private final String wireValue;

	OutputMode(String wireValue) {
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
	 * Returns the mode a user named, by constant name or wire string ({@code COMPOSED} or
	 * {@code composed}), matched exactly: how Jackson reads this type from JSON.
	 * {@link #UNKNOWN}, which stands for values the server sends, is refused.
	 * @param value the constant name or wire string
	 * @return the mode
	 * @throws IllegalArgumentException if {@code value} names no mode, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static OutputMode parse(@Nullable String value) {
		return WireEnums.parse(values(), OutputMode::wireValue, UNKNOWN, value);
	}

	/**
	 * Returns the mode for a wire string. Lenient, for what the server sends: any other
	 * value is {@link #UNKNOWN}. What a user typed is read by {@link #parse(String)}.
	 * @param value the wire string
	 * @return the mode, or {@link #UNKNOWN}
	 */
	public static OutputMode fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), OutputMode::wireValue, value, UNKNOWN);
	}

}
