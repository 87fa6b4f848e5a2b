package org.opentok.spring.client.caption;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of {@code POST /v2/project/{projectId}/captions}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StartCaptionsRequest(@JsonProperty("sessionId") String sessionId, @JsonProperty("token") String token,
		@JsonProperty("languageCode") @Nullable String languageCode,
		@JsonProperty("maxDuration") @Nullable Integer maxDuration,
		@JsonProperty("partialCaptions") @Nullable Boolean partialCaptions,
		@JsonProperty("statusCallbackUrl") @Nullable String statusCallbackUrl) {

	static StartCaptionsRequest of(CaptionOptions options) {
		return new StartCaptionsRequest(options.sessionId(), options.token(), options.languageCode(),
				options.maxDuration(), options.partialCaptions(), options.statusCallbackUrl());
	}

	@Override
	public String toString() {
		return "StartCaptionsRequest[sessionId=" + this.sessionId + ", token=******, languageCode=" + this.languageCode
				+ ", maxDuration=" + this.maxDuration + ", partialCaptions=" + this.partialCaptions
				+ ", statusCallbackUrl=" + this.statusCallbackUrl + "]";
	}

}
