package org.opentok.spring.client.connection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * Where a client's connection to a session stands, read from {@code connectionState}.
 * Unlike OpenTok's other enumerations, the wire values are capitalised.
 *
 * @since 0.1.0
 */
public enum ConnectionState {

	/**
	 * The client is connecting ({@code Connecting}).
	 */
	CONNECTING("Connecting"),

	/**
	 * The client is connected ({@code Connected}).
	 */
	CONNECTED("Connected"),

	/**
	 * The client has left ({@code Disconnected}).
	 */
	DISCONNECTED("Disconnected"),

	/**
	 * A state this version of the client does not know, or none.
	 */
	UNKNOWN("unknown");

	private final String wireValue;

	ConnectionState(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this state.
	 * @return the wire value, such as {@code Connected}
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the state a user named, by constant name or wire string ({@code CONNECTING}
	 * or {@code Connecting}), matched exactly: how Jackson reads this type from JSON.
	 * {@link #UNKNOWN}, which stands for values the server sends, is refused.
	 * @param value the constant name or wire string
	 * @return the state
	 * @throws IllegalArgumentException if {@code value} names no state, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static ConnectionState parse(@Nullable String value) {
		return WireEnums.parse(values(), ConnectionState::wireValue, UNKNOWN, value);
	}

	/**
	 * Returns the state for a wire string. Matching is exact: OpenTok writes the states
	 * capitalised. Lenient, for what the server sends: any other value is
	 * {@link #UNKNOWN}. What a user typed is read by {@link #parse(String)}.
	 * @param value the wire string, such as {@code Connected}
	 * @return the state, or {@link #UNKNOWN}
	 */
	public static ConnectionState fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), ConnectionState::wireValue, value, UNKNOWN);
	}

}
