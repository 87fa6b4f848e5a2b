package org.opentok.spring.client.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * How the video of a composed archive or broadcast is laid out.
 *
 * @since 0.1.0
 */
public enum LayoutType {

	/**
	 * A grid that fits every stream ({@code bestFit}, the default).
	 */
	BEST_FIT("bestFit"),

	/**
	 * One large stream with a small one in a corner ({@code pip}).
	 */
	PIP("pip"),

	/**
	 * One large stream with the others in a column beside it
	 * ({@code verticalPresentation}).
	 */
	VERTICAL_PRESENTATION("verticalPresentation"),

	/**
	 * One large stream with the others in a row below it
	 * ({@code horizontalPresentation}).
	 */
	HORIZONTAL_PRESENTATION("horizontalPresentation"),

	/**
	 * Laid out by a CSS stylesheet ({@code custom}).
	 */
	CUSTOM("custom");

	private final String wireValue;

	LayoutType(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this layout type.
	 * @return the wire value
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the layout type a user named, by constant name or wire string
	 * ({@code BEST_FIT} or {@code bestFit}), matched exactly: how Jackson reads this type
	 * from JSON.
	 * @param value the constant name or wire string
	 * @return the layout type
	 * @throws IllegalArgumentException if {@code value} names no layout type, with a
	 * message that lists the values allowed
	 */
	@JsonCreator
	public static LayoutType parse(@Nullable String value) {
		return WireEnums.parse(values(), LayoutType::wireValue, null, value);
	}

}
