package org.opentok.spring.client.caption;

import java.util.Map;

import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokRequest;
import org.opentok.spring.client.internal.Arguments;

/**
 * The caption calls, shared by {@link CaptionClient} and {@link ReactiveCaptionClient}:
 * each method validates its arguments and describes the request.
 */
final class CaptionCalls {

	private CaptionCalls() {
	}

	static OpenTokRequest<Captions> start(CaptionOptions options) {
		Arguments.requireNonNull(options, "options");
		return OpenTokRequest
			.of(OpenTokOperation.CAPTION_START, "/v2/project/{projectId}/captions", Map.of(), Captions.class)
			.jsonBody(StartCaptionsRequest.of(options))
			.requiring(Captions::captionsId, "a captionsId");
	}

	static OpenTokRequest<Void> stop(String captionsId) {
		Arguments.requireId(captionsId, "captionsId");
		return OpenTokRequest.bodiless(OpenTokOperation.CAPTION_STOP,
				"/v2/project/{projectId}/captions/{captionsId}/stop", Map.of("captionsId", captionsId));
	}

}
