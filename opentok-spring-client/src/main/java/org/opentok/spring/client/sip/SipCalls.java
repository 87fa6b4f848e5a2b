package org.opentok.spring.client.sip;

import java.util.Map;
import java.util.regex.Pattern;

import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokRequest;
import org.opentok.spring.client.internal.Arguments;

/**
 * The SIP calls, shared by {@link SipClient} and {@link ReactiveSipClient}: each method
 * validates its arguments and describes the request.
 */
final class SipCalls {

	private static final Pattern DTMF_DIGITS = Pattern.compile("[0-9*#p]+");

	private SipCalls() {
	}

	static OpenTokRequest<SipCall> dial(SipDialOptions options) {
		Arguments.requireNonNull(options, "options");
		return OpenTokRequest.of(OpenTokOperation.SIP_DIAL, "/v2/project/{projectId}/dial", Map.of(), SipCall.class)
			.jsonBody(DialRequest.of(options))
			.requiring(SipCall::id, "a SIP call with an id");
	}

	static OpenTokRequest<Void> playDtmf(String sessionId, String digits) {
		Arguments.requireSessionId(sessionId, "sessionId");
		requireDigits(digits);
		return OpenTokRequest
			.bodiless(OpenTokOperation.SIP_PLAY_DTMF, "/v2/project/{projectId}/session/{sessionId}/play-dtmf",
					Map.of("sessionId", sessionId))
			.jsonBody(new DtmfRequest(digits));
	}

	static OpenTokRequest<Void> playDtmf(String sessionId, String connectionId, String digits) {
		Arguments.requireSessionId(sessionId, "sessionId");
		Arguments.requireId(connectionId, "connectionId");
		requireDigits(digits);
		return OpenTokRequest
			.bodiless(OpenTokOperation.SIP_PLAY_DTMF_TO_CONNECTION,
					"/v2/project/{projectId}/session/{sessionId}/connection/{connectionId}/play-dtmf",
					Map.of("sessionId", sessionId, "connectionId", connectionId))
			.jsonBody(new DtmfRequest(digits));
	}

	private static void requireDigits(String digits) {
		Arguments.requireNonBlank(digits, "digits");
		if (!DTMF_DIGITS.matcher(digits).matches()) {
			throw new IllegalArgumentException(
					"'digits' must contain only 0-9, '*', '#' and 'p' (a 500 ms pause), got '" + digits + "'");
		}
	}

}
