package org.opentok.spring.client.archive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * Where an archive's transcription is in its life.
 *
 * @since 0.1.0
 */
public enum TranscriptionStatus {

	/**
	 * Asked for, not started yet ({@code requested}).
	 */
	REQUESTED("requested"),

	/**
	 * Being transcribed ({@code started}).
	 */
	STARTED("started"),

	/**
	 * Delivered to the project's storage ({@code uploaded}).
	 */
	UPLOADED("uploaded"),

	/**
	 * Kept in the cloud, with a download URL ({@code available}).
	 */
	AVAILABLE("available"),

	/**
	 * Transcription failed ({@code failed}).
	 */
	FAILED("failed"),

	/**
	 * A status this version of the client does not know.
	 */
	UNKNOWN("unknown");

	private final String wireValue;

	TranscriptionStatus(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this status.
	 * @return the wire value
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the status a user named, by constant name or wire string ({@code REQUESTED}
	 * or {@code requested}), matched exactly: how Jackson reads this type from JSON.
	 * {@link #UNKNOWN}, which stands for values the server sends, is refused.
	 * @param value the constant name or wire string
	 * @return the status
	 * @throws IllegalArgumentException if {@code value} names no status, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static TranscriptionStatus parse(@Nullable String value) {
		return WireEnums.parse(values(), TranscriptionStatus::wireValue, UNKNOWN, value);
	}

	/**
	 * Returns the status for a wire string. Lenient, for what the server sends: any other
	 * value is {@link #UNKNOWN}. What a user typed is read by {@link #parse(String)}.
	 * @param value the wire string
	 * @return the status, or {@link #UNKNOWN}
	 */
	public static TranscriptionStatus fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), TranscriptionStatus::wireValue, value, UNKNOWN);
	}

}
