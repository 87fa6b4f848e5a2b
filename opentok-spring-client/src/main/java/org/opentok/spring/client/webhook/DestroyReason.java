package org.opentok.spring.client.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * Why a connection, a stream, a session or a SIP call ended, read from the {@code reason}
 * of {@code connectionDestroyed}, {@code streamDestroyed}, {@code sessionDestroyed} and
 * {@code callDestroyed} events.
 *
 * @since 0.1.0
 */
public enum DestroyReason {

	/**
	 * The client disconnected or unpublished on its own ({@code clientDisconnected}).
	 */
	CLIENT_DISCONNECTED("clientDisconnected"),

	/**
	 * A moderator or the server forced the client to disconnect
	 * ({@code forceDisconnected}).
	 */
	FORCE_DISCONNECTED("forceDisconnected"),

	/**
	 * A moderator forced the stream to stop ({@code forceUnpublished}); streams only.
	 */
	FORCE_UNPUBLISHED("forceUnpublished"),

	/**
	 * The media source ended, such as a screen share the user stopped
	 * ({@code mediaStopped}); streams only.
	 */
	MEDIA_STOPPED("mediaStopped"),

	/**
	 * The client lost its network connection ({@code networkDisconnected}).
	 */
	NETWORK_DISCONNECTED("networkDisconnected"),

	/**
	 * The media server hosting the session was rotated while clients were still connected
	 * to it ({@code serverRotation}); sessions only.
	 */
	SERVER_ROTATION("serverRotation"),

	/**
	 * A reason this version of the client does not know, or none.
	 */
	UNKNOWN("unknown");

	private final String wireValue;

	DestroyReason(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this reason.
	 * @return the wire value, such as {@code clientDisconnected}
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the reason a user named, by constant name or wire string
	 * ({@code CLIENT_DISCONNECTED} or {@code clientDisconnected}), matched exactly: how
	 * Jackson reads this type from JSON. {@link #UNKNOWN}, which stands for values the
	 * server sends, is refused.
	 * @param value the constant name or wire string
	 * @return the reason
	 * @throws IllegalArgumentException if {@code value} names no reason, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static DestroyReason parse(@Nullable String value) {
		return WireEnums.parse(values(), DestroyReason::wireValue, UNKNOWN, value);
	}

	/**
	 * Returns the reason for a wire string. Lenient, for what the server sends: any other
	 * value is {@link #UNKNOWN}. What a user typed is read by {@link #parse(String)}.
	 * @param value the wire string, such as {@code forceDisconnected}
	 * @return the reason, or {@link #UNKNOWN}
	 */
	public static DestroyReason fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), DestroyReason::wireValue, value, UNKNOWN);
	}

}
