package org.opentok.spring.client.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.Resolution;

/**
 * The JSON body of {@code POST /v2/project/{projectId}/render}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StartRenderRequest(@JsonProperty("sessionId") String sessionId, @JsonProperty("token") String token,
		@JsonProperty("url") String url, @JsonProperty("maxDuration") @Nullable Integer maxDuration,
		@JsonProperty("resolution") @Nullable Resolution resolution,
		@JsonProperty("properties") @Nullable Properties properties,
		@JsonProperty("statusCallbackUrl") @Nullable String statusCallbackUrl) {

	static StartRenderRequest of(RenderOptions options) {
		return new StartRenderRequest(options.sessionId(), options.token(), options.url(), options.maxDuration(),
				options.resolution(), (options.name() != null) ? new Properties(options.name()) : null,
				options.statusCallbackUrl());
	}

	record Properties(@JsonProperty("name") String name) {

	}

	@Override
	public String toString() {
		return "StartRenderRequest[sessionId=" + this.sessionId + ", token=******, url=" + this.url + ", maxDuration="
				+ this.maxDuration + ", resolution=" + this.resolution + ", properties=" + this.properties
				+ ", statusCallbackUrl=" + this.statusCallbackUrl + "]";
	}

}
