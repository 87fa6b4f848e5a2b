package org.opentok.spring.client.render;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * The state of an Experience Composer render.
 *
 * @since 0.1.0
 */
public enum RenderStatus {

	/**
	 * The composer is loading the page ({@code starting}); no stream yet.
	 */
	STARTING("starting"),

	/**
	 * The page is published into the session ({@code started}).
	 */
	STARTED("started"),

	/**
	 * The render ended ({@code stopped}); the reason says why.
	 */
	STOPPED("stopped"),

	/**
	 * The render could not start or broke down ({@code failed}); the reason says why.
	 */
	FAILED("failed"),

	/**
	 * A status this version of the client does not know.
	 */
	UNKNOWN("unknown");

	private final String wireValue;

	RenderStatus(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this status.
	 * @return the wire value, such as {@code started}
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the status a user named, by constant name or wire string ({@code STARTING}
	 * or {@code starting}), matched exactly: how Jackson reads this type from JSON.
	 * {@link #UNKNOWN}, which stands for values the server sends, is refused.
	 * @param value the constant name or wire string
	 * @return the status
	 * @throws IllegalArgumentException if {@code value} names no status, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static RenderStatus parse(@Nullable String value) {
		return WireEnums.parse(values(), RenderStatus::wireValue, UNKNOWN, value);
	}

	/**
	 * Returns the status for a wire string. Lenient, for what the server sends: any other
	 * value is {@link #UNKNOWN}. What a user typed is read by {@link #parse(String)}.
	 * @param value the wire string, such as {@code started}
	 * @return the status, or {@link #UNKNOWN}
	 */
	public static RenderStatus fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), RenderStatus::wireValue, value, UNKNOWN);
	}

}
