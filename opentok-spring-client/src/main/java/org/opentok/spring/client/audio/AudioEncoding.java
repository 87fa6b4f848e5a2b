package org.opentok.spring.client.audio;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How the audio is encoded inside the JSON messages of the
 * {@link AudioTransportType#JSON} transport ({@code encoding} of
 * {@code websocket.audioTransport}).
 *
 * @since 0.1.0
 */
public enum AudioEncoding {

	/**
	 * The PCM bytes as a Base64 string ({@code base64}, the only encoding OpenTok
	 * offers).
	 */
	BASE64("base64");

	private final String wireValue;

	AudioEncoding(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this encoding.
	 * @return the wire value
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

}
