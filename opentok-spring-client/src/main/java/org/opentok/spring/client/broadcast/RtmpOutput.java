package org.opentok.spring.client.broadcast;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One RTMP output of a running broadcast. {@link #toString()} never shows the stream
 * name, nor the user info or the query of the server URL.
 *
 * @param id the id given at the start, or {@code null} when none was given
 * @param serverUrl the RTMP server URL
 * @param streamName the stream name (stream key) on that server
 * @param status the output's state; {@link RtmpStatus#UNKNOWN} when missing or new
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RtmpOutput(@JsonProperty("id") @Nullable String id, @JsonProperty("serverUrl") String serverUrl,
		@JsonProperty("streamName") String streamName, @JsonProperty("status") RtmpStatus status) {

	/**
	 * Reads a missing status as {@link RtmpStatus#UNKNOWN}.
	 * @param id the output id, or {@code null}
	 * @param serverUrl the RTMP server URL
	 * @param streamName the stream name
	 * @param status the state, or {@code null}
	 */
	public RtmpOutput {
		status = (status != null) ? status : RtmpStatus.UNKNOWN;
	}

	@Override
	public String toString() {
		return "RtmpOutput[id=" + this.id + ", serverUrl=" + RtmpSecrets.maskedUrl(this.serverUrl) + ", streamName="
				+ RtmpSecrets.MASK + ", status=" + this.status + "]";
	}

	RtmpOutput withId(String id) {
		return new RtmpOutput(id, this.serverUrl, this.streamName, this.status);
	}

}
