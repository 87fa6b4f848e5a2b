package org.opentok.spring.client.archive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

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
public record ArchiveStream(@JsonProperty("streamId") String streamId, @JsonProperty("hasAudio") Boolean hasAudio,
		@JsonProperty("hasVideo") Boolean hasVideo) {

	/**
	 * Applies the defaults of absent tracks.
	 * @param streamId the stream's id
	 * @param hasAudio whether its audio is recorded, {@code null} for {@code true}
	 * @param hasVideo whether its video is recorded, {@code null} for {@code true}
	 */
	public ArchiveStream {
		hasAudio = (hasAudio != null) ? hasAudio : Boolean.TRUE;
		hasVideo = (hasVideo != null) ? hasVideo : Boolean.TRUE;
	}

}
