package org.opentok.spring.client.archive;

import org.mockserver.model.HttpRequest;
import org.mockserver.model.HttpResponse;
import org.mockserver.model.MediaType;

import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpResponse.response;

/**
 * Request checks and response bodies shared by the archive tests.
 */
final class ArchiveTestSupport {

	static final String ARCHIVE_ID = "b40ef09b-3811-4726-b508-e41a0f96c68f";

	static final String STREAM_ID = "6f2d8a3c-52d1-4c55-9f6a-0a5b3e1c7d90";

	static final String ARCHIVES = "/v2/project/" + MockOpenTok.API_KEY + "/archive";

	static final String ARCHIVE = ARCHIVES + "/" + ARCHIVE_ID;

	static final String STARTED = """
			{"id":"%s","status":"started","name":"Foo","sessionId":"%s","projectId":123456,
			 "createdAt":1700000000000,"duration":0,"size":0,"url":null,"reason":"",
			 "hasAudio":true,"hasVideo":true,"outputMode":"composed","streamMode":"auto","resolution":"640x480"}
			""".formatted(ARCHIVE_ID, MockOpenTok.SESSION_ID);

	static final String STOPPED = STARTED.replace("\"started\"", "\"stopped\"")
		.replace("\"duration\":0", "\"duration\":42")
		.replace("\"reason\":\"\"", "\"reason\":\"user initiated\"");

	private ArchiveTestSupport() {
	}

	static HttpResponse json(int status, String body) {
		return response().withStatusCode(status).withContentType(MediaType.APPLICATION_JSON).withBody(body);
	}

	static HttpResponse error(int status, String message) {
		return json(status, "{\"code\":15001,\"message\":\"" + message + "\",\"description\":\"" + message + "\"}");
	}

	/**
	 * Checks method, path, {@code Accept}, auth JWT, and that a bodiless call sends no
	 * body and no content type.
	 */
	static void assertRequest(HttpRequest request, String method, String path, boolean hasBody) {
		assertThat(request.getMethod().getValue()).isEqualTo(method);
		assertThat(request.getPath().getValue()).isEqualTo(path);
		assertThat(request.getFirstHeader("Accept")).isEqualTo("application/json");
		MockOpenTok.assertProjectAuth(request);
		if (!hasBody) {
			MockOpenTok.assertNoBody(request);
			assertThat(request.containsHeader("Content-Type")).as("Content-Type without a body").isFalse();
		}
	}

}
