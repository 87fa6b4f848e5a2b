package org.opentok.spring.client.archive;

import com.fasterxml.jackson.annotation.JsonValue;

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

}
