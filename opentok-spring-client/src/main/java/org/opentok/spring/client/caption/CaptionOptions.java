package org.opentok.spring.client.caption;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * What {@link CaptionClient#start(CaptionOptions)} sends: the session, a moderator client
 * token, and how to caption. Immutable; build with {@link #builder()}.
 * {@link #toString()} never shows the token.
 *
 * @param sessionId the routed session to caption
 * @param token a client token with the moderator role
 * @param languageCode the spoken language, a BCP-47 code of the form {@code xx-XX} such
 * as {@code en-US}, or {@code null} for OpenTok's default ({@code en-US})
 * @param maxDuration the longest captions may run, in seconds (300 to 14400), or
 * {@code null} for OpenTok's default (14400)
 * @param partialCaptions whether captions are sent before a phrase is complete (faster,
 * less accurate), or {@code null} for OpenTok's default ({@code true})
 * @param statusCallbackUrl the URL that receives status changes, 15 to 2048 characters
 * without control characters, or {@code null}
 * @since 0.1.0
 */
public record CaptionOptions(String sessionId, String token, @Nullable String languageCode,
		@Nullable Integer maxDuration, @Nullable Boolean partialCaptions, @Nullable String statusCallbackUrl) {

	/**
	 * The shortest maximum duration, in seconds (5 minutes).
	 */
	public static final int MIN_MAX_DURATION = 300;

	/**
	 * The longest maximum duration, in seconds (4 hours).
	 */
	public static final int MAX_MAX_DURATION = 14400;

	/**
	 * The shortest status callback URL.
	 */
	public static final int MIN_CALLBACK_URL_LENGTH = 15;

	/**
	 * The longest status callback URL.
	 */
	public static final int MAX_CALLBACK_URL_LENGTH = 2048;

	private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}-[A-Z]{2}");

	/**
	 * Validates the options.
	 * @param sessionId the session
	 * @param token a moderator client token
	 * @param languageCode the spoken language, or {@code null}
	 * @param maxDuration the longest run in seconds, or {@code null}
	 * @param partialCaptions whether partial captions are sent, or {@code null}
	 * @param statusCallbackUrl the status URL, or {@code null}
	 */
	public CaptionOptions {
		Arguments.requireSessionId(sessionId, "sessionId");
		Arguments.requireNonBlank(token, "token");
		if (languageCode != null && !LANGUAGE_CODE.matcher(languageCode).matches()) {
			throw new IllegalArgumentException("'languageCode' must have the form xx-XX, such as en-US, got '"
					+ Arguments.printable(languageCode) + "'");
		}
		if (maxDuration != null) {
			Arguments.requireRange(maxDuration, MIN_MAX_DURATION, MAX_MAX_DURATION, "maxDuration");
		}
		Arguments.requireNoControlCharacters(statusCallbackUrl, "statusCallbackUrl");
		if (statusCallbackUrl != null && (statusCallbackUrl.length() < MIN_CALLBACK_URL_LENGTH
				|| statusCallbackUrl.length() > MAX_CALLBACK_URL_LENGTH)) {
			throw new IllegalArgumentException("'statusCallbackUrl' must be " + MIN_CALLBACK_URL_LENGTH + " to "
					+ MAX_CALLBACK_URL_LENGTH + " characters, got " + statusCallbackUrl.length());
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
		return "CaptionOptions[sessionId=" + this.sessionId + ", token=******, languageCode=" + this.languageCode
				+ ", maxDuration=" + this.maxDuration + ", partialCaptions=" + this.partialCaptions
				+ ", statusCallbackUrl=" + this.statusCallbackUrl + "]";
	}

	/**
	 * Builds {@link CaptionOptions}.
	 */
	public static final class Builder {

		private @Nullable String sessionId;

		private @Nullable String token;

		private @Nullable String languageCode;

		private @Nullable Integer maxDuration;

		private @Nullable Boolean partialCaptions;

		private @Nullable String statusCallbackUrl;

		private Builder() {
		}

		/**
		 * Sets the routed session to caption (required).
		 * @param sessionId the session id
		 * @return this builder
		 */
		public Builder sessionId(String sessionId) {
			this.sessionId = sessionId;
			return this;
		}

		/**
		 * Sets the client token the captioner joins with (required, moderator role).
		 * @param token the client token
		 * @return this builder
		 */
		public Builder token(String token) {
			this.token = token;
			return this;
		}

		/**
		 * Sets the spoken language (OpenTok's default is {@code en-US}).
		 * @param languageCode a code of the form {@code xx-XX}
		 * @return this builder
		 */
		public Builder languageCode(@Nullable String languageCode) {
			this.languageCode = languageCode;
			return this;
		}

		/**
		 * Sets the longest captions may run.
		 * @param maxDuration seconds, 300 to 14400
		 * @return this builder
		 */
		public Builder maxDuration(int maxDuration) {
			this.maxDuration = maxDuration;
			return this;
		}

		/**
		 * Sets whether captions are sent before a phrase is complete.
		 * @param partialCaptions {@code true} for faster, less accurate captions
		 * @return this builder
		 */
		public Builder partialCaptions(boolean partialCaptions) {
			this.partialCaptions = partialCaptions;
			return this;
		}

		/**
		 * Sets the URL that receives status changes of these captions.
		 * @param statusCallbackUrl the URL, 15 to 2048 characters
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
		public CaptionOptions build() {
			return new CaptionOptions(Arguments.requireNonNull(this.sessionId, "sessionId"),
					Arguments.requireNonNull(this.token, "token"), this.languageCode, this.maxDuration,
					this.partialCaptions, this.statusCallbackUrl);
		}

	}

}
