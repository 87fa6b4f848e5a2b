package org.opentok.spring.client.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * Whether a session is archived automatically, sent as {@code archiveMode}.
 *
 * @since 0.1.0
 */
public enum ArchiveMode {

	/**
	 * Archives start only when asked ({@code manual}).
	 */
	MANUAL("manual"),

	/**
	 * An archive starts when the first client publishes ({@code always}); routed sessions
	 * only.
	 */
	ALWAYS("always");

	private final String wireValue;

	ArchiveMode(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this mode.
	 * @return {@code manual} or {@code always}
	 */
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the mode a user named, by constant name or wire string ({@code MANUAL} or
	 * {@code manual}), matched exactly: how Jackson reads this type from JSON.
	 * @param value the constant name or wire string
	 * @return the mode
	 * @throws IllegalArgumentException if {@code value} names no mode, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static ArchiveMode parse(@Nullable String value) {
		return WireEnums.parse(values(), ArchiveMode::wireValue, null, value);
	}

}
