package org.opentok.spring.client.session;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.Resolution;

/**
 * Options of a new session. Immutable; build with {@link #builder()}. Combinations
 * OpenTok would reject are refused by {@link Builder#build()}.
 *
 * @param mediaMode relayed or routed media
 * @param archiveMode manual or automatic archiving
 * @param location an IPv4 address hinting where the session's clients are, or
 * {@code null}
 * @param e2ee whether media is end-to-end encrypted
 * @param archiveName the name of automatic archives, or {@code null}
 * @param archiveResolution the resolution of automatic archives, or {@code null}
 * @since 0.1.0
 */
public record SessionOptions(MediaMode mediaMode, ArchiveMode archiveMode, @Nullable String location, boolean e2ee,
		@Nullable String archiveName, @Nullable Resolution archiveResolution) {

	private static final Pattern IPV4 = Pattern
		.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

	private static final int MAX_ARCHIVE_NAME_LENGTH = 80;

	private static final SessionOptions DEFAULTS = builder().build();

	/**
	 * Validates the options.
	 * @param mediaMode relayed or routed media
	 * @param archiveMode manual or automatic archiving
	 * @param location an IPv4 address hint, or {@code null}
	 * @param e2ee whether media is end-to-end encrypted
	 * @param archiveName the name of automatic archives, or {@code null}
	 * @param archiveResolution the resolution of automatic archives, or {@code null}
	 */
	public SessionOptions {
		if (mediaMode == null) {
			throw new IllegalArgumentException("'mediaMode' must not be null");
		}
		if (archiveMode == null) {
			throw new IllegalArgumentException("'archiveMode' must not be null");
		}
		if (location != null && !IPV4.matcher(location).matches()) {
			throw new IllegalArgumentException(
					"'location' must be an IPv4 address such as 12.34.56.78, got '" + location + "'");
		}
		if (archiveMode == ArchiveMode.ALWAYS && mediaMode != MediaMode.ROUTED) {
			throw new IllegalArgumentException(
					"'archiveMode' ALWAYS needs 'mediaMode' ROUTED: relayed sessions cannot be archived");
		}
		if (e2ee && mediaMode != MediaMode.ROUTED) {
			throw new IllegalArgumentException("'e2ee' needs 'mediaMode' ROUTED: relayed sessions cannot be encrypted");
		}
		if (e2ee && archiveMode == ArchiveMode.ALWAYS) {
			throw new IllegalArgumentException(
					"'e2ee' cannot be combined with 'archiveMode' ALWAYS: encrypted sessions cannot be archived");
		}
		if (archiveName != null) {
			if (archiveMode != ArchiveMode.ALWAYS) {
				throw new IllegalArgumentException("'archiveName' is only allowed with 'archiveMode' ALWAYS");
			}
			if (archiveName.isBlank() || archiveName.length() > MAX_ARCHIVE_NAME_LENGTH) {
				throw new IllegalArgumentException("'archiveName' must be 1 to " + MAX_ARCHIVE_NAME_LENGTH
						+ " characters, got " + archiveName.length());
			}
		}
		if (archiveResolution == Resolution.UNKNOWN) {
			throw new IllegalArgumentException("'archiveResolution' must not be UNKNOWN");
		}
		if (archiveResolution != null && archiveMode != ArchiveMode.ALWAYS) {
			throw new IllegalArgumentException("'archiveResolution' is only allowed with 'archiveMode' ALWAYS");
		}
	}

	/**
	 * Returns the defaults: relayed media, manual archiving, no location, no encryption.
	 * @return the default options
	 */
	public static SessionOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Starts building options; unset values take the defaults.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds {@link SessionOptions}.
	 */
	public static final class Builder {

		private MediaMode mediaMode = MediaMode.RELAYED;

		private ArchiveMode archiveMode = ArchiveMode.MANUAL;

		private @Nullable String location;

		private boolean e2ee;

		private @Nullable String archiveName;

		private @Nullable Resolution archiveResolution;

		private Builder() {
		}

		/**
		 * Sets the media mode (default {@link MediaMode#RELAYED}).
		 * @param mediaMode the media mode
		 * @return this builder
		 */
		public Builder mediaMode(MediaMode mediaMode) {
			this.mediaMode = mediaMode;
			return this;
		}

		/**
		 * Sets the archive mode (default {@link ArchiveMode#MANUAL}).
		 * @param archiveMode the archive mode
		 * @return this builder
		 */
		public Builder archiveMode(ArchiveMode archiveMode) {
			this.archiveMode = archiveMode;
			return this;
		}

		/**
		 * Sets an IPv4 address hinting where the session's clients are.
		 * @param location the IPv4 address
		 * @return this builder
		 */
		public Builder location(@Nullable String location) {
			this.location = location;
			return this;
		}

		/**
		 * Sets whether media is end-to-end encrypted (routed sessions only).
		 * @param e2ee {@code true} to encrypt
		 * @return this builder
		 */
		public Builder e2ee(boolean e2ee) {
			this.e2ee = e2ee;
			return this;
		}

		/**
		 * Sets the name of automatic archives ({@link ArchiveMode#ALWAYS} only).
		 * @param archiveName the name, 1 to 80 characters
		 * @return this builder
		 */
		public Builder archiveName(@Nullable String archiveName) {
			this.archiveName = archiveName;
			return this;
		}

		/**
		 * Sets the resolution of automatic archives ({@link ArchiveMode#ALWAYS} only).
		 * @param archiveResolution the resolution
		 * @return this builder
		 */
		public Builder archiveResolution(@Nullable Resolution archiveResolution) {
			this.archiveResolution = archiveResolution;
			return this;
		}

		/**
		 * Builds the options.
		 * @return the options
		 * @throws IllegalArgumentException if a value or a combination is not allowed
		 */
		public SessionOptions build() {
			return new SessionOptions(this.mediaMode, this.archiveMode, this.location, this.e2ee, this.archiveName,
					this.archiveResolution);
		}

	}

}
