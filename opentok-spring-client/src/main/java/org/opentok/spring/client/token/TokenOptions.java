package org.opentok.spring.client.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Options of a client token. Immutable; build with {@link #builder()}. Values left unset
 * come from the generator's {@link TokenDefaults}.
 *
 * @param role the role, or {@code null} for the default
 * @param format the token format, or {@code null} for the default
 * @param expireTime when the token expires, or {@code null} to use {@code ttl}
 * @param ttl how long the token is valid, or {@code null} for the default (ignored when
 * {@code expireTime} is set)
 * @param data connection data that other clients see, at most 1000 characters of
 * well-formed text (no unpaired surrogate), or {@code null}; in a T1 token it is
 * form-encoded, in a JWT a JSON string, so any character is safe
 * @param initialLayoutClassList layout classes for the client's streams: names made of
 * ASCII letters, digits, {@code -} and {@code _}, at most 1000 characters joined with
 * spaces
 * @since 0.1.0
 */
public record TokenOptions(@Nullable Role role, @Nullable TokenFormat format, @Nullable Instant expireTime,
		@Nullable Duration ttl, @Nullable String data, List<String> initialLayoutClassList) {

	/**
	 * Maximum length of connection data, in characters.
	 */
	public static final int MAX_DATA_LENGTH = 1000;

	/**
	 * Maximum length of the layout classes joined with spaces, in characters.
	 */
	public static final int MAX_LAYOUT_CLASS_LIST_LENGTH = 1000;

	private static final TokenOptions DEFAULTS = builder().build();

	/**
	 * Validates the options.
	 * @param role the role, or {@code null}
	 * @param format the token format, or {@code null}
	 * @param expireTime when the token expires, or {@code null}
	 * @param ttl how long the token is valid, or {@code null}
	 * @param data connection data, or {@code null}
	 * @param initialLayoutClassList layout classes
	 */
	public TokenOptions {
		if (expireTime != null && ttl != null) {
			throw new IllegalArgumentException("Set either 'expireTime' or 'ttl', not both");
		}
		if (ttl != null) {
			requireValidTtl("ttl", ttl);
		}
		if (data != null) {
			requireValidData(data);
		}
		initialLayoutClassList = LayoutClasses.copyOf(initialLayoutClassList);
	}

	private static void requireValidData(String data) {
		if (data.length() > MAX_DATA_LENGTH) {
			throw new IllegalArgumentException(
					"'data' must be at most " + MAX_DATA_LENGTH + " characters, got " + data.length());
		}
		for (int i = 0; i < data.length(); i++) {
			char c = data.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < data.length() && Character.isLowSurrogate(data.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				throw new IllegalArgumentException("'data' must be well-formed text, got an unpaired surrogate U+"
						+ Integer.toHexString(c).toUpperCase(Locale.ROOT) + " at index " + i);
			}
		}
	}

	static Duration requireValidTtl(String name, @Nullable Duration ttl) {
		if (ttl == null || ttl.isNegative() || ttl.isZero()) {
			throw new IllegalArgumentException("'" + name + "' must be a positive duration, got " + ttl);
		}
		if (ttl.compareTo(TokenDefaults.MIN_TTL) < 0) {
			throw new IllegalArgumentException("'" + name + "' must be at least 1 second, got " + ttl);
		}
		if (ttl.compareTo(TokenDefaults.MAX_TTL) > 0) {
			throw new IllegalArgumentException("'" + name + "' must be at most 30 days, got " + ttl);
		}
		return ttl;
	}

	/**
	 * Returns options that leave everything to the generator's defaults.
	 * @return the default options
	 */
	public static TokenOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Starts building options.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds {@link TokenOptions}.
	 */
	public static final class Builder {

		private @Nullable Role role;

		private @Nullable TokenFormat format;

		private @Nullable Instant expireTime;

		private @Nullable Duration ttl;

		private @Nullable String data;

		private List<String> initialLayoutClassList = List.of();

		private Builder() {
		}

		/**
		 * Sets the role.
		 * @param role the role
		 * @return this builder
		 */
		public Builder role(@Nullable Role role) {
			this.role = role;
			return this;
		}

		/**
		 * Sets the token format.
		 * @param format the format
		 * @return this builder
		 */
		public Builder format(@Nullable TokenFormat format) {
			this.format = format;
			return this;
		}

		/**
		 * Sets when the token expires: in the future, at most 30 days ahead.
		 * @param expireTime the expiry time
		 * @return this builder
		 */
		public Builder expireTime(@Nullable Instant expireTime) {
			this.expireTime = expireTime;
			return this;
		}

		/**
		 * Sets how long the token is valid, at most 30 days.
		 * @param ttl the validity
		 * @return this builder
		 */
		public Builder ttl(@Nullable Duration ttl) {
			this.ttl = ttl;
			return this;
		}

		/**
		 * Sets connection data that other clients in the session see.
		 * @param data the data, at most 1000 characters, without unpaired surrogates
		 * @return this builder
		 */
		public Builder data(@Nullable String data) {
			this.data = data;
			return this;
		}

		/**
		 * Sets the layout classes of the client's streams.
		 * @param initialLayoutClassList the class names: ASCII letters, digits, {@code -}
		 * and {@code _}, at most 1000 characters joined with spaces
		 * @return this builder
		 */
		public Builder initialLayoutClassList(List<String> initialLayoutClassList) {
			this.initialLayoutClassList = initialLayoutClassList;
			return this;
		}

		/**
		 * Sets the layout classes of the client's streams.
		 * @param initialLayoutClasses the class names: ASCII letters, digits, {@code -}
		 * and {@code _}, at most 1000 characters joined with spaces
		 * @return this builder
		 */
		public Builder initialLayoutClassList(String... initialLayoutClasses) {
			return initialLayoutClassList(List.of(initialLayoutClasses));
		}

		/**
		 * Builds the options.
		 * @return the options
		 * @throws IllegalArgumentException if a value is not allowed
		 */
		public TokenOptions build() {
			return new TokenOptions(this.role, this.format, this.expireTime, this.ttl, this.data,
					this.initialLayoutClassList);
		}

	}

}
