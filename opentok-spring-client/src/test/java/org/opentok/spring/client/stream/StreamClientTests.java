package org.opentok.spring.client.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.opentok.spring.client.core.OpenTokInvalidResponseException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokServerException;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.opentok.spring.client.support.MockOpenTok.assertApiError;

/**
 * Tests for {@link StreamClient} against a MockServer playing OpenTok.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamClientTests {

	private static final String SESSION_ID = MockOpenTok.SESSION_ID;

	private static final String STREAM_ID = "8b732909-0a06-46a2-8ea8-074e64d43422";

	private static final String OTHER_STREAM_ID = "5dfe6a2c-0000-4000-8000-000000000002";

	private static final String STREAMS_PATH = "/v2/project/123456/session/" + SESSION_ID + "/stream";

	@RegisterExtension
	final MockOpenTok openTok = new MockOpenTok();

	private final StreamClient client = new StreamClient(this.openTok.transport());

	@Test
	void getSendsAnAuthenticatedGetToTheStreamPath() {
		respondJson(200,
				"{\"id\":\"" + STREAM_ID + "\",\"videoType\":\"camera\",\"name\":\"\",\"layoutClassList\":[]}");
		this.client.get(SESSION_ID, STREAM_ID);
		HttpRequest sent = this.openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("GET");
		assertThat(sent.getPath().getValue()).isEqualTo(STREAMS_PATH + "/" + STREAM_ID);
		assertWithoutQueryOrBody(sent);
	}

	@Test
	void getReadsTheStreamIgnoringUnknownFields() {
		respondJson(200, "{\"id\":\"" + STREAM_ID + "\",\"videoType\":\"screen\",\"name\":\"Alice's screen\","
				+ "\"layoutClassList\":[\"full\",\"focus\"],\"hasAudio\":true,\"createdAt\":1747655658197}");
		SessionStream stream = this.client.get(SESSION_ID, STREAM_ID);
		assertThat(stream)
			.isEqualTo(new SessionStream(STREAM_ID, "screen", "Alice's screen", List.of("full", "focus")));
		assertThat(stream.videoType()).isEqualTo(VideoType.SCREEN);
	}

	@Test
	void getReadsAnAudioOnlyStreamWithoutVideoTypeNameOrClasses() {
		respondJson(200, "{\"id\":\"" + STREAM_ID + "\"}");
		SessionStream stream = this.client.get(SESSION_ID, STREAM_ID);
		assertThat(stream.videoType()).isNull();
		assertThat(stream.rawVideoType()).isNull();
		assertThat(stream.name()).isNull();
		assertThat(stream.layoutClassList()).isEmpty();
	}

	@Test
	void getRefusesAStreamWithoutAnId() {
		respondJson(200, "{\"videoType\":\"camera\",\"layoutClassList\":[]}");
		assertThatExceptionOfType(OpenTokInvalidResponseException.class)
			.isThrownBy(() -> this.client.get(SESSION_ID, STREAM_ID))
			.withMessage("stream.get failed: invalid response: expected a stream with an id");
	}

	@Test
	void getReadsAVideoTypeItDoesNotKnowAsUnknown() {
		respondJson(200, "{\"id\":\"" + STREAM_ID + "\",\"videoType\":\"hologram\",\"layoutClassList\":[]}");
		SessionStream stream = this.client.get(SESSION_ID, STREAM_ID);
		assertThat(stream.videoType()).isEqualTo(VideoType.UNKNOWN);
		assertThat(stream.rawVideoType()).isEqualTo("hologram");
	}

	@Test
	void readsEveryKnownVideoType() {
		for (VideoType type : VideoType.values()) {
			assertThat(new SessionStream(STREAM_ID, type.wireValue(), null, null).videoType()).isEqualTo(type);
		}
	}

	@Test
	void listSendsAnAuthenticatedGetToTheStreamsPath() {
		respondJson(200, "{\"count\":0,\"items\":[]}");
		this.client.list(SESSION_ID);
		HttpRequest sent = this.openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("GET");
		assertThat(sent.getPath().getValue()).isEqualTo(STREAMS_PATH);
		assertWithoutQueryOrBody(sent);
	}

	@Test
	void listReadsEveryStreamOfTheAnswer() {
		respondJson(200, "{\"count\":2,\"items\":[{\"id\":\"" + STREAM_ID
				+ "\",\"videoType\":\"camera\",\"name\":\"Alice\",\"layoutClassList\":[\"full\"]},{\"id\":\""
				+ OTHER_STREAM_ID + "\",\"name\":\"\",\"layoutClassList\":[],\"unknown\":{\"nested\":1}}],\"more\":1}");
		Page<SessionStream> page = this.client.list(SESSION_ID);
		assertThat(page.totalCount()).isEqualTo(2);
		assertThat(page.items()).containsExactly(new SessionStream(STREAM_ID, "camera", "Alice", List.of("full")),
				new SessionStream(OTHER_STREAM_ID, null, "", List.of()));
		assertThat(page.items()).extracting(SessionStream::videoType).containsExactly(VideoType.CAMERA, null);
	}

	@Test
	void listReadsTheTotalCountAsOpenTokSentIt() {
		respondJson(200, "{\"count\":\"3\",\"items\":[{\"id\":\"" + STREAM_ID + "\",\"videoType\":\"camera\"}]}");
		Page<SessionStream> page = this.client.list(SESSION_ID);
		assertThat(page.totalCount()).isEqualTo(3);
		assertThat(page.items()).extracting(SessionStream::id).containsExactly(STREAM_ID);
	}

	@Test
	void listReadsAnEmptySession() {
		respondJson(200, "{\"count\":0,\"items\":[]}");
		Page<SessionStream> page = this.client.list(SESSION_ID);
		assertThat(page.totalCount()).isZero();
		assertThat(page.items()).isEmpty();
	}

	@Test
	void setLayoutClassesPutsOneItemPerStreamInMapOrder() {
		respondEmpty(200);
		Map<String, List<String>> classes = new LinkedHashMap<>();
		classes.put(STREAM_ID, List.of("full", "focus"));
		classes.put(OTHER_STREAM_ID, List.of());
		this.client.setLayoutClasses(SESSION_ID, classes);
		HttpRequest sent = this.openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("PUT");
		assertThat(sent.getPath().getValue()).isEqualTo(STREAMS_PATH);
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertJsonBody(sent,
				"{\"items\":[{\"id\":\"" + STREAM_ID + "\",\"layoutClassList\":[\"full\",\"focus\"]},{\"id\":\""
						+ OTHER_STREAM_ID + "\",\"layoutClassList\":[]}]}");
		assertThat(sent.getBodyAsString()).as("map order kept")
			.containsSubsequence("\"" + STREAM_ID + "\"", "\"" + OTHER_STREAM_ID + "\"");
	}

	@Test
	void setLayoutClassesForOneStreamSendsOneItem() {
		respondEmpty(200);
		this.client.setLayoutClasses(SESSION_ID, STREAM_ID, List.of("focus"));
		MockOpenTok.assertJsonBody(this.openTok.onlyRequest(),
				"{\"items\":[{\"id\":\"" + STREAM_ID + "\",\"layoutClassList\":[\"focus\"]}]}");
	}

	@Test
	void setLayoutClassesWithAnEmptyListSendsAnEmptyListToClear() {
		respondEmpty(200);
		this.client.setLayoutClasses(SESSION_ID, STREAM_ID, List.of());
		MockOpenTok.assertJsonBody(this.openTok.onlyRequest(),
				"{\"items\":[{\"id\":\"" + STREAM_ID + "\",\"layoutClassList\":[]}]}");
	}

	@Test
	void setLayoutClassesEscapesClassNames() {
		respondEmpty(200);
		this.client.setLayoutClasses(SESSION_ID, STREAM_ID, List.of("a\"b", "back\\slash", "ünï"));
		MockOpenTok.assertJsonBody(this.openTok.onlyRequest(), "{\"items\":[{\"id\":\"" + STREAM_ID
				+ "\",\"layoutClassList\":[\"a\\\"b\",\"back\\\\slash\",\"\\u00fcn\\u00ef\"]}]}");
	}

	@Test
	void setLayoutClassesAcceptsAnEmptyBodyOrAnyBodyOnSuccess() {
		respond(response().withStatusCode(204));
		this.client.setLayoutClasses(SESSION_ID, STREAM_ID, List.of("full"));
		this.openTok.server().reset();
		respondJson(200, "{\"whatever\":true}");
		this.client.setLayoutClasses(SESSION_ID, STREAM_ID, List.of("full"));
		assertThat(this.openTok.onlyRequest()).isNotNull();
	}

	@ParameterizedTest(name = "{0} answered {1}")
	@MethodSource("errorStatuses")
	void errorStatusesBecomeTheMatchingException(Consumer<StreamClient> call, int status,
			Class<? extends OpenTokApiException> type, OpenTokOperation operation) {
		respondJson(status, "{\"code\":15001,\"message\":\"Invalid stream id\"}");
		assertApiError(type, operation, status, "Invalid stream id", () -> call.accept(this.client));
	}

	List<Arguments> errorStatuses() {
		Named<Consumer<StreamClient>> get = Named.of("get", (client) -> client.get(SESSION_ID, STREAM_ID));
		Named<Consumer<StreamClient>> list = Named.of("list", (client) -> client.list(SESSION_ID));
		Named<Consumer<StreamClient>> setLayoutClasses = Named.of("setLayoutClasses",
				(client) -> client.setLayoutClasses(SESSION_ID, STREAM_ID, List.of("full")));
		List<Arguments> arguments = new ArrayList<>();
		for (Named<Consumer<StreamClient>> read : List.of(get, list)) {
			OpenTokOperation operation = (read == get) ? OpenTokOperation.STREAM_GET : OpenTokOperation.STREAM_LIST;
			arguments.add(Arguments.of(read, 400, OpenTokBadRequestException.class, operation));
			arguments.add(Arguments.of(read, 403, OpenTokAuthenticationException.class, operation));
			arguments.add(Arguments.of(read, 404, OpenTokNotFoundException.class, operation));
			arguments.add(Arguments.of(read, 408, OpenTokApiException.class, operation));
			arguments.add(Arguments.of(read, 500, OpenTokServerException.class, operation));
		}
		OpenTokOperation put = OpenTokOperation.STREAM_SET_LAYOUT_CLASSES;
		arguments.add(Arguments.of(setLayoutClasses, 400, OpenTokBadRequestException.class, put));
		arguments.add(Arguments.of(setLayoutClasses, 403, OpenTokAuthenticationException.class, put));
		arguments.add(Arguments.of(setLayoutClasses, 404, OpenTokNotFoundException.class, put));
		arguments.add(Arguments.of(setLayoutClasses, 408, OpenTokApiException.class, put));
		arguments.add(Arguments.of(setLayoutClasses, 500, OpenTokServerException.class, put));
		return arguments;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidCalls")
	void invalidArgumentsAreRejectedBeforeAnyRequest(Consumer<StreamClient> call, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> call.accept(this.client)).withMessageContaining(message);
		this.openTok.assertNoRequest();
	}

	List<Arguments> invalidCalls() {
		Map<String, List<String>> nullClasses = new LinkedHashMap<>();
		nullClasses.put(STREAM_ID, null);
		return List.of(
				invalid("get with a blank session id", (client) -> client.get(" ", STREAM_ID),
						"'sessionId' must not be blank"),
				invalid("get with a null stream id", (client) -> client.get(SESSION_ID, null),
						"'streamId' must not be blank"),
				invalid("get with a stream id holding a slash", (client) -> client.get(SESSION_ID, "a/b"),
						"'streamId' must be an OpenTok id"),
				invalid("list with a session id holding a query", (client) -> client.list(SESSION_ID + "?x=1"),
						"'sessionId' must be an OpenTok session id"),
				invalid("setLayoutClasses with a blank session id",
						(client) -> client.setLayoutClasses("", Map.of(STREAM_ID, List.of("full"))),
						"'sessionId' must not be blank"),
				invalid("setLayoutClasses with no stream", (client) -> client.setLayoutClasses(SESSION_ID, Map.of()),
						"'classesByStreamId' must name at least one stream"),
				invalid("setLayoutClasses with a null map",
						(client) -> client.setLayoutClasses(SESSION_ID, (Map<String, List<String>>) null),
						"'classesByStreamId' must not be null"),
				invalid("setLayoutClasses with an invalid stream id",
						(client) -> client.setLayoutClasses(SESSION_ID, Map.of("no spaces", List.of("full"))),
						"'streamId' must be an OpenTok id"),
				invalid("setLayoutClasses with a null class list",
						(client) -> client.setLayoutClasses(SESSION_ID, nullClasses),
						"'layoutClassList' of stream '" + STREAM_ID + "' must not be null"),
				invalid("setLayoutClasses with a null class list for one stream",
						(client) -> client.setLayoutClasses(SESSION_ID, STREAM_ID, null),
						"'layoutClasses' must not be null"),
				invalid("setLayoutClasses with a blank class name",
						(client) -> client.setLayoutClasses(SESSION_ID, STREAM_ID, List.of("full", " ")),
						"'layoutClassList' of stream '" + STREAM_ID + "' must not hold a blank class name"),
				invalid("setLayoutClasses with a null class name",
						(client) -> client.setLayoutClasses(SESSION_ID, STREAM_ID, Arrays.asList("full", null)),
						"'layoutClassList' of stream '" + STREAM_ID + "' must not hold a blank class name"));
	}

	private static Arguments invalid(String name, Consumer<StreamClient> call, String message) {
		return Arguments.of(Named.of(name, call), message);
	}

	private static void assertWithoutQueryOrBody(HttpRequest sent) {
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		assertThat(sent.containsHeader("Content-Type")).as("Content-Type sent").isFalse();
		MockOpenTok.assertNoBody(sent);
		MockOpenTok.assertProjectAuth(sent);
	}

	private void respondJson(int status, String body) {
		respond(response().withStatusCode(status).withHeader("Content-Type", "application/json").withBody(body));
	}

	private void respondEmpty(int status) {
		respond(response().withStatusCode(status));
	}

	private void respond(HttpResponse response) {
		this.openTok.respond(request(), response);
	}

}
