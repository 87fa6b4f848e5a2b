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
 * @param hlsStatus the state of the HLS output, or {@code null} without HLS output
 * @param rtmp the RTMP outputs, empty without RTMP output
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BroadcastUrls(@JsonProperty("hls") @Nullable String hls,
		@JsonProperty("hlsStatus") @Nullable HlsStatus hlsStatus,
		@JsonProperty("rtmp") @JsonDeserialize(using = RtmpOutputsDeserializer.class) List<RtmpOutput> rtmp) {

	/**
	 * Reads a missing RTMP list as empty.
	 * @param hls the HLS playlist URL, or {@code null}
	 * @param hlsStatus the HLS state, or {@code null}
	 * @param rtmp the RTMP outputs, or {@code null}
	 */
	public BroadcastUrls {
		rtmp = (rtmp != null) ? List.copyOf(rtmp) : List.of();
	}

}
