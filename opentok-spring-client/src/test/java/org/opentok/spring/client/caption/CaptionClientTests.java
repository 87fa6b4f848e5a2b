package org.opentok.spring.client.caption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockserver.model.HttpRequest;

import org.opentok.spring.client.core.OpenTokBadRequestException;
import org.opentok.spring.client.core.OpenTokConflictException;
import org.opentok.spring.client.core.OpenTokInvalidResponseException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.opentok.spring.client.support.MockOpenTok.json;
import static org.opentok.spring.client.support.MockOpenTok.assertApiError;

/**
 * Tests for {@link CaptionClient} against a MockServer.
 */
class CaptionClientTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final String CAPTIONS_ID = "7c0680fc-0000-4000-8000-000000000003";

	private static final String START_PATH = "/v2/project/123456/captions";

	private static final String STOP_PATH = START_PATH + "/" + CAPTIONS_ID + "/stop";

	private final CaptionClient client = new CaptionClient(openTok.transport());

	@Test
	void startSendsEveryOptionAsJson() {
		respondWithCaptions(202);
		this.client.start(CaptionOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("moderator-token")
			.languageCode("fr-CA")
			.maxDuration(1800)
			.partialCaptions(true)
			.statusCallbackUrl("https://app.example.com/captions")
			.build());
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo(START_PATH);
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertJsonBody(sent, """
				{"sessionId": "%s", "token": "moderator-token", "languageCode": "fr-CA", "maxDuration": 1800,
				 "partialCaptions": true, "statusCallbackUrl": "https://app.example.com/captions"}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void startLeavesUnsetOptionsOutAndSendsPartialCaptionsFalse() {
		respondWithCaptions(202);
		this.client.start(minimalOptions());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId": "%s", "token": "moderator-token"}
				""".formatted(MockOpenTok.SESSION_ID));
		openTok.server().reset();
		respondWithCaptions(202);
		this.client.start(CaptionOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("moderator-token")
			.partialCaptions(false)
			.build());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId": "%s", "token": "moderator-token", "partialCaptions": false}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@ParameterizedTest
	@ValueSource(ints = { 200, 202 })
	void startReadsTheCaptionsIdFromA200OrA202(int status) {
		openTok.respond(request().withPath(START_PATH),
				json(status, "{\"captionsId\": \"" + CAPTIONS_ID + "\", \"somethingNew\": 1}"));
		assertThat(this.client.start(minimalOptions())).isEqualTo(new Captions(CAPTIONS_ID));
	}

	@Test
	void startRefusesASuccessWithoutCaptionsId() {
		openTok.respond(request().withPath(START_PATH), json(202, "{\"id\": \"x\"}"));
		assertThatExceptionOfType(OpenTokInvalidResponseException.class)
			.isThrownBy(() -> this.client.start(minimalOptions()))
			.withMessage("caption.start failed: invalid response: expected a captionsId");
	}

	@Test
	void startMapsConflictWhenCaptionsAlreadyRun() {
		openTok.respondWithError(START_PATH, 409, "Live captions have already started for this OpenTok Session");
		assertApiError(OpenTokConflictException.class, OpenTokOperation.CAPTION_START, 409,
				"Live captions have already started for this OpenTok Session",
				() -> this.client.start(minimalOptions()));
	}

	@Test
	void startMapsBadRequest() {
		openTok.respondWithError(START_PATH, 400, "Invalid token");
		assertApiError(OpenTokBadRequestException.class, OpenTokOperation.CAPTION_START, 400, "Invalid token",
				() -> this.client.start(minimalOptions()));
	}

	@ParameterizedTest
	@ValueSource(ints = { 200, 202, 204 })
	void stopPostsWithoutBody(int status) {
		openTok.respond(request().withPath(STOP_PATH), response().withStatusCode(status));
		this.client.stop(CAPTIONS_ID);
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo(STOP_PATH);
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		assertThat(sent.containsHeader("Content-Type")).isFalse();
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertNoBody(sent);
	}

	@Test
	void stopMapsNotFound() {
		openTok.respondWithError(STOP_PATH, 404, "Captions not found");
		assertApiError(OpenTokNotFoundException.class, OpenTokOperation.CAPTION_STOP, 404, "Captions not found",
				() -> this.client.stop(CAPTIONS_ID));
	}

	@Test
	void refusesBadArgumentsBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.stop("a/b"))
			.withMessageStartingWith("'captionsId' must be an OpenTok id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.stop(null))
			.withMessage("'captionsId' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.start(null))
			.withMessage("'options' must not be null");
		openTok.assertNoRequest();
	}

	private static CaptionOptions minimalOptions() {
		return CaptionOptions.builder().sessionId(MockOpenTok.SESSION_ID).token("moderator-token").build();
	}

	private static void respondWithCaptions(int status) {
		openTok.respond(request().withPath(START_PATH), json(status, "{\"captionsId\": \"" + CAPTIONS_ID + "\"}"));
	}

}
