package org.opentok.spring.client.broadcast;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of {@code PATCH /v2/project/{projectId}/broadcast/{broadcastId}/streams}:
 * exactly one of {@code addStream} (with optional tracks) and {@code removeStream}.
 *
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StreamChangeRequest(@JsonProperty("addStream") @Nullable String addStream,
		@JsonProperty("removeStream") @Nullable String removeStream,
		@JsonProperty("hasAudio") @Nullable Boolean hasAudio, @JsonProperty("hasVideo") @Nullable Boolean hasVideo) {

	static StreamChangeRequest add(String streamId, @Nullable Boolean hasAudio, @Nullable Boolean hasVideo) {
		return new StreamChangeRequest(streamId, null, hasAudio, hasVideo);
	}

	static StreamChangeRequest remove(String streamId) {
		return new StreamChangeRequest(null, streamId, null, null);
	}

}
