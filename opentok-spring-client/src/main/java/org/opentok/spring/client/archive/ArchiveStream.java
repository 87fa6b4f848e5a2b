package org.opentok.spring.client.archive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.internal.AbsentBooleans;

/**
 * A stream chosen for an archive in manual stream mode, with the tracks that are
 * recorded.
 *
 * @param streamId the stream's id
 * @param hasAudio whether its audio is recorded ({@code true} when OpenTok omits it)
 * @param hasVideo whether its video is recorded ({@code true} when OpenTok omits it)
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArchiveStream(@JsonProperty("streamId") String streamId,
		@JsonProperty("hasAudio") @JsonDeserialize(using = AbsentBooleans.TrueWhenAbsent.class) boolean hasAudio,
		@JsonProperty("hasVideo") @JsonDeserialize(using = AbsentBooleans.TrueWhenAbsent.class) boolean hasVideo) {

}
