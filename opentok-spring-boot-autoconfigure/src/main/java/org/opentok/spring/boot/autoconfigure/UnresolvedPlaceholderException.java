package org.opentok.spring.boot.autoconfigure;

import java.util.List;

import org.opentok.spring.client.internal.Arguments;

/**
 * A credential property still holds {@code ${...}} placeholders that the environment
 * could not resolve, so their text would be used as the credential.
 */
final class UnresolvedPlaceholderException extends OpenTokConfigurationException {

	private final List<String> placeholders;

	/**
	 * Creates the exception.
	 * @param property the property
	 * @param placeholders the unresolved placeholders, as they are in the value
	 * @param whole whether the value is nothing but these placeholders
	 */
	UnresolvedPlaceholderException(String property, List<String> placeholders, boolean whole) {
		super(property, describe(property, placeholders, whole, ""), Placeholders.action(property, placeholders));
		this.placeholders = placeholders;
	}

	List<String> getPlaceholders() {
		return this.placeholders;
	}

	/**
	 * Describes unresolved placeholders of a property.
	 * @param property the property
	 * @param placeholders the placeholders, never any other text of the value
	 * @param whole whether the value is nothing but these placeholders
	 * @param origin where the value was written, such as {@code " (from ...)"}, or empty
	 * @return the description
	 */
	static String describe(String property, List<String> placeholders, boolean whole, String origin) {
		String quoted = String.join(" and ",
				placeholders.stream().map((p) -> "'" + Arguments.printable(p) + "'").toList());
		return property + (whole ? " is " : " holds ") + quoted + origin + ": "
				+ ((placeholders.size() > 1) ? "the placeholders could not be resolved, and their text"
						: "the placeholder could not be resolved, and its text")
				+ " would be used as the value.";
	}

}
