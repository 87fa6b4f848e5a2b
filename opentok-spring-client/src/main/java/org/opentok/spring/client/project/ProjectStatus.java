package org.opentok.spring.client.project;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * Whether a project's API key can be used.
 *
 * @since 0.1.0
 */
public enum ProjectStatus {

	/**
	 * The project is usable ({@code VALID}, as OpenTok reports new projects; responses
	 * only).
	 */
	VALID("VALID"),

	/**
	 * The project is usable ({@code ACTIVE}).
	 */
	ACTIVE("ACTIVE"),

	/**
	 * The project's key cannot be used and its sessions stop working ({@code SUSPENDED}).
	 */
	SUSPENDED("SUSPENDED"),

	/**
	 * A status this version of the client does not know (responses only).
	 */
	UNKNOWN("UNKNOWN");

	private final String wireValue;

	ProjectStatus(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this status.
	 * @return the wire value, such as {@code ACTIVE}
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the status a user named, by constant name or wire string ({@code VALID}),
	 * matched exactly: how Jackson reads this type from JSON. {@link #UNKNOWN}, which
	 * stands for values the server sends, is refused.
	 * @param value the constant name or wire string
	 * @return the status
	 * @throws IllegalArgumentException if {@code value} names no status, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static ProjectStatus parse(@Nullable String value) {
		return WireEnums.parse(values(), ProjectStatus::wireValue, UNKNOWN, value);
	}

	/**
	 * Returns the status for a wire string, in any case ({@code active} reads as
	 * {@link #ACTIVE}). Lenient, for what the server sends: any other value is
	 * {@link #UNKNOWN}. What a user typed is read by {@link #parse(String)}.
	 * @param value the wire string
	 * @return the status, or {@link #UNKNOWN}
	 */
	public static ProjectStatus fromWire(@Nullable String value) {
		String upperCase = (value != null) ? value.strip().toUpperCase(Locale.ROOT) : null;
		return WireEnums.fromWire(values(), ProjectStatus::wireValue, upperCase, UNKNOWN);
	}

}
