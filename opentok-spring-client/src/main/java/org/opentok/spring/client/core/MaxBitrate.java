package org.opentok.spring.client.core;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * The bounds of the {@code maxBitrate} option that archives and broadcasts share, in bits
 * per second.
 *
 * @since 0.1.0
 */
public final class MaxBitrate {

	/**
	 * The lowest maximum bitrate.
	 */
	public static final int MIN = 100_000;

	/**
	 * The highest maximum bitrate.
	 */
	public static final int MAX = 6_000_000;

	private MaxBitrate() {
	}

	/**
	 * Checks a maximum bitrate.
	 * @param maxBitrate the bitrate, or {@code null} for the server's default
	 * @return {@code maxBitrate}
	 * @throws IllegalArgumentException if it is set and out of bounds
	 */
	public static @Nullable Integer require(@Nullable Integer maxBitrate) {
		if (maxBitrate != null) {
			Arguments.requireRange(maxBitrate, MIN, MAX, "maxBitrate");
		}
		return maxBitrate;
	}

}
