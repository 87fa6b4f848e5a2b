package org.opentok.spring.client.archive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * What happens to an archive when uploading it to the project's storage fails.
 *
 * @since 0.1.0
 */
public enum StorageFallback {

	/**
	 * No copy is kept ({@code none}, the server's default).
	 */
	NONE("none"),

	/**
	 * The archive stays available in the OpenTok cloud ({@code opentok}).
	 */
	OPENTOK("opentok");

	private final String wireValue;

	StorageFallback(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this fallback.
	 * @return the wire value
	 */
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Returns the fallback a user named, by constant name or wire string ({@code NONE} or
	 * {@code none}), matched exactly: how Jackson reads this type from JSON.
	 * @param value the constant name or wire string
	 * @return the fallback
	 * @throws IllegalArgumentException if {@code value} names no fallback, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static StorageFallback parse(@Nullable String value) {
		return WireEnums.parse(values(), StorageFallback::wireValue, null, value);
	}

}
