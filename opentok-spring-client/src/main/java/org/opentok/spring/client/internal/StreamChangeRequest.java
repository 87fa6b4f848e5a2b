package org.opentok.spring.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of {@code PATCH .../archive/{archiveId}/streams} and {@code PATCH
 * .../broadcast/{broadcastId}/streams}: exactly one of {@code addStream} (with optional
 * tracks) and {@code removeStream}.
 *
 * @param addStream the stream to add, or {@code null}
 * @param removeStream the stream to remove, or {@code null}
 * @param hasAudio whether the added stream's audio is included, or {@code null}
 * @param hasVideo whether the added stream's video is included, or {@code null}
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StreamChangeRequest(@JsonProperty("addStream") @Nullable String addStream,
		@JsonProperty("removeStream") @Nullable String removeStream,
		@JsonProperty("hasAudio") @Nullable Boolean hasAudio, @JsonProperty("hasVideo") @Nullable Boolean hasVideo) {

	/**
	 * Returns the request that adds a stream.
	 * @param streamId the stream id
	 * @param hasAudio whether its audio is included, or {@code null} for the default
	 * @param hasVideo whether its video is included, or {@code null} for the default
	 * @return the request
	 * @throws IllegalArgumentException if {@code streamId} is not an OpenTok id
	 */
	public static StreamChangeRequest add(String streamId, @Nullable Boolean hasAudio, @Nullable Boolean hasVideo) {
		return new StreamChangeRequest(Arguments.requireId(streamId, "streamId"), null, hasAudio, hasVideo);
	}

	/**
	 * Returns the request that removes a stream.
	 * @param streamId the stream id
	 * @return the request
	 * @throws IllegalArgumentException if {@code streamId} is not an OpenTok id
	 */
	public static StreamChangeRequest remove(String streamId) {
		return new StreamChangeRequest(null, Arguments.requireId(streamId, "streamId"), null, null);
	}

}
