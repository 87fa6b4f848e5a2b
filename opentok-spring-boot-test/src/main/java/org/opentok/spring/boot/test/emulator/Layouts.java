package org.opentok.spring.boot.test.emulator;

import java.util.List;

/**
 * Checks a composed layout ({@code {"type":..,"stylesheet":..,"screenshareType":..}}) of
 * an archive or broadcast.
 *
 * @since 0.1.0
 */
final class Layouts {

	private static final List<String> TYPES = List.of("bestFit", "pip", "verticalPresentation",
			"horizontalPresentation", "custom", "focus");

	private static final List<String> SCREENSHARE_TYPES = List.of("bestFit", "pip", "verticalPresentation",
			"horizontalPresentation");

	private Layouts() {
	}

	static void check(JsonBody layout) {
		String type = layout.optionalEnum("type", TYPES);
		if (type == null) {
			throw layout.invalid("type", "is required");
		}
		String stylesheet = layout.optionalString("stylesheet");
		if ("custom".equals(type) && (stylesheet == null || stylesheet.isBlank())) {
			throw layout.invalid("stylesheet", "is required with layout type custom");
		}
		if (!"custom".equals(type) && stylesheet != null) {
			throw layout.invalid("stylesheet", "is only allowed with layout type custom");
		}
		String screenshareType = layout.optionalEnum("screenshareType", SCREENSHARE_TYPES);
		if (screenshareType != null && !"bestFit".equals(type)) {
			throw layout.invalid("screenshareType", "is only allowed with layout type bestFit");
		}
	}

}
