package org.opentok.spring.client.broadcast;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.internal.AbsentBooleans;

/**
 * A stream included in a broadcast in manual stream mode.
 *
 * @param streamId the stream id
 * @param hasAudio whether the stream's audio is included ({@code true} when OpenTok
 * leaves it out)
 * @param hasVideo whether the stream's video is included ({@code true} when OpenTok
 * leaves it out)
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BroadcastStream(@JsonProperty("streamId") String streamId,
		@JsonProperty("hasAudio") @JsonDeserialize(using = AbsentBooleans.TrueWhenAbsent.class) boolean hasAudio,
		@JsonProperty("hasVideo") @JsonDeserialize(using = AbsentBooleans.TrueWhenAbsent.class) boolean hasVideo) {

}
