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
 * @param rawStatus the output's state exactly as OpenTok sent it, or {@code null}; read
 * it when {@link #status()} returns {@link RtmpStatus#UNKNOWN}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RtmpOutput(@JsonProperty("id") @Nullable String id, @JsonProperty("serverUrl") String serverUrl,
		@JsonProperty("streamName") String streamName, @JsonProperty("status") @Nullable String rawStatus) {

	/**
	 * Returns the output's state.
	 * @return the status; {@link RtmpStatus#UNKNOWN} when OpenTok sent none or one this
	 * version does not know ({@link #rawStatus()} has it)
	 */
	public RtmpStatus status() {
		return RtmpStatus.fromWire(this.rawStatus);
	}

	@Override
	public String toString() {
		return "RtmpOutput[id=" + this.id + ", serverUrl=" + RtmpSecrets.maskedUrl(this.serverUrl) + ", streamName="
				+ RtmpSecrets.MASK + ", status=" + status() + "]";
	}

	RtmpOutput withId(String id) {
		return new RtmpOutput(id, this.serverUrl, this.streamName, this.rawStatus);
	}

}
