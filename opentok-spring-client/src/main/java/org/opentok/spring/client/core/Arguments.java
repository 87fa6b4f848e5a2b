package org.opentok.spring.client.core;

import java.util.Collection;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the API clients. Each failure is an
 * {@link IllegalArgumentException} that names the argument and says what is allowed,
 * thrown before any request is sent.
 *
 * @since 0.1.0
 */
public final class Arguments {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]{1,255}");

	private Arguments() {
	}

	/**
	 * Requires a non-null value.
	 * @param <T> the value type
	 * @param value the value
	 * @param name the argument's name
	 * @return the value
	 */
	public static <T> T requireNonNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException("'" + name + "' must not be null");
		}
		return value;
	}

	/**
	 * Requires a string with at least one non-whitespace character.
	 * @param value the value
	 * @param name the argument's name
	 * @return the value
	 */
	public static String requireNonBlank(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("'" + name + "' must not be blank");
		}
		return value;
	}

	/**
	 * Requires an OpenTok id (session, archive, stream, connection, ...): 1 to 255
	 * letters, digits, {@code -}, {@code _}, {@code .} or {@code ~}, so that it is safe
	 * in a path.
	 * @param value the id
	 * @param name the argument's name
	 * @return the id
	 */
	public static String requireId(@Nullable String value, String name) {
		requireNonBlank(value, name);
		if (!ID.matcher(value).matches()) {
			throw new IllegalArgumentException("'" + name + "' must be an OpenTok id (1 to 255 letters, digits, "
					+ "'-', '_', '.' or '~'), got '" + value + "'");
		}
		return value;
	}

	/**
	 * Requires a number within bounds.
	 * @param value the value
	 * @param min the smallest allowed value
	 * @param max the largest allowed value
	 * @param name the argument's name
	 * @return the value
	 */
	public static int requireRange(int value, int min, int max, String name) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(
					"'" + name + "' must be between " + min + " and " + max + ", got " + value);
		}
		return value;
	}

	/**
	 * Requires a string no longer than a limit.
	 * @param value the value, or {@code null}
	 * @param max the largest allowed length in characters
	 * @param name the argument's name
	 * @return the value
	 */
	public static @Nullable String requireMaxLength(@Nullable String value, int max, String name) {
		if (value != null && value.length() > max) {
			throw new IllegalArgumentException(
					"'" + name + "' must be at most " + max + " characters, got " + value.length());
		}
		return value;
	}

	/**
	 * Requires a collection with at most {@code max} elements.
	 * @param <C> the collection type
	 * @param value the collection
	 * @param max the largest allowed size
	 * @param name the argument's name
	 * @return the collection
	 */
	public static <C extends Collection<?>> C requireMaxSize(C value, int max, String name) {
		if (value.size() > max) {
			throw new IllegalArgumentException(
					"'" + name + "' must have at most " + max + " elements, got " + value.size());
		}
		return value;
	}

}
