package org.opentok.spring.client.render;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.internal.WireEnums;

/**
 * What {@link RenderClient#start(RenderOptions)} sends: the session, the client token the
 * composer publishes with, and the page to render. Immutable; build with
 * {@link #builder()}. {@link #toString()} never shows the token.
 *
 * @param sessionId the session the page is published into
 * @param token a client token with the publisher role, used by the composer to publish
 * @param url the publicly reachable page to render, 15 to 2048 characters, without
 * control characters
 * @param maxDuration the longest the render may run, in seconds (60 to 36000), or
 * {@code null} for OpenTok's default (7200)
 * @param resolution the resolution of the published stream: 640x480, 480x640, 1280x720 or
 * 720x1280, or {@code null} for OpenTok's default (1280x720)
 * @param name the name of the published stream, at most 200 characters, or {@code null}
 * @param statusCallbackUrl the URL that receives status changes, without control
 * characters, or {@code null}
 * @since 0.1.0
 */
public record RenderOptions(String sessionId, String token, String url, @Nullable Integer maxDuration,
		@Nullable Resolution resolution, @Nullable String name, @Nullable String statusCallbackUrl) {

	/**
	 * The shortest page URL OpenTok accepts.
	 */
	public static final int MIN_URL_LENGTH = 15;

	/**
	 * The longest page URL OpenTok accepts.
	 */
	public static final int MAX_URL_LENGTH = 2048;

	/**
	 * The shortest maximum duration, in seconds.
	 */
	public static final int MIN_MAX_DURATION = 60;

	/**
	 * The longest maximum duration, in seconds (10 hours).
	 */
	public static final int MAX_MAX_DURATION = 36000;

	/**
	 * The longest stream name.
	 */
	public static final int MAX_NAME_LENGTH = 200;

	private static final Set<Resolution> RESOLUTIONS = Set.of(Resolution.SD_HORIZONTAL, Resolution.SD_VERTICAL,
			Resolution.HD_HORIZONTAL, Resolution.HD_VERTICAL);

	/**
	 * Validates the options.
	 * @param sessionId the session
	 * @param token a publisher client token
	 * @param url the page to render
	 * @param maxDuration the longest run in seconds, or {@code null}
	 * @param resolution the stream's resolution, or {@code null}
	 * @param name the stream's name, or {@code null}
	 * @param statusCallbackUrl the status URL, or {@code null}
	 */
	public RenderOptions {
		Arguments.requireSessionId(sessionId, "sessionId");
		Arguments.requireNonBlank(token, "token");
		Arguments.requireNonBlank(url, "url");
		Arguments.requireNoControlCharacters(url, "url");
		if (url.length() < MIN_URL_LENGTH || url.length() > MAX_URL_LENGTH) {
			throw new IllegalArgumentException(
					"'url' must be " + MIN_URL_LENGTH + " to " + MAX_URL_LENGTH + " characters, got " + url.length());
		}
		if (maxDuration != null) {
			Arguments.requireRange(maxDuration, MIN_MAX_DURATION, MAX_MAX_DURATION, "maxDuration");
		}
		if (resolution != null) {
			WireEnums.requireKnown(resolution, Resolution.UNKNOWN, "resolution");
			if (!RESOLUTIONS.contains(resolution)) {
				throw new IllegalArgumentException(
						"'resolution' must be 640x480, 480x640, 1280x720 or 720x1280, got " + resolution.wireValue());
			}
		}
		if (name != null) {
			Arguments.requireNonBlank(name, "name");
			Arguments.requireMaxLength(name, MAX_NAME_LENGTH, "name");
		}
		if (statusCallbackUrl != null) {
			Arguments.requireNonBlank(statusCallbackUrl, "statusCallbackUrl");
			Arguments.requireNoControlCharacters(statusCallbackUrl, "statusCallbackUrl");
		}
	}

	/**
	 * Starts building options.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public String toString() {
		return "RenderOptions[sessionId=" + this.sessionId + ", token=******, url=" + this.url + ", maxDuration="
				+ this.maxDuration + ", resolution=" + this.resolution + ", name=" + this.name + ", statusCallbackUrl="
				+ this.statusCallbackUrl + "]";
	}

	/**
	 * Builds {@link RenderOptions}.
	 */
	public static final class Builder {

		private @Nullable String sessionId;

		private @Nullable String token;

		private @Nullable String url;

		private @Nullable Integer maxDuration;

		private @Nullable Resolution resolution;

		private @Nullable String name;

		private @Nullable String statusCallbackUrl;

		private Builder() {
		}

		/**
		 * Sets the session the page is published into (required).
		 * @param sessionId the session id
		 * @return this builder
		 */
		public Builder sessionId(String sessionId) {
			this.sessionId = sessionId;
			return this;
		}

		/**
		 * Sets the client token the composer publishes with (required, publisher role).
		 * @param token the client token
		 * @return this builder
		 */
		public Builder token(String token) {
			this.token = token;
			return this;
		}

		/**
		 * Sets the page to render (required).
		 * @param url a publicly reachable URL, 15 to 2048 characters
		 * @return this builder
		 */
		public Builder url(String url) {
			this.url = url;
			return this;
		}

		/**
		 * Sets the longest the render may run.
		 * @param maxDuration seconds, 60 to 36000
		 * @return this builder
		 */
		public Builder maxDuration(int maxDuration) {
			this.maxDuration = maxDuration;
			return this;
		}

		/**
		 * Sets the resolution of the published stream.
		 * @param resolution one of the SD and HD resolutions
		 * @return this builder
		 */
		public Builder resolution(@Nullable Resolution resolution) {
			this.resolution = resolution;
			return this;
		}

		/**
		 * Sets the name of the published stream.
		 * @param name at most 200 characters
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Sets the URL that receives status changes of this render.
		 * @param statusCallbackUrl the URL
		 * @return this builder
		 */
		public Builder statusCallbackUrl(@Nullable String statusCallbackUrl) {
			this.statusCallbackUrl = statusCallbackUrl;
			return this;
		}

		/**
		 * Builds the options.
		 * @return the options
		 * @throws IllegalArgumentException if a value is missing or not allowed
		 */
		public RenderOptions build() {
			return new RenderOptions(Arguments.requireNonNull(this.sessionId, "sessionId"),
					Arguments.requireNonNull(this.token, "token"), Arguments.requireNonNull(this.url, "url"),
					this.maxDuration, this.resolution, this.name, this.statusCallbackUrl);
		}

	}

}
