package org.opentok.spring.client.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * A signal sent to the clients of a session: {@code {"type": ..., "data": ...}}.
 * Immutable; create with {@link #of(String, String)} or {@link #builder()}. OpenTok's
 * size limits are checked here, before anything is sent, because OpenTok answers 413 for
 * them.
 *
 * @param type what kind of signal this is, such as {@code chat}: not blank, at most
 * {@value #MAX_TYPE_BYTES} bytes in UTF-8
 * @param data the payload: at most {@value #MAX_DATA_BYTES} bytes in UTF-8, may be empty
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Signal(@JsonProperty("type") String type, @JsonProperty("data") String data) {

	/**
	 * The most bytes {@code type} may take in UTF-8.
	 */
	public static final int MAX_TYPE_BYTES = 128;

	/**
	 * The most bytes {@code data} may take in UTF-8 (8 kB).
	 */
	public static final int MAX_DATA_BYTES = 8192;

	/**
	 * Validates the signal.
	 * @param type the signal type
	 * @param data the payload
	 */
	public Signal {
		if (type == null || type.isBlank()) {
			throw new IllegalArgumentException("'type' must not be blank");
		}
		requireMaxBytes(type, MAX_TYPE_BYTES, "type");
		if (data == null) {
			throw new IllegalArgumentException("'data' must not be null");
		}
		requireMaxBytes(data, MAX_DATA_BYTES, "data");
	}

	private static void requireMaxBytes(String value, int max, String name) {
		// a UTF-16 char takes at most 3 bytes in UTF-8 (a surrogate pair: 4 for two),
		// so short strings pass without being encoded
		if (value.length() * 3 <= max) {
			return;
		}
		long bytes = Arguments.utf8Length(value);
		if (bytes > max) {
			throw new IllegalArgumentException(
					"'" + name + "' must be at most " + max + " bytes in UTF-8, got " + bytes + " bytes");
		}
	}

	/**
	 * Returns a signal.
	 * @param type what kind of signal this is: not blank, at most 128 bytes in UTF-8
	 * @param data the payload: at most 8192 bytes in UTF-8
	 * @return the signal
	 * @throws IllegalArgumentException if a value is missing or too long
	 */
	public static Signal of(String type, String data) {
		return new Signal(type, data);
	}

	/**
	 * Starts building a signal.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link Signal}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String data;

		private Builder() {
		}

		/**
		 * Sets what kind of signal this is (required).
		 * @param type not blank, at most 128 bytes in UTF-8
		 * @return this builder
		 */
		public Builder type(String type) {
			this.type = type;
			return this;
		}

		/**
		 * Sets the payload (required, may be empty).
		 * @param data at most 8192 bytes in UTF-8
		 * @return this builder
		 */
		public Builder data(String data) {
			this.data = data;
			return this;
		}

		/**
		 * Builds the signal.
		 * @return the signal
		 * @throws IllegalArgumentException if a value is missing or too long
		 */
		public Signal build() {
			return new Signal(this.type, this.data);
		}

	}

}
