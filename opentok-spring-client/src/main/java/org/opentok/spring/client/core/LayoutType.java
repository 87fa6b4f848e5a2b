package org.opentok.spring.client.core;

import com.fasterxml.jackson.annotation.JsonValue;

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

}
