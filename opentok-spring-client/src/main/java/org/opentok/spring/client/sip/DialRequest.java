package org.opentok.spring.client.sip;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of {@code POST /v2/project/{projectId}/dial}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DialRequest(@JsonProperty("sessionId") String sessionId, @JsonProperty("token") String token,
		@JsonProperty("sip") Sip sip) {

	static DialRequest of(SipDialOptions options) {
		SipAuth auth = options.auth();
		Sip sip = new Sip(options.uri(), options.from(), options.headers().isEmpty() ? null : options.headers(),
				(auth != null) ? new Auth(auth.username(), auth.password()) : null, options.secure(), options.video(),
				options.observeForceMute(), options.streams().isEmpty() ? null : options.streams());
		return new DialRequest(options.sessionId(), options.token(), sip);
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Sip(@JsonProperty("uri") String uri, @JsonProperty("from") @Nullable String from,
			@JsonProperty("headers") @Nullable Map<String, String> headers, @JsonProperty("auth") @Nullable Auth auth,
			@JsonProperty("secure") @Nullable Boolean secure, @JsonProperty("video") @Nullable Boolean video,
			@JsonProperty("observeForceMute") @Nullable Boolean observeForceMute,
			@JsonProperty("streams") @Nullable List<String> streams) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Auth(@JsonProperty("username") String username, @JsonProperty("password") @Nullable String password) {

		@Override
		public String toString() {
			return "Auth[username=" + this.username + ", password=******]";
		}

	}

	@Override
	public String toString() {
		return "DialRequest[sessionId=" + this.sessionId + ", token=******, sip=" + this.sip + "]";
	}

}
