package org.opentok.spring.client.audio;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * How the Audio Connector frames the audio on the WebSocket ({@code transport} of
 * {@code websocket.audioTransport}).
 *
 * @since 0.1.0
 */
public enum AudioTransportType {

	/**
	 * Raw 16-bit linear PCM frames in binary WebSocket messages ({@code binary},
	 * OpenTok's default).
	 */
	BINARY("binary"),

	/**
	 * Each frame wrapped in a JSON text message, the audio encoded as set by
	 * {@link AudioEncoding} ({@code json}); what many voice-AI services expect.
	 */
	JSON("json");

	private final String wireValue;

	AudioTransportType(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this transport.
	 * @return the wire value
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the transport a user named, by constant name or wire string ({@code BINARY}
	 * or {@code binary}), matched exactly: how Jackson reads this type from JSON.
	 * @param value the constant name or wire string
	 * @return the transport
	 * @throws IllegalArgumentException if {@code value} names no transport, with a
	 * message that lists the values allowed
	 */
	@JsonCreator
	public static AudioTransportType parse(@Nullable String value) {
		return WireEnums.parse(values(), AudioTransportType::wireValue, null, value);
	}

}
