package org.opentok.spring.client.support;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opentok.spring.client.core.OpenTokOperation;

import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Checks that {@link MockOpenTok} verifies what the transport sends.
 */
class SupportSmokeTests {

	@Test
	void verifiesAuthAndJsonBodyOfARealCall() {
		try (MockOpenTok openTok = new MockOpenTok()) {
			openTok.respond(request().withPath("/v2/project/123456/callback"), response().withStatusCode(200));
			openTok.transport()
				.call(OpenTokOperation.CALLBACK_REGISTER, "/v2/project/{projectId}/callback", Map.of(),
						(spec) -> spec.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
							.body(Map.of("group", "connection"))
							.retrieve()
							.toBodilessEntity());
			org.mockserver.model.HttpRequest sent = openTok.onlyRequest();
			MockOpenTok.assertProjectAuth(sent);
			MockOpenTok.assertJsonBody(sent, "{ \"group\" : \"connection\" }");
		}
	}

}
