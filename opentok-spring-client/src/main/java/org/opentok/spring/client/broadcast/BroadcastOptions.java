package org.opentok.spring.client.broadcast;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.MaxBitrate;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.core.StreamMode;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.internal.WireEnums;

/**
 * Options of a new broadcast. Immutable; build with {@link #builder()}. Values not set
 * are left out of the request, so OpenTok's defaults apply; values OpenTok would reject
 * are refused by {@link Builder#build()}.
 *
 * @param sessionId the routed session to broadcast
 * @param hls the HLS output, or {@code null} for none
 * @param rtmp the RTMP outputs, at most 5, empty for none
 * @param layout the video layout, or {@code null} (OpenTok: best fit)
 * @param maxDuration the longest the broadcast may run, 60 to 36000 seconds, or
 * {@code null} (OpenTok: 7200)
 * @param maxBitrate the highest video bitrate, {@link MaxBitrate#MIN} to
 * {@link MaxBitrate#MAX} bits per second, or {@code null} (OpenTok: 2000000)
 * @param resolution the video resolution, or {@code null} (OpenTok: 640x480)
 * @param streamMode how streams are chosen, or {@code null} (OpenTok: automatic)
 * @param multiBroadcastTag a tag that lets the session have several broadcasts at once,
 * or {@code null}
 * @param hasAudio whether audio is broadcast, or {@code null} (OpenTok: {@code true})
 * @param hasVideo whether video is broadcast, or {@code null} (OpenTok: {@code true})
 * @since 0.1.0
 */
