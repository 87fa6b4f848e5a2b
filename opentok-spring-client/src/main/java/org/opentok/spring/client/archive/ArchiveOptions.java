package org.opentok.spring.client.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.MaxBitrate;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.core.StreamMode;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.internal.WireEnums;

/**
 * Options of a new archive, sent as the JSON body of {@code POST .../archive}. Immutable;
 * build with {@link #builder()}. A value not set is not sent, so the server's default
 * applies; combinations OpenTok would reject are refused by {@link Builder#build()}.
 *
 * @param sessionId the session to record (routed, with at least one client connected)
 * @param name a name for your own identification, or {@code null}
 * @param hasAudio whether audio is recorded, or {@code null} for the default
 * ({@code true})
 * @param hasVideo whether video is recorded, or {@code null} for the default
 * ({@code true})
 * @param outputMode composed or individual files, or {@code null} for the default
 * ({@link OutputMode#COMPOSED})
 * @param resolution the video resolution (composed only), or {@code null} for the default
 * ({@code 640x480})
 * @param layout the layout (composed only), or {@code null} for the default (best fit)
 * @param streamMode automatic or manual stream selection, or {@code null} for the default
 * ({@link StreamMode#AUTO})
 * @param multiArchiveTag a tag that tells simultaneous archives of the session apart, or
 * {@code null}
 * @param maxBitrate the maximum video bitrate in bits per second, {@link MaxBitrate#MIN}
 * to {@link MaxBitrate#MAX} (composed only, not with {@code quantizationParameter}), or
 * {@code null}
 * @param quantizationParameter the video quantization parameter, 15 to 40, lower is
 * better (composed only, not with {@code maxBitrate}), or {@code null}
 * @param hasTranscription whether the archive is transcribed after the call, or
 * {@code null} for the default ({@code false}); {@code true} only with {@code outputMode}
 * {@link OutputMode#INDIVIDUAL} and audio recorded
 * @param transcriptionProperties how the archive is transcribed, or {@code null}
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArchiveOptions(@JsonProperty("sessionId") String sessionId, @JsonProperty("name") @Nullable String name,
		@JsonProperty("hasAudio") @Nullable Boolean hasAudio, @JsonProperty("hasVideo") @Nullable Boolean hasVideo,
		@JsonProperty("outputMode") @Nullable OutputMode outputMode,
		@JsonProperty("resolution") @Nullable Resolution resolution, @JsonProperty("layout") @Nullable Layout layout,
		@JsonProperty("streamMode") @Nullable StreamMode streamMode,
		@JsonProperty("multiArchiveTag") @Nullable String multiArchiveTag,
		@JsonProperty("maxBitrate") @Nullable Integer maxBitrate,
		@JsonProperty("quantizationParameter") @Nullable Integer quantizationParameter,
		@JsonProperty("hasTranscription") @Nullable Boolean hasTranscription,
		@JsonProperty("transcriptionProperties") @Nullable TranscriptionProperties transcriptionProperties) {

	/**
	 * The smallest allowed {@code quantizationParameter}.
	 */
	public static final int MIN_QUANTIZATION_PARAMETER = 15;

	/**
	 * The largest allowed {@code quantizationParameter}.
	 */
	public static final int MAX_QUANTIZATION_PARAMETER = 40;

	/**
	 * Validates the options.
	 * @param sessionId the session to record
	 * @param name a name, or {@code null}
	 * @param hasAudio whether audio is recorded, or {@code null}
	 * @param hasVideo whether video is recorded, or {@code null}
	 * @param outputMode the output mode, or {@code null}
	 * @param resolution the resolution, or {@code null}
	 * @param layout the layout, or {@code null}
	 * @param streamMode the stream mode, or {@code null}
	 * @param multiArchiveTag the tag, or {@code null}
	 * @param maxBitrate the maximum video bitrate, or {@code null}
	 * @param quantizationParameter the quantization parameter, or {@code null}
	 * @param hasTranscription whether the archive is transcribed, or {@code null}
	 * @param transcriptionProperties how it is transcribed, or {@code null}
	 */
	public ArchiveOptions {
		Arguments.requireSessionId(sessionId, "sessionId");
		if (Boolean.FALSE.equals(hasAudio) && Boolean.FALSE.equals(hasVideo)) {
			throw new IllegalArgumentException("'hasAudio' and 'hasVideo' must not both be false");
		}
		if (outputMode != null) {
			WireEnums.requireKnown(outputMode, OutputMode.UNKNOWN, "outputMode");
		}
		if (resolution != null) {
			WireEnums.requireKnown(resolution, Resolution.UNKNOWN, "resolution");
		}
		if (streamMode != null) {
			WireEnums.requireKnown(streamMode, StreamMode.UNKNOWN, "streamMode");
		}
		if (multiArchiveTag != null) {
			Arguments.requireNonBlank(multiArchiveTag, "multiArchiveTag");
		}
		MaxBitrate.require(maxBitrate);
		if (quantizationParameter != null) {
			Arguments.requireRange(quantizationParameter, MIN_QUANTIZATION_PARAMETER, MAX_QUANTIZATION_PARAMETER,
					"quantizationParameter");
		}
		if (maxBitrate != null && quantizationParameter != null) {
			throw new IllegalArgumentException("'maxBitrate' and 'quantizationParameter' must not both be set");
		}
		if (outputMode == OutputMode.INDIVIDUAL) {
			requireComposedOnly(resolution, "resolution");
			requireComposedOnly(layout, "layout");
			requireComposedOnly(maxBitrate, "maxBitrate");
			requireComposedOnly(quantizationParameter, "quantizationParameter");
		}
		if (Boolean.TRUE.equals(hasTranscription)) {
			requireTranscribable(outputMode, hasAudio);
		}
	}

	private static void requireTranscribable(@Nullable OutputMode outputMode, @Nullable Boolean hasAudio) {
		if (outputMode != OutputMode.INDIVIDUAL) {
			throw new IllegalArgumentException("'hasTranscription' requires 'outputMode' INDIVIDUAL, got "
					+ ((outputMode != null) ? outputMode : "none (COMPOSED is the default)"));
		}
		if (Boolean.FALSE.equals(hasAudio)) {
			throw new IllegalArgumentException("'hasTranscription' requires 'hasAudio' true, got false");
		}
	}

	private static void requireComposedOnly(@Nullable Object value, String name) {
		if (value != null) {
			throw new IllegalArgumentException("'" + name + "' is only allowed with 'outputMode' COMPOSED");
		}
	}

	/**
	 * Returns the options that record a session with the server's defaults.
	 * @param sessionId the session to record
	 * @return the options
	 */
	public static ArchiveOptions of(String sessionId) {
		return builder().sessionId(sessionId).build();
	}

	/**
	 * Starts building options; only the session id is required.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds {@link ArchiveOptions}.
	 */
	public static final class Builder {

		private @Nullable String sessionId;

		private @Nullable String name;

		private @Nullable Boolean hasAudio;

		private @Nullable Boolean hasVideo;

		private @Nullable OutputMode outputMode;

		private @Nullable Resolution resolution;

		private @Nullable Layout layout;

		private @Nullable StreamMode streamMode;

		private @Nullable String multiArchiveTag;

		private @Nullable Integer maxBitrate;

		private @Nullable Integer quantizationParameter;

		private @Nullable Boolean hasTranscription;

		private @Nullable TranscriptionProperties transcriptionProperties;

		private Builder() {
		}

		/**
		 * Sets the session to record (required).
		 * @param sessionId the session id
		 * @return this builder
		 */
		public Builder sessionId(String sessionId) {
			this.sessionId = sessionId;
			return this;
		}

		/**
		 * Sets a name for your own identification.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Sets whether audio is recorded (server default {@code true}).
		 * @param hasAudio {@code false} to record video only
		 * @return this builder
		 */
		public Builder hasAudio(boolean hasAudio) {
			this.hasAudio = hasAudio;
			return this;
		}

		/**
		 * Sets whether video is recorded (server default {@code true}).
		 * @param hasVideo {@code false} to record audio only
		 * @return this builder
		 */
		public Builder hasVideo(boolean hasVideo) {
			this.hasVideo = hasVideo;
			return this;
		}

		/**
		 * Sets the output mode (server default {@link OutputMode#COMPOSED}).
		 * @param outputMode the output mode
		 * @return this builder
		 */
		public Builder outputMode(@Nullable OutputMode outputMode) {
			this.outputMode = outputMode;
			return this;
		}

		/**
		 * Sets the video resolution of a composed archive (server default
		 * {@code 640x480}).
		 * @param resolution the resolution
		 * @return this builder
		 */
		public Builder resolution(@Nullable Resolution resolution) {
			this.resolution = resolution;
			return this;
		}

		/**
		 * Sets the layout of a composed archive (server default best fit).
		 * @param layout the layout
		 * @return this builder
		 */
		public Builder layout(@Nullable Layout layout) {
			this.layout = layout;
			return this;
		}

		/**
		 * Sets how streams are chosen (server default {@link StreamMode#AUTO}).
		 * @param streamMode the stream mode
		 * @return this builder
		 */
		public Builder streamMode(@Nullable StreamMode streamMode) {
			this.streamMode = streamMode;
			return this;
		}

		/**
		 * Sets the tag that tells simultaneous archives of the session apart; also needed
		 * to start an archive by hand on a session that is archived automatically.
		 * @param multiArchiveTag the tag
		 * @return this builder
		 */
		public Builder multiArchiveTag(@Nullable String multiArchiveTag) {
			this.multiArchiveTag = multiArchiveTag;
			return this;
		}

		/**
		 * Sets the maximum video bitrate of a composed archive; not together with a
		 * quantization parameter.
		 * @param maxBitrate bits per second, {@link MaxBitrate#MIN} to
		 * {@link MaxBitrate#MAX}
		 * @return this builder
		 */
		public Builder maxBitrate(@Nullable Integer maxBitrate) {
			this.maxBitrate = maxBitrate;
			return this;
		}

		/**
		 * Sets the video quantization parameter of a composed archive; not together with
		 * a maximum bitrate.
		 * @param quantizationParameter 15 (best quality) to 40
		 * @return this builder
		 */
		public Builder quantizationParameter(@Nullable Integer quantizationParameter) {
			this.quantizationParameter = quantizationParameter;
			return this;
		}

		/**
		 * Sets whether the archive is transcribed after the call (server default
		 * {@code false}). A transcribed archive must have {@code outputMode}
		 * {@link OutputMode#INDIVIDUAL} (composed is the default, so set it) and must
		 * record audio.
		 * @param hasTranscription {@code true} to transcribe
		 * @return this builder
		 */
		public Builder hasTranscription(boolean hasTranscription) {
			this.hasTranscription = hasTranscription;
			return this;
		}

		/**
		 * Sets how the archive is transcribed.
		 * @param transcriptionProperties the language and whether to summarize
		 * @return this builder
		 */
		public Builder transcriptionProperties(@Nullable TranscriptionProperties transcriptionProperties) {
			this.transcriptionProperties = transcriptionProperties;
			return this;
		}

		/**
		 * Builds the options.
		 * @return the options
		 * @throws IllegalArgumentException if a value or a combination is not allowed
		 */
		public ArchiveOptions build() {
			return new ArchiveOptions(this.sessionId, this.name, this.hasAudio, this.hasVideo, this.outputMode,
					this.resolution, this.layout, this.streamMode, this.multiArchiveTag, this.maxBitrate,
					this.quantizationParameter, this.hasTranscription, this.transcriptionProperties);
		}

	}

}
