package org.opentok.spring.client.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * The layout of a composed archive or broadcast: a predefined type, or a custom
 * stylesheet. Sent as {@code {"type":..., "stylesheet":..., "screenshareType":...}}.
 *
 * @param type the layout type
 * @param stylesheet the CSS stylesheet, required for {@link LayoutType#CUSTOM} and only
 * allowed there
 * @param screenshareType the layout used while a screen is shared, only with
 * {@link LayoutType#BEST_FIT}
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Layout(@JsonProperty("type") LayoutType type, @JsonProperty("stylesheet") @Nullable String stylesheet,
		@JsonProperty("screenshareType") @Nullable LayoutType screenshareType) {

	/**
	 * Validates the layout.
	 * @param type the layout type
	 * @param stylesheet the CSS stylesheet, or {@code null}
	 * @param screenshareType the screen-share layout, or {@code null}
	 */
	public Layout {
		Arguments.requireNonNull(type, "type");
		if (type == LayoutType.CUSTOM && (stylesheet == null || stylesheet.isBlank())) {
			throw new IllegalArgumentException("'stylesheet' is required with layout type CUSTOM");
		}
		if (type != LayoutType.CUSTOM && stylesheet != null) {
			throw new IllegalArgumentException("'stylesheet' is only allowed with layout type CUSTOM, not " + type);
		}
		if (screenshareType != null && type != LayoutType.BEST_FIT) {
			throw new IllegalArgumentException(
					"'screenshareType' is only allowed with layout type BEST_FIT, not " + type);
		}
		if (screenshareType == LayoutType.CUSTOM) {
			throw new IllegalArgumentException("'screenshareType' must not be CUSTOM");
		}
	}

	/**
	 * Returns a predefined layout.
	 * @param type the layout type, not {@link LayoutType#CUSTOM}
	 * @return the layout
	 */
	public static Layout of(LayoutType type) {
		return new Layout(type, null, null);
	}

	/**
	 * Returns the best-fit layout that switches to another layout while a screen is
	 * shared.
	 * @param screenshareType the layout while a screen is shared
	 * @return the layout
	 */
	public static Layout bestFit(LayoutType screenshareType) {
		return new Layout(LayoutType.BEST_FIT, null, screenshareType);
	}

	/**
	 * Returns a custom layout.
	 * @param stylesheet the CSS stylesheet
	 * @return the layout
	 */
	public static Layout custom(String stylesheet) {
		return new Layout(LayoutType.CUSTOM, stylesheet, null);
	}

}
