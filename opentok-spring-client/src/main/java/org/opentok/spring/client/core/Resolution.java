package org.opentok.spring.client.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * Video resolutions of archives, broadcasts, Experience Composer renders and
 * auto-archived sessions, with their wire strings.
 *
 * @since 0.1.0
 */
public enum Resolution {

	/**
	 * {@code 640x480}, SD landscape (the server's default).
	 */
	SD_HORIZONTAL("640x480"),

	/**
	 * {@code 480x640}, SD portrait.
	 */
	SD_VERTICAL("480x640"),

	/**
	 * {@code 1280x720}, HD landscape.
	 */
	HD_HORIZONTAL("1280x720"),

	/**
	 * {@code 720x1280}, HD portrait.
	 */
	HD_VERTICAL("720x1280"),

	/**
	 * {@code 1920x1080}, full HD landscape.
	 */
	FHD_HORIZONTAL("1920x1080"),

	/**
	 * {@code 1080x1920}, full HD portrait.
	 */
	FHD_VERTICAL("1080x1920"),

	/**
	 * A resolution this version of the client does not know (responses only).
	 */
	UNKNOWN("unknown");

	private final String wireValue;

	Resolution(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this resolution, such as {@code 1280x720}.
	 * @return the wire value
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the resolution a user named, by constant name or wire string
	 * ({@code SD_HORIZONTAL} or {@code 640x480}), matched exactly: how Jackson reads this
	 * type from JSON. {@link #UNKNOWN}, which stands for values the server sends, is
	 * refused.
	 * @param value the constant name or wire string
	 * @return the resolution
	 * @throws IllegalArgumentException if {@code value} names no resolution, with a
	 * message that lists the values allowed
	 */
	@JsonCreator
	public static Resolution parse(@Nullable String value) {
		return WireEnums.parse(values(), Resolution::wireValue, UNKNOWN, value);
	}

	/**
	 * Returns the resolution for a wire string. Lenient, for what the server sends: any
	 * other value is {@link #UNKNOWN}. What a user typed is read by
	 * {@link #parse(String)}.
	 * @param value the wire string, such as {@code 1280x720}
	 * @return the resolution, or {@link #UNKNOWN}
	 */
	public static Resolution fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), Resolution::wireValue, value, UNKNOWN);
	}

}
