package org.opentok.spring.client.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * How a session's media flows, sent as {@code p2p.preference}.
 *
 * @since 0.1.0
 */
public enum MediaMode {

	/**
	 * Clients send media to each other directly when they can
	 * ({@code p2p.preference=enabled}). No archiving, broadcasting, SIP, captions or
	 * end-to-end encryption.
	 */
	RELAYED("enabled"),

	/**
	 * Media goes through the OpenTok Media Router ({@code p2p.preference=disabled});
	 * needed for archiving, broadcasts, SIP, captions, the audio connector and end-to-end
	 * encryption.
	 */
	ROUTED("disabled");

	private final String p2pPreference;

	MediaMode(String p2pPreference) {
		this.p2pPreference = p2pPreference;
	}

	/**
	 * Returns the value of the {@code p2p.preference} form field for this mode.
	 * @return {@code enabled} or {@code disabled}
	 */
	public String p2pPreference() {
		return this.p2pPreference;
	}

	/**
	 * Returns the mode a user named, by constant name or wire string ({@code RELAYED} or
	 * {@code enabled}), matched exactly: how Jackson reads this type from JSON.
	 * @param value the constant name or wire string
	 * @return the mode
	 * @throws IllegalArgumentException if {@code value} names no mode, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static MediaMode parse(@Nullable String value) {
		return WireEnums.parse(values(), MediaMode::p2pPreference, null, value);
	}

}
