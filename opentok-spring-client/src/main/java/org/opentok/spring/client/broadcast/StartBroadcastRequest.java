package org.opentok.spring.client.broadcast;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.core.StreamMode;

/**
 * The JSON body of {@code POST /v2/project/{projectId}/broadcast}: the options, with the
 * outputs nested as OpenTok wants them.
 *
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StartBroadcastRequest(@JsonProperty("sessionId") String sessionId, @JsonProperty("outputs") Outputs outputs,
		@JsonProperty("layout") @Nullable Layout layout, @JsonProperty("maxDuration") @Nullable Integer maxDuration,
		@JsonProperty("maxBitrate") @Nullable Integer maxBitrate,
		@JsonProperty("resolution") @Nullable Resolution resolution,
		@JsonProperty("streamMode") @Nullable StreamMode streamMode,
		@JsonProperty("multiBroadcastTag") @Nullable String multiBroadcastTag,
		@JsonProperty("hasAudio") @Nullable Boolean hasAudio, @JsonProperty("hasVideo") @Nullable Boolean hasVideo) {

	static StartBroadcastRequest of(BroadcastOptions options) {
		// an empty "rtmp" array is left out: it says nothing the absence does not
		List<RtmpTarget> rtmp = options.rtmp().isEmpty() ? null : options.rtmp();
		return new StartBroadcastRequest(options.sessionId(), new Outputs(options.hls(), rtmp), options.layout(),
				options.maxDuration(), options.maxBitrate(), options.resolution(), options.streamMode(),
				options.multiBroadcastTag(), options.hasAudio(), options.hasVideo());
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Outputs(@JsonProperty("hls") @Nullable HlsOptions hls,
			@JsonProperty("rtmp") @Nullable List<RtmpTarget> rtmp) {
	}

}
