package org.opentok.spring.client.broadcast;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Where a broadcast goes ({@code broadcastUrls}).
 *
 * @param hls the HLS playlist URL, or {@code null} without HLS output; it may take 15 to
 * 20 seconds after the start before it can be fetched
 * @param rawHlsStatus the state of the HLS output exactly as OpenTok sent it, or
 * {@code null} without HLS output; read it when {@link #hlsStatus()} returns
 * {@link HlsStatus#UNKNOWN}
 * @param rtmp the RTMP outputs, empty without RTMP output
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BroadcastUrls(@JsonProperty("hls") @Nullable String hls,
		@JsonProperty("hlsStatus") @Nullable String rawHlsStatus,
		@JsonProperty("rtmp") @JsonDeserialize(using = RtmpOutputsDeserializer.class) List<RtmpOutput> rtmp) {

	/**
	 * Reads a missing RTMP list as empty.
	 * @param hls the HLS playlist URL, or {@code null}
	 * @param rawHlsStatus the HLS state as sent, or {@code null}
	 * @param rtmp the RTMP outputs, or {@code null}
	 */
	public BroadcastUrls {
		rtmp = (rtmp != null) ? List.copyOf(rtmp) : List.of();
	}

	/**
	 * Returns the state of the HLS output.
	 * @return the state, {@code null} when OpenTok sent none (no HLS output), or
	 * {@link HlsStatus#UNKNOWN} for one this version does not know
	 * ({@link #rawHlsStatus()} has it)
	 */
	public @Nullable HlsStatus hlsStatus() {
		return (this.rawHlsStatus != null) ? HlsStatus.fromWire(this.rawHlsStatus) : null;
	}

}
