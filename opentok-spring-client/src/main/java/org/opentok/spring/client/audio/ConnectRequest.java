package org.opentok.spring.client.audio;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of {@code POST /v2/project/{projectId}/connect}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ConnectRequest(@JsonProperty("sessionId") String sessionId, @JsonProperty("token") String token,
		@JsonProperty("websocket") WebSocket websocket) {

	static ConnectRequest of(AudioConnectorOptions options) {
		WebSocket websocket = new WebSocket(options.uri(), options.streams().isEmpty() ? null : options.streams(),
				options.headers().isEmpty() ? null : options.headers(), options.audioRate(), options.bidirectional(),
				options.audioTransport());
		return new ConnectRequest(options.sessionId(), options.token(), websocket);
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record WebSocket(@JsonProperty("uri") String uri, @JsonProperty("streams") @Nullable List<String> streams,
			@JsonProperty("headers") @Nullable Map<String, String> headers,
			@JsonProperty("audioRate") @Nullable Integer audioRate,
			@JsonProperty("bidirectional") @Nullable Boolean bidirectional,
			@JsonProperty("audioTransport") @Nullable AudioTransport audioTransport) {

		@Override
		public String toString() {
			return "WebSocket[uri=" + this.uri + ", streams=" + this.streams + ", headers="
					+ ((this.headers != null) ? this.headers.keySet() : null) + ", audioRate=" + this.audioRate
					+ ", bidirectional=" + this.bidirectional + ", audioTransport=" + this.audioTransport + "]";
		}

	}

	@Override
	public String toString() {
		return "ConnectRequest[sessionId=" + this.sessionId + ", token=******, websocket=" + this.websocket + "]";
	}

}