public record BroadcastOptions(String sessionId, @Nullable HlsOptions hls, List<RtmpTarget> rtmp,
		@Nullable Layout layout, @Nullable Integer maxDuration, @Nullable Integer maxBitrate,
		@Nullable Resolution resolution, @Nullable StreamMode streamMode, @Nullable String multiBroadcastTag,
		@Nullable Boolean hasAudio, @Nullable Boolean hasVideo) {

	/**
	 * The most RTMP outputs a broadcast can have.
	 */
	public static final int MAX_RTMP_TARGETS = 5;

	/**
	 * The shortest maximum duration, in seconds.
	 */
	public static final int MIN_MAX_DURATION = 60;

	/**
	 * The longest maximum duration, in seconds (10 hours).
	 */
	public static final int MAX_MAX_DURATION = 36000;

	/**
	 * Validates the options.
	 * @param sessionId the session to broadcast
	 * @param hls the HLS output, or {@code null}
	 * @param rtmp the RTMP outputs, or {@code null} for none
	 * @param layout the layout, or {@code null}
	 * @param maxDuration the maximum duration in seconds, or {@code null}
	 * @param maxBitrate the maximum bitrate in bits per second, or {@code null}
	 * @param resolution the resolution, or {@code null}
	 * @param streamMode the stream mode, or {@code null}
	 * @param multiBroadcastTag the tag, or {@code null}
	 * @param hasAudio whether audio is broadcast, or {@code null}
	 * @param hasVideo whether video is broadcast, or {@code null}
	 */
	public BroadcastOptions {
		Arguments.requireSessionId(sessionId, "sessionId");
		rtmp = (rtmp != null) ? copyOf(Arguments.requireMaxSize(rtmp, MAX_RTMP_TARGETS, "rtmp")) : List.of();
		if (hls == null && rtmp.isEmpty()) {
			throw new IllegalArgumentException("'outputs' must include HLS, RTMP or both: set 'hls' or 'rtmp'");
		}
		if (maxDuration != null) {
			Arguments.requireRange(maxDuration, MIN_MAX_DURATION, MAX_MAX_DURATION, "maxDuration");
		}
		MaxBitrate.require(maxBitrate);
		if (resolution != null) {
			WireEnums.requireKnown(resolution, Resolution.UNKNOWN, "resolution");
		}
		if (streamMode != null) {
			WireEnums.requireKnown(streamMode, StreamMode.UNKNOWN, "streamMode");
		}
		if (multiBroadcastTag != null) {
			Arguments.requireNonBlank(multiBroadcastTag, "multiBroadcastTag");
		}
	}

	private static List<RtmpTarget> copyOf(List<RtmpTarget> targets) {
		for (RtmpTarget target : targets) {
			if (target == null) {
				throw new IllegalArgumentException("'rtmp' must not contain null");
			}
		}
		return List.copyOf(targets);
	}

	/**
	 * Starts building options; unset values are left to OpenTok.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds {@link BroadcastOptions}.
	 */
	public static final class Builder {

		private @Nullable String sessionId;

		private @Nullable HlsOptions hls;

		private final List<RtmpTarget> rtmp = new ArrayList<>();

		private @Nullable Layout layout;

		private @Nullable Integer maxDuration;

		private @Nullable Integer maxBitrate;

		private @Nullable Resolution resolution;

		private @Nullable StreamMode streamMode;

		private @Nullable String multiBroadcastTag;

		private @Nullable Boolean hasAudio;

		private @Nullable Boolean hasVideo;

		private Builder() {
		}

		/**
		 * Sets the session to broadcast (required; a routed session with connected
		 * clients).
		 * @param sessionId the session id
		 * @return this builder
		 */
		public Builder sessionId(String sessionId) {
			this.sessionId = sessionId;
			return this;
		}

		/**
		 * Adds an HLS output with OpenTok's defaults.
		 * @return this builder
		 */
		public Builder hls() {
			return hls(HlsOptions.defaults());
		}

		/**
		 * Sets the HLS output.
		 * @param hls the HLS options, or {@code null} for no HLS output
		 * @return this builder
		 */
		public Builder hls(@Nullable HlsOptions hls) {
			this.hls = hls;
			return this;
		}

		/**
		 * Adds an RTMP output.
		 * @param target the RTMP server and stream name
		 * @return this builder
		 */
		public Builder addRtmp(RtmpTarget target) {
			this.rtmp.add(target);
			return this;
		}

		/**
		 * Replaces the RTMP outputs.
		 * @param targets the RTMP outputs, at most 5
		 * @return this builder
		 */
		public Builder rtmp(List<RtmpTarget> targets) {
			this.rtmp.clear();
			this.rtmp.addAll(Arguments.requireNonNull(targets, "rtmp"));
			return this;
		}

		/**
		 * Sets the video layout.
		 * @param layout the layout
		 * @return this builder
		 */
		public Builder layout(@Nullable Layout layout) {
			this.layout = layout;
			return this;
		}

		/**
		 * Sets the longest the broadcast may run.
		 * @param maxDuration 60 to 36000 seconds
		 * @return this builder
		 */
		public Builder maxDuration(int maxDuration) {
			this.maxDuration = maxDuration;
			return this;
		}

		/**
		 * Sets the highest video bitrate.
		 * @param maxBitrate {@link MaxBitrate#MIN} to {@link MaxBitrate#MAX} bits per
		 * second
		 * @return this builder
		 */
		public Builder maxBitrate(int maxBitrate) {
			this.maxBitrate = maxBitrate;
			return this;
		}

		/**
		 * Sets the video resolution.
		 * @param resolution the resolution
		 * @return this builder
		 */
		public Builder resolution(@Nullable Resolution resolution) {
			this.resolution = resolution;
			return this;
		}

		/**
		 * Sets how streams are chosen; with {@link StreamMode#MANUAL} use
		 * {@link BroadcastClient#addStream(String, String)}.
		 * @param streamMode the stream mode
		 * @return this builder
		 */
		public Builder streamMode(@Nullable StreamMode streamMode) {
			this.streamMode = streamMode;
			return this;
		}

		/**
		 * Sets a tag that lets the session have several broadcasts at once.
		 * @param multiBroadcastTag the tag, unique among the session's broadcasts
		 * @return this builder
		 */
		public Builder multiBroadcastTag(@Nullable String multiBroadcastTag) {
			this.multiBroadcastTag = multiBroadcastTag;
			return this;
		}

		/**
		 * Sets whether audio is broadcast.
		 * @param hasAudio {@code false} to broadcast without audio
		 * @return this builder
		 */
		public Builder hasAudio(boolean hasAudio) {
			this.hasAudio = hasAudio;
			return this;
		}

		/**
		 * Sets whether video is broadcast.
		 * @param hasVideo {@code false} to broadcast without video
		 * @return this builder
		 */
		public Builder hasVideo(boolean hasVideo) {
			this.hasVideo = hasVideo;
			return this;
		}

		/**
		 * Builds the options.
		 * @return the options
		 * @throws IllegalArgumentException if a value or a combination is not allowed
		 */
		public BroadcastOptions build() {
			return new BroadcastOptions(Arguments.requireNonBlank(this.sessionId, "sessionId"), this.hls, this.rtmp,
					this.layout, this.maxDuration, this.maxBitrate, this.resolution, this.streamMode,
					this.multiBroadcastTag, this.hasAudio, this.hasVideo);
		}

	}

}
