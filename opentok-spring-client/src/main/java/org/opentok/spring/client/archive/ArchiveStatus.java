package org.opentok.spring.client.archive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * Where an archive is in its life: started, [paused, started], stopped, then uploaded or
 * available (later expired), or failed.
 *
 * @since 0.1.0
 */
public enum ArchiveStatus {

	/**
	 * Recording ({@code started}).
	 */
	STARTED("started"),

	/**
	 * Recording is suspended because no client publishes ({@code paused}).
	 */
	PAUSED("paused"),

	/**
	 * Recording ended; the file is being processed ({@code stopped}).
	 */
	STOPPED("stopped"),

	/**
	 * Delivered to the project's S3 or Azure storage; no download URL ({@code uploaded}).
	 */
	UPLOADED("uploaded"),

	/**
	 * Kept in the OpenTok cloud, with a short-lived download URL ({@code available}).
	 */
	AVAILABLE("available"),

	/**
	 * The cloud copy is gone ({@code expired}).
	 */
	EXPIRED("expired"),

	/**
	 * Recording or processing failed ({@code failed}).
	 */
	FAILED("failed"),

	/**
	 * Deleted ({@code deleted}).
	 */
	DELETED("deleted"),

	/**
	 * A status this version of the client does not know.
	 */
	UNKNOWN("unknown");

	private final String wireValue;

	ArchiveStatus(String wireValue) {
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
	 * Returns the status a user named, by constant name or wire string ({@code STARTED}
	 * or {@code started}), matched exactly: how Jackson reads this type from JSON.
	 * {@link #UNKNOWN}, which stands for values the server sends, is refused.
	 * @param value the constant name or wire string
	 * @return the status
	 * @throws IllegalArgumentException if {@code value} names no status, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static ArchiveStatus parse(@Nullable String value) {
		return WireEnums.parse(values(), ArchiveStatus::wireValue, UNKNOWN, value);
	}

	/**
	 * Returns the status for a wire string. Lenient, for what the server sends: any other
	 * value is {@link #UNKNOWN}. What a user typed is read by {@link #parse(String)}.
	 * @param value the wire string
	 * @return the status, or {@link #UNKNOWN}
	 */
	public static ArchiveStatus fromWire(@Nullable String value) {
		return WireEnums.fromWire(values(), ArchiveStatus::wireValue, value, UNKNOWN);
	}

}
