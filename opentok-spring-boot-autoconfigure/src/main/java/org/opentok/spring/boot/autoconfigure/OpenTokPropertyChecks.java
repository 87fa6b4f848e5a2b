package org.opentok.spring.boot.autoconfigure;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;

/**
 * The checks the {@link OpenTokProperties} records run on what they are bound to, each
 * failing with an {@link OpenTokConfigurationException} that names the property, the
 * value and what is allowed.
 */
final class OpenTokPropertyChecks {

	private OpenTokPropertyChecks() {
	}

	/**
	 * Requires a credential without unresolved {@code ${...}} placeholders.
	 */
	static void requireResolved(String property, @Nullable String value) {
		if (value != null) {
			List<String> placeholders = Placeholders.in(value);
			if (!placeholders.isEmpty()) {
				throw new UnresolvedPlaceholderException(property, placeholders,
						value.equals(String.join("", placeholders)));
			}
		}
	}

	/**
	 * Requires a resource whose location has no unresolved {@code ${...}} placeholders.
	 */
	static void requireResolved(String property, @Nullable Resource location) {
		if (location != null) {
			List<String> placeholders = Placeholders.in(location.getDescription());
			if (!placeholders.isEmpty()) {
				throw new UnresolvedPlaceholderException(property, placeholders, false);
			}
		}
	}

	/**
	 * Requires credentials without unresolved {@code ${...}} placeholders.
	 */
	static void requireResolved(String property, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			requireResolved(property + "[" + i + "]", values.get(i));
		}
	}

	static void requirePositive(String property, @Nullable Duration value, String what, String byDefault) {
		require(value != null && !value.isNegative() && !value.isZero(), property, value,
				what + " must be a positive duration.",
				"Set " + property + " to a positive duration, such as " + byDefault + " (the default).");
	}

	static void requireNotNegative(String property, @Nullable Duration value, String what, String byDefault) {
		require(value != null && !value.isNegative(), property, value, what + " must be 0s or more.",
				"Set " + property + " to 0s or more, such as " + byDefault + " (the default).");
	}

	static void requireBetween(String property, @Nullable Duration value, Duration min, Duration max, String what,
			String byDefault) {
		String range = "from " + print(min) + " to " + print(max);
		require(value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0, property, value,
				what + " must be " + range + ".",
				"Set " + property + " to a duration " + range + ", such as " + byDefault + " (the default).");
	}

	static void requireAtLeast(String property, int value, int min, String what, String byDefault) {
		require(value >= min, property, value, what + " must be " + min + " or more.",
				"Set " + property + " to " + min + " or more, such as " + byDefault + " (the default).");
	}

	/**
	 * Requires a condition of a property's value.
	 * @param valid whether the value is fine
	 * @param property the property
	 * @param value the value as bound, never a secret
	 * @param reason what is wrong, with what is allowed
	 * @param action what to set
	 */
	static void require(boolean valid, String property, @Nullable Object value, String reason, String action) {
		if (!valid) {
			throw new OpenTokConfigurationException(property, String.valueOf(value), reason, action);
		}
	}

	/**
	 * Prints a limit the way it is written in properties, in its largest whole unit, such
	 * as {@code 30d} or {@code 1s}.
	 */
	static String print(Duration limit) {
		long millis = limit.toMillis();
		long[] sizes = { 86_400_000, 3_600_000, 60_000, 1000 };
		String[] units = { "d", "h", "m", "s" };
		for (int i = 0; i < sizes.length; i++) {
			if (millis % sizes[i] == 0) {
				return (millis / sizes[i]) + units[i];
			}
		}
		return millis + "ms";
	}

}
