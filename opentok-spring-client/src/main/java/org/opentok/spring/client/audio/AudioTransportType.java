package org.opentok.spring.client.audio;

import com.fasterxml.jackson.annotation.JsonValue;

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

}
