package org.opentok.spring.client.moderation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockserver.model.HttpRequest;
import org.mockserver.model.HttpResponse;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokAuthenticationException;
import org.opentok.spring.client.core.OpenTokBadRequestException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokServerException;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.opentok.spring.client.support.MockOpenTok.json;
import static org.opentok.spring.client.support.MockOpenTok.assertApiError;

/**
 * Tests for {@link ModerationClient} against a MockServer playing OpenTok.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationClientTests {

	private static final String SESSION_ID = MockOpenTok.SESSION_ID;

	private static final String CONNECTION_ID = "527775e1-0000-4000-8000-000000000001";

	private static final String STREAM_ID = "8b732909-0a06-46a2-8ea8-074e64d43422";

	private static final String OTHER_STREAM_ID = "5dfe6a2c-0000-4000-8000-000000000002";

	private static final String SESSION_PATH = "/v2/project/123456/session/" + SESSION_ID;

	private static final String PROJECT_DETAILS = "{\"applicationId\":\"123456\",\"status\":\"ACTIVE\","
			+ "\"name\":\"Project\",\"environment\":\"standard\",\"createdAt\":1747655658197}";

	@RegisterExtension
	final MockOpenTok openTok = new MockOpenTok();

	private final ModerationClient client = new ModerationClient(this.openTok.transport());

	@Test
	void forceDisconnectDeletesTheConnectionWithoutBody() {
		respond(response().withStatusCode(204));
		this.client.forceDisconnect(SESSION_ID, CONNECTION_ID);
		HttpRequest sent = this.openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("DELETE");
		assertThat(sent.getPath().getValue()).isEqualTo(SESSION_PATH + "/connection/" + CONNECTION_ID);
		assertWithoutBody(sent);
	}

	@Test
	void muteStreamPostsToTheStreamWithoutBodyOrContentType() {
		respond(json(200, PROJECT_DETAILS));
		this.client.muteStream(SESSION_ID, STREAM_ID);
		HttpRequest sent = this.openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo(SESSION_PATH + "/stream/" + STREAM_ID + "/mute");
		assertWithoutBody(sent);
	}

	@Test
	void muteAllPostsActiveTrueWithTheExcludedStreamIds() {
		respond(json(200, PROJECT_DETAILS));
		this.client.muteAll(SESSION_ID, new LinkedHashSet<>(List.of(STREAM_ID, OTHER_STREAM_ID)));
		HttpRequest sent = this.openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo(SESSION_PATH + "/mute");
		assertJson(sent, "{\"active\":true,\"excludedStreamIds\":[\"" + STREAM_ID + "\",\"" + OTHER_STREAM_ID + "\"]}");
	}

	@Test
	void muteAllWithoutExclusionsSendsAnEmptyExclusionList() {
		respond(response().withStatusCode(200));
		this.client.muteAll(SESSION_ID);
		assertJson(this.openTok.onlyRequest(), "{\"active\":true,\"excludedStreamIds\":[]}");
		this.openTok.server().reset();
		respond(response().withStatusCode(200));
		this.client.muteAll(SESSION_ID, List.of());
		assertJson(this.openTok.onlyRequest(), "{\"active\":true,\"excludedStreamIds\":[]}");
	}

	@Test
	void disableForceMutePostsActiveFalseOnly() {
		respond(json(200, PROJECT_DETAILS));
		this.client.disableForceMute(SESSION_ID);
		HttpRequest sent = this.openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo(SESSION_PATH + "/mute");
		assertJson(sent, "{\"active\":false}");
		assertThat(sent.getBodyAsString()).doesNotContain("excluded");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("muteCalls")
	void muteCallsIgnoreWhateverTheSuccessBodyHolds(Consumer<ModerationClient> call) {
		for (HttpResponse answer : List.of(response().withStatusCode(200), json(200, PROJECT_DETAILS),
				json(200, "[1,2"), response().withStatusCode(200).withBody("OK"), response().withStatusCode(204))) {
			this.openTok.server().reset();
			respond(answer);
			call.accept(this.client);
			assertThat(this.openTok.onlyRequest()).isNotNull();
		}
	}

	static List<Named<Consumer<ModerationClient>>> muteCalls() {
		return List.of(Named.of("muteStream", (client) -> client.muteStream(SESSION_ID, STREAM_ID)),
				Named.of("muteAll", (client) -> client.muteAll(SESSION_ID, List.of(STREAM_ID))),
				Named.of("disableForceMute", (client) -> client.disableForceMute(SESSION_ID)));
	}

	@ParameterizedTest(name = "{0} answered {1}")
	@MethodSource("errorStatuses")
	void errorStatusesBecomeTheMatchingException(Consumer<ModerationClient> call, int status,
			Class<? extends OpenTokApiException> type, OpenTokOperation operation) {
		respond(json(status, "{\"code\":15001,\"message\":\"Moderation refused\"}"));
		assertApiError(type, operation, status, "Moderation refused", () -> call.accept(this.client));
	}

	static List<Arguments> errorStatuses() {
		List<Arguments> arguments = new ArrayList<>();
		Named<Consumer<ModerationClient>> forceDisconnect = Named.of("forceDisconnect",
				(client) -> client.forceDisconnect(SESSION_ID, CONNECTION_ID));
		OpenTokOperation disconnect = OpenTokOperation.MODERATION_FORCE_DISCONNECT;
		arguments.add(Arguments.of(forceDisconnect, 400, OpenTokBadRequestException.class, disconnect));
		arguments.add(Arguments.of(forceDisconnect, 403, OpenTokAuthenticationException.class, disconnect));
		arguments.add(Arguments.of(forceDisconnect, 404, OpenTokNotFoundException.class, disconnect));
		arguments.add(Arguments.of(forceDisconnect, 500, OpenTokServerException.class, disconnect));
		List<OpenTokOperation> operations = List.of(OpenTokOperation.MODERATION_MUTE_STREAM,
				OpenTokOperation.MODERATION_MUTE_ALL, OpenTokOperation.MODERATION_DISABLE_FORCE_MUTE);
		List<Named<Consumer<ModerationClient>>> calls = muteCalls();
		for (int i = 0; i < calls.size(); i++) {
			arguments.add(Arguments.of(calls.get(i), 400, OpenTokBadRequestException.class, operations.get(i)));
			arguments.add(Arguments.of(calls.get(i), 403, OpenTokAuthenticationException.class, operations.get(i)));
			arguments.add(Arguments.of(calls.get(i), 404, OpenTokNotFoundException.class, operations.get(i)));
			arguments.add(Arguments.of(calls.get(i), 408, OpenTokApiException.class, operations.get(i)));
			arguments.add(Arguments.of(calls.get(i), 500, OpenTokServerException.class, operations.get(i)));
		}
		return arguments;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidCalls")
	void invalidArgumentsAreRejectedBeforeAnyRequest(Consumer<ModerationClient> call, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> call.accept(this.client)).withMessage(message);
		this.openTok.assertNoRequest();
	}

	static List<Arguments> invalidCalls() {
		String notAnId = "' must be an OpenTok id (1 to 255 letters, digits, '-', '_', '.' or '~', not only dots), got ";
		String notASessionId = "' must be an OpenTok session id ('1_' or '2_' and URL-safe base64 of '~'-separated "
				+ "fields naming an API key, at most 255 characters), got ";
		return List.of(
				invalid("forceDisconnect with a blank session id",
						(client) -> client.forceDisconnect("", CONNECTION_ID), "'sessionId' must not be blank"),
				invalid("forceDisconnect with an invalid connection id",
						(client) -> client.forceDisconnect(SESSION_ID, "../x"), "'connectionId" + notAnId + "'../x'"),
				invalid("muteStream with a null session id", (client) -> client.muteStream(null, STREAM_ID),
						"'sessionId' must not be blank"),
				invalid("muteStream with a blank stream id", (client) -> client.muteStream(SESSION_ID, "\t"),
						"'streamId' must not be blank"),
				invalid("muteAll with an invalid session id", (client) -> client.muteAll("a b"),
						"'sessionId" + notASessionId + "'a b'"),
				invalid("muteAll with a null exclusion list", (client) -> client.muteAll(SESSION_ID, null),
						"'excludedStreamIds' must not be null"),
				invalid("muteAll with a blank excluded id",
						(client) -> client.muteAll(SESSION_ID, List.of(STREAM_ID, " ")),
						"'excludedStreamIds[1]' must not be blank"),
				invalid("muteAll with a null excluded id",
						(client) -> client.muteAll(SESSION_ID, Arrays.asList(null, STREAM_ID)),
						"'excludedStreamIds[0]' must not be blank"),
				invalid("muteAll with an invalid excluded id", (client) -> client.muteAll(SESSION_ID, List.of("a/b")),
						"'excludedStreamIds[0]" + notAnId + "'a/b'"),
				invalid("disableForceMute with a blank session id", (client) -> client.disableForceMute(" "),
						"'sessionId' must not be blank"));
	}

	private static Arguments invalid(String name, Consumer<ModerationClient> call, String message) {
		return Arguments.of(Named.of(name, call), message);
	}

	private static void assertWithoutBody(HttpRequest sent) {
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		assertThat(sent.containsHeader("Content-Type")).as("Content-Type sent").isFalse();
		MockOpenTok.assertNoBody(sent);
		MockOpenTok.assertProjectAuth(sent);
	}

	private static void assertJson(HttpRequest sent, String json) {
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertJsonBody(sent, json);
	}

	private void respond(HttpResponse response) {
		this.openTok.respond(request(), response);
	}

}
