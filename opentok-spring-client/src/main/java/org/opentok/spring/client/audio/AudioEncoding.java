package org.opentok.spring.client.audio;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

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

	/**
	 * Returns the encoding a user named, by constant name or wire string ({@code BASE64}
	 * or {@code base64}), matched exactly: how Jackson reads this type from JSON.
	 * @param value the constant name or wire string
	 * @return the encoding
	 * @throws IllegalArgumentException if {@code value} names no encoding, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static AudioEncoding parse(@Nullable String value) {
		return WireEnums.parse(values(), AudioEncoding::wireValue, null, value);
	}

}
