package org.opentok.spring.client.internal;

import java.util.StringJoiner;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Maps strings to enum constants two ways: leniently for what the server sends, with a
 * fallback for values this version of the client does not know, so that a new value never
 * breaks parsing; strictly for what a user types, by constant name or wire string,
 * refusing anything else with a message that lists the values allowed.
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
	 * Returns the constant a user named, by its constant name ({@code HD_HORIZONTAL}) or
	 * its wire string ({@code 1280x720}), both matched exactly: how the client's enums
	 * are read from JSON and request parameters. The unknown-value fallback is never
	 * returned: it stands for what the server sends, never for what a user asks for.
	 * @param <E> the enum type
	 * @param constants the enum's constants
	 * @param wireValue how a constant's wire string is read ({@link Enum#name()} for an
	 * enum without one)
	 * @param unknown the unknown-value fallback, or {@code null} if the enum has none
	 * @param value what the user typed
	 * @return the matching constant
	 * @throws IllegalArgumentException if {@code value} names no constant other than
	 * {@code unknown}, with a message that quotes it and lists the values allowed
	 */
	public static <E extends Enum<E>> E parse(E[] constants, Function<E, String> wireValue, @Nullable E unknown,
			@Nullable String value) {
		for (E constant : constants) {
			if (constant != unknown && (constant.name().equals(value) || wireValue.apply(constant).equals(value))) {
				return constant;
			}
		}
		throw new IllegalArgumentException(((value != null) ? Arguments.quote(value) : "null") + " is not "
				+ article(constants[0].getDeclaringClass().getSimpleName()) + "; allowed values: "
				+ allowed(constants, wireValue, unknown));
	}

	private static String article(String typeName) {
		return ("AEIOU".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
	}

	private static <E extends Enum<E>> String allowed(E[] constants, Function<E, String> wireValue,
			@Nullable E unknown) {
		StringJoiner allowed = new StringJoiner(", ");
		for (E constant : constants) {
			if (constant != unknown) {
				String wire = wireValue.apply(constant);
				allowed.add(wire.equals(constant.name()) ? wire : constant.name() + " or " + wire);
			}
		}
		return allowed.toString();
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
