package org.opentok.spring.client.broadcast;

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
 * A live-streaming broadcast, as OpenTok returns it from start, stop, get and list. Each
 * value OpenTok sends as an enum string is kept exactly as sent (the {@code raw...}
 * components) and read as a constant by the accessor without the prefix, so a value this
 * version does not know reads as {@code UNKNOWN} without losing what OpenTok said.
 *
 * @param id the broadcast id
 * @param sessionId the session being broadcast
 * @param projectId the API key that owns the broadcast, or {@code null}; a number is read
 * as its decimal string
 * @param partnerId the API key under its legacy name, or {@code null}
 * @param applicationId the Vonage application id that owns the broadcast, or {@code null}
 * @param createdAt when the broadcast was created, or {@code null}
 * @param updatedAt when the broadcast last changed, or {@code null}
 * @param rawStatus the broadcast's state exactly as OpenTok sent it, or {@code null};
 * read it when {@link #status()} returns {@link BroadcastStatus#UNKNOWN}
 * @param rawResolution the video resolution exactly as OpenTok sent it, or {@code null};
 * read it when {@link #resolution()} returns {@link Resolution#UNKNOWN}
 * @param maxDuration the longest the broadcast may run, in seconds, or {@code null}
 * @param maxBitrate the highest video bitrate, in bits per second, or {@code null}
 * @param hasAudio whether audio is broadcast ({@code true} when OpenTok leaves it out)
 * @param hasVideo whether video is broadcast ({@code true} when OpenTok leaves it out)
 * @param rawStreamMode how streams are chosen, exactly as OpenTok sent it, or
 * {@code null}; read it when {@link #streamMode()} returns {@link StreamMode#UNKNOWN}
 * @param multiBroadcastTag the tag that lets a session have several broadcasts, or
 * {@code null}
 * @param broadcastUrls where the broadcast can be watched, or {@code null} (as in some
 * stop answers)
 * @param settings the output settings OpenTok echoes, or {@code null}
 * @param streams the streams included in manual stream mode, empty otherwise
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Broadcast(@JsonProperty("id") String id, @JsonProperty("sessionId") String sessionId,
		@JsonProperty("projectId") @Nullable String projectId, @JsonProperty("partnerId") @Nullable String partnerId,
		@JsonProperty("applicationId") @Nullable String applicationId,
		@JsonProperty("createdAt") @JsonDeserialize(using = EpochMillisDeserializer.class) @Nullable Instant createdAt,
		@JsonProperty("updatedAt") @JsonDeserialize(using = EpochMillisDeserializer.class) @Nullable Instant updatedAt,
		@JsonProperty("status") @Nullable String rawStatus, @JsonProperty("resolution") @Nullable String rawResolution,
		@JsonProperty("maxDuration") @Nullable Integer maxDuration,
		@JsonProperty("maxBitrate") @Nullable Integer maxBitrate,
		@JsonProperty("hasAudio") @JsonDeserialize(using = AbsentBooleans.TrueWhenAbsent.class) boolean hasAudio,
		@JsonProperty("hasVideo") @JsonDeserialize(using = AbsentBooleans.TrueWhenAbsent.class) boolean hasVideo,
		@JsonProperty("streamMode") @Nullable String rawStreamMode,
		@JsonProperty("multiBroadcastTag") @Nullable String multiBroadcastTag,
		@JsonProperty("broadcastUrls") @Nullable BroadcastUrls broadcastUrls,
		@JsonProperty("settings") @Nullable BroadcastSettings settings,
		@JsonProperty("streams") List<BroadcastStream> streams) {

	/**
	 * Reads a missing stream list as empty.
	 * @param id the broadcast id
	 * @param sessionId the session being broadcast
	 * @param projectId the owning project, or {@code null}
	 * @param partnerId the legacy project id, or {@code null}
	 * @param applicationId the Vonage application id, or {@code null}
	 * @param createdAt the creation time, or {@code null}
	 * @param updatedAt the time of the last change, or {@code null}
	 * @param rawStatus the state as sent, or {@code null}
	 * @param rawResolution the resolution as sent, or {@code null}
	 * @param maxDuration the maximum duration in seconds, or {@code null}
	 * @param maxBitrate the maximum bitrate in bits per second, or {@code null}
	 * @param hasAudio whether audio is broadcast
	 * @param hasVideo whether video is broadcast
	 * @param rawStreamMode the stream mode as sent, or {@code null}
	 * @param multiBroadcastTag the tag, or {@code null}
	 * @param broadcastUrls the output URLs, or {@code null}
	 * @param settings the output settings, or {@code null}
	 * @param streams the included streams, or {@code null}
	 */
	public Broadcast {
		streams = (streams != null) ? List.copyOf(streams) : List.of();
	}

	/**
	 * Returns the broadcast's state.
	 * @return the status; {@link BroadcastStatus#UNKNOWN} when OpenTok sent none or one
	 * this version does not know ({@link #rawStatus()} has it)
	 */
	public BroadcastStatus status() {
		return BroadcastStatus.fromWire(this.rawStatus);
	}

	/**
	 * Returns the video resolution.
	 * @return the resolution, {@code null} when OpenTok sent none, or
	 * {@link Resolution#UNKNOWN} for one this version does not know
	 * ({@link #rawResolution()} has it)
	 */
	public @Nullable Resolution resolution() {
		return (this.rawResolution != null) ? Resolution.fromWire(this.rawResolution) : null;
	}

	/**
	 * Returns how streams are chosen.
	 * @return the stream mode; {@link StreamMode#AUTO} when OpenTok sent none,
	 * {@link StreamMode#UNKNOWN} for one this version does not know
	 * ({@link #rawStreamMode()} has it)
	 */
	public StreamMode streamMode() {
		return (this.rawStreamMode != null) ? StreamMode.fromWire(this.rawStreamMode) : StreamMode.AUTO;
	}

}
