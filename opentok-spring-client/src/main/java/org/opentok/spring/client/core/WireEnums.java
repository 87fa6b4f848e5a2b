package org.opentok.spring.client.core;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Maps OpenTok's wire strings to enum constants, with a fallback for values this version
 * of the client does not know, so that a new value from the server never breaks parsing.
 *
 * @since 0.1.0
 */
public final class WireEnums {

	private WireEnums() {
	}

	/**
	 * Returns the constant whose wire value is {@code value}.
	 * @param <E> the enum type
	 * @param constants the enum's constants
	 * @param wireValue how a constant's wire value is read
	 * @param value the wire value
	 * @param unknown what to return for a value no constant has
	 * @return the matching constant, or {@code unknown}
	 */
	public static <E extends Enum<E>> E fromWire(E[] constants, Function<E, String> wireValue, @Nullable String value,
			E unknown) {
		for (E constant : constants) {
			if (wireValue.apply(constant).equals(value)) {
				return constant;
			}
		}
		return unknown;
	}

	/**
	 * Requires a constant other than the unknown-value fallback, for values sent to
	 * OpenTok.
	 * @param <E> the enum type
	 * @param value the value
	 * @param unknown the fallback constant
	 * @param name the argument's name
	 * @return the value
	 */
	public static <E extends Enum<E>> E requireKnown(@Nullable E value, E unknown, String name) {
		if (Arguments.requireNonNull(value, name) == unknown) {
			throw new IllegalArgumentException("'" + name + "' must not be " + unknown);
		}
		return value;
	}

}
