package org.opentok.spring.client.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.core.StreamMode;
import org.opentok.spring.client.internal.AbsentBooleans;
import org.opentok.spring.client.internal.EpochMillisDeserializer;

/**
 * An archive (a recording of a session) as OpenTok describes it. Values OpenTok omits
 * take the server's defaults: both tracks on, composed output, automatic stream mode.
 * Each value OpenTok sends as an enum string is kept exactly as sent (the {@code raw...}
 * components) and read as a constant by the accessor without the prefix, so a value this
 * version does not know reads as {@code UNKNOWN} without losing what OpenTok said.
 *
 * @param id the archive id
 * @param rawStatus the status exactly as OpenTok sent it, or {@code null}; read it when
 * {@link #status()} returns {@link ArchiveStatus#UNKNOWN}
 * @param name the name given at start, or {@code null} (may also be empty)
 * @param sessionId the recorded session's id
 * @param projectId the API key or application id the archive belongs to, or {@code null}
 * @param partnerId the API key under its legacy name, or {@code null}
 * @param applicationId the Vonage application id, or {@code null}
 * @param createdAt when the archive was started
 * @param updatedAt when the archive last changed, or {@code null}
 * @param duration how long the recording is, in whole seconds; zero while recording
 * @param size the file size in bytes; zero until the file exists
 * @param url where to download the file while the status is
 * {@link ArchiveStatus#AVAILABLE} (valid for about 10 minutes; get the archive again for
 * a fresh one), otherwise {@code null}
 * @param reason why the archive stopped or failed, or {@code null} (may also be empty)
 * @param hasAudio whether audio is recorded
 * @param hasVideo whether video is recorded
 * @param rawOutputMode the output mode exactly as OpenTok sent it, or {@code null}; read
 * it when {@link #outputMode()} returns {@link OutputMode#UNKNOWN}
 * @param rawStreamMode the stream mode exactly as OpenTok sent it, or {@code null}; read
 * it when {@link #streamMode()} returns {@link StreamMode#UNKNOWN}
 * @param rawResolution the resolution exactly as OpenTok sent it, or {@code null}; read
 * it when {@link #resolution()} returns {@link Resolution#UNKNOWN}
 * @param maxBitrate the maximum video bitrate in bits per second set at start, or
 * {@code null}
 * @param quantizationParameter the video quantization parameter set at start, or
 * {@code null}
 * @param multiArchiveTag the tag that tells simultaneous archives of a session apart, or
 * {@code null}
 * @param password the encrypted password of an archive encrypted with the project's key,
 * or {@code null}
 * @param sha256sum the SHA-256 checksum of the file, or {@code null}
 * @param streams the streams chosen in manual stream mode; empty otherwise
 * @param hasTranscription whether the archive is transcribed
 * @param transcription the transcription, or {@code null}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Archive(@JsonProperty("id") String id, @JsonProperty("status") @Nullable String rawStatus,
		@JsonProperty("name") @Nullable String name, @JsonProperty("sessionId") String sessionId,
		@JsonProperty("projectId") @Nullable String projectId, @JsonProperty("partnerId") @Nullable String partnerId,
		@JsonProperty("applicationId") @Nullable String applicationId,
		@JsonProperty("createdAt") @JsonDeserialize(using = EpochMillisDeserializer.class) Instant createdAt,
		@JsonProperty("updatedAt") @JsonDeserialize(using = EpochMillisDeserializer.class) @Nullable Instant updatedAt,
		@JsonProperty("duration") @JsonDeserialize(using = SecondsDeserializer.class) Duration duration,
		@JsonProperty("size") Long size, @JsonProperty("url") @Nullable String url,
		@JsonProperty("reason") @Nullable String reason,
		@JsonProperty("hasAudio") @JsonDeserialize(using = AbsentBooleans.TrueWhenAbsent.class) boolean hasAudio,
		@JsonProperty("hasVideo") @JsonDeserialize(using = AbsentBooleans.TrueWhenAbsent.class) boolean hasVideo,
		@JsonProperty("outputMode") @Nullable String rawOutputMode,
		@JsonProperty("streamMode") @Nullable String rawStreamMode,
		@JsonProperty("resolution") @Nullable String rawResolution,
		@JsonProperty("maxBitrate") @Nullable Integer maxBitrate,
		@JsonProperty("quantizationParameter") @Nullable Integer quantizationParameter,
		@JsonProperty("multiArchiveTag") @Nullable String multiArchiveTag,
		@JsonProperty("password") @Nullable String password, @JsonProperty("sha256sum") @Nullable String sha256sum,
		@JsonProperty("streams") List<ArchiveStream> streams,
		@JsonProperty("hasTranscription") @JsonDeserialize(
				using = AbsentBooleans.FalseWhenAbsent.class) boolean hasTranscription,
		@JsonProperty("transcription") @Nullable Transcription transcription) {

	/**
	 * Applies the server's defaults to absent values.
	 * @param id the archive id
	 * @param rawStatus the status as sent, or {@code null}
	 * @param name the name, or {@code null}
	 * @param sessionId the session id
	 * @param projectId the project id, or {@code null}
	 * @param partnerId the legacy project id, or {@code null}
	 * @param applicationId the Vonage application id, or {@code null}
	 * @param createdAt when the archive was started
	 * @param updatedAt when the archive last changed, or {@code null}
	 * @param duration the duration, {@code null} for zero
	 * @param size the size in bytes, {@code null} for zero
	 * @param url the download URL, or {@code null}
	 * @param reason why it stopped, or {@code null}
	 * @param hasAudio whether audio is recorded
	 * @param hasVideo whether video is recorded
	 * @param rawOutputMode the output mode as sent, or {@code null}
	 * @param rawStreamMode the stream mode as sent, or {@code null}
	 * @param rawResolution the resolution as sent, or {@code null}
	 * @param maxBitrate the maximum bitrate, or {@code null}
	 * @param quantizationParameter the quantization parameter, or {@code null}
	 * @param multiArchiveTag the tag, or {@code null}
	 * @param password the encrypted password, or {@code null}
	 * @param sha256sum the checksum, or {@code null}
	 * @param streams the streams, {@code null} for none
	 * @param hasTranscription whether it is transcribed
	 * @param transcription the transcription, or {@code null}
	 */
	public Archive {
		duration = (duration != null) ? duration : Duration.ZERO;
		size = (size != null) ? size : Long.valueOf(0);
		streams = (streams != null) ? List.copyOf(streams) : List.of();
	}

	/**
	 * Returns where the archive is in its life.
	 * @return the status; {@link ArchiveStatus#UNKNOWN} when OpenTok sent none or one
	 * this version does not know ({@link #rawStatus()} has it)
	 */
	public ArchiveStatus status() {
		return ArchiveStatus.fromWire(this.rawStatus);
	}

	/**
	 * Returns whether the archive is one composed file or one file per stream.
	 * @return the output mode; {@link OutputMode#COMPOSED} when OpenTok sent none,
	 * {@link OutputMode#UNKNOWN} for one this version does not know
	 * ({@link #rawOutputMode()} has it)
	 */
	public OutputMode outputMode() {
		return (this.rawOutputMode != null) ? OutputMode.fromWire(this.rawOutputMode) : OutputMode.COMPOSED;
	}

	/**
	 * Returns whether streams are chosen automatically or by hand.
	 * @return the stream mode; {@link StreamMode#AUTO} when OpenTok sent none,
	 * {@link StreamMode#UNKNOWN} for one this version does not know
	 * ({@link #rawStreamMode()} has it)
	 */
	public StreamMode streamMode() {
		return (this.rawStreamMode != null) ? StreamMode.fromWire(this.rawStreamMode) : StreamMode.AUTO;
	}

	/**
	 * Returns the video resolution of a composed archive.
	 * @return the resolution, {@code null} when OpenTok sent none, or
	 * {@link Resolution#UNKNOWN} for one this version does not know
	 * ({@link #rawResolution()} has it)
	 */
	public @Nullable Resolution resolution() {
		return (this.rawResolution != null) ? Resolution.fromWire(this.rawResolution) : null;
	}

}
