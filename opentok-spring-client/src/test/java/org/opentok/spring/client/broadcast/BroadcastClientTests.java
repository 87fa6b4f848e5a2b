package org.opentok.spring.client.broadcast;

import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockserver.model.HttpRequest;

import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.LayoutType;
import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokAuthenticationException;
import org.opentok.spring.client.core.OpenTokBadRequestException;
import org.opentok.spring.client.core.OpenTokConflictException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.core.StreamMode;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests for {@link BroadcastClient}: the exact requests, paging and error mapping.
 */
class BroadcastClientTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final String BROADCAST_ID = "1748b707-0a81-464c-9759-c46ad10d3734";

	private static final String STREAM_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static final String BROADCAST_PATH = "/v2/project/123456/broadcast/" + BROADCAST_ID;

	private static final String BROADCAST_JSON = """
			{"id":"%s","sessionId":"%s","projectId":123456,"createdAt":1700000000000,"updatedAt":1700000001000,
			 "status":"started","resolution":"640x480","maxDuration":7200,"maxBitrate":2000000,
			 "hasAudio":true,"hasVideo":true,"streamMode":"auto",
			 "broadcastUrls":{"hls":"https://cdn.example.com/hls/playlist.m3u8","hlsStatus":"connecting","rtmp":[]}}
			""";

	private final BroadcastClient client = new BroadcastClient(openTok.transport());

	@Test
	void startSendsOnlySessionIdAndAnEmptyHlsOutputByDefault() {
		respondWithBroadcast("POST", "/v2/project/123456/broadcast", "id-1", 200);
		Broadcast broadcast = this.client
			.start(BroadcastOptions.builder().sessionId(MockOpenTok.SESSION_ID).hls().build());
		HttpRequest sent = assertRequest("POST", "/v2/project/123456/broadcast");
		MockOpenTok.assertJsonBody(sent, """
				{"sessionId":"%s","outputs":{"hls":{}}}""".formatted(MockOpenTok.SESSION_ID));
		assertThat(broadcast.id()).isEqualTo("id-1");
		assertThat(broadcast.status()).isEqualTo(BroadcastStatus.STARTED);
	}

	@Test
	void startSendsEveryOption() {
		respondWithBroadcast("POST", "/v2/project/123456/broadcast", "id-1", 200);
		this.client.start(BroadcastOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.streamMode(StreamMode.MANUAL)
			.hasAudio(true)
			.hasVideo(true)
			.layout(Layout.of(LayoutType.PIP))
			.maxDuration(5400)
			.maxBitrate(1500000)
			.resolution(Resolution.HD_HORIZONTAL)
			.multiBroadcastTag("stage-a")
			.hls(HlsOptions.builder().dvr(false).lowLatency(true).build())
			.addRtmp(RtmpTarget.of("yt", "rtmps://live.example.com/app", "key-123"))
			.addRtmp(RtmpTarget.of("rtmp://other.example.com/live", "key-456"))
			.build());
		MockOpenTok.assertJsonBody(assertRequest("POST", "/v2/project/123456/broadcast"), """
				{"sessionId":"%s","streamMode":"manual","hasAudio":true,"hasVideo":true,"layout":{"type":"pip"},
				 "maxDuration":5400,"maxBitrate":1500000,"resolution":"1280x720","multiBroadcastTag":"stage-a",
				 "outputs":{"hls":{"dvr":false,"lowLatency":true},
				  "rtmp":[{"id":"yt","serverUrl":"rtmps://live.example.com/app","streamName":"key-123"},
				          {"serverUrl":"rtmp://other.example.com/live","streamName":"key-456"}]}}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void startSendsTracksSetToFalse() {
		respondWithBroadcast("POST", "/v2/project/123456/broadcast", "id-1", 200);
		this.client.start(BroadcastOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.hasAudio(false)
			.hasVideo(false)
			.hls(HlsOptions.builder().dvr(true).build())
			.build());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId":"%s","hasAudio":false,"hasVideo":false,"outputs":{"hls":{"dvr":true}}}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void startWithOnlyRtmpLeavesHlsOut() {
		respondWithBroadcast("POST", "/v2/project/123456/broadcast", "id-1", 200);
		this.client.start(BroadcastOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.rtmp(List.of(RtmpTarget.builder().serverUrl("rtmp://a.example.com/app").streamName("s").build()))
			.build());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId":"%s","outputs":{"rtmp":[{"serverUrl":"rtmp://a.example.com/app","streamName":"s"}]}}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@ParameterizedTest
	@EnumSource(value = Resolution.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
	void startSendsEachResolutionAsItsWireValue(Resolution resolution) {
		respondWithBroadcast("POST", "/v2/project/123456/broadcast", "id-1", 200);
		this.client
			.start(BroadcastOptions.builder().sessionId(MockOpenTok.SESSION_ID).hls().resolution(resolution).build());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId":"%s","resolution":"%s","outputs":{"hls":{}}}
				""".formatted(MockOpenTok.SESSION_ID, resolution.wireValue()));
	}

	@Test
	void startSendsCustomAndScreenshareLayouts() {
		respondWithBroadcast("POST", "/v2/project/123456/broadcast", "id-1", 200);
		this.client.start(BroadcastOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.hls()
			.layout(Layout.custom("stream.instructor {width: 100%; height:50%;}"))
			.build());
		this.client.start(BroadcastOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.hls()
			.layout(Layout.bestFit(LayoutType.VERTICAL_PRESENTATION))
			.build());
		HttpRequest[] sent = openTok.server().retrieveRecordedRequests(request());
		assertThat(sent).hasSize(2);
		MockOpenTok.assertJsonBody(sent[0], """
				{"sessionId":"%s","outputs":{"hls":{}},
				 "layout":{"type":"custom","stylesheet":"stream.instructor {width: 100%%; height:50%%;}"}}
				""".formatted(MockOpenTok.SESSION_ID));
		MockOpenTok.assertJsonBody(sent[1], """
				{"sessionId":"%s","outputs":{"hls":{}},
				 "layout":{"type":"bestFit","screenshareType":"verticalPresentation"}}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void stopPostsWithoutBody() {
		openTok.respond(request().withMethod("POST").withPath(BROADCAST_PATH + "/stop"),
				response().withStatusCode(200)
					.withContentType(org.mockserver.model.MediaType.APPLICATION_JSON)
					.withBody("""
							{"id":"%s","sessionId":"%s","projectId":123456,"status":"stopped","broadcastUrls":null,
							 "updatedAt":1700000002000}
							""".formatted(BROADCAST_ID, MockOpenTok.SESSION_ID)));
		Broadcast broadcast = this.client.stop(BROADCAST_ID);
		HttpRequest sent = assertRequest("POST", BROADCAST_PATH + "/stop");
		assertBodiless(sent);
		assertThat(broadcast.status()).isEqualTo(BroadcastStatus.STOPPED);
		assertThat(broadcast.broadcastUrls()).isNull();
	}

	@Test
	void getSendsAGetWithoutBody() {
		respondWithBroadcast("GET", BROADCAST_PATH, BROADCAST_ID, 200);
		Broadcast broadcast = this.client.get(BROADCAST_ID);
		assertBodiless(assertRequest("GET", BROADCAST_PATH));
		assertThat(broadcast.id()).isEqualTo(BROADCAST_ID);
		assertThat(broadcast.broadcastUrls().hls()).isEqualTo("https://cdn.example.com/hls/playlist.m3u8");
	}

	@Test
	void listSendsOffsetAndCount() {
		openTok.respond(request().withMethod("GET").withPath("/v2/project/123456/broadcast"),
				response().withStatusCode(200)
					.withContentType(org.mockserver.model.MediaType.APPLICATION_JSON)
					.withBody(page(120, "a", "b")));
		Page<Broadcast> page = this.client.list(BroadcastQuery.builder().offset(10).count(2).build());
		HttpRequest sent = assertRequest("GET", "/v2/project/123456/broadcast");
		assertBodiless(sent);
		assertThat(MockOpenTok.queryNames(sent)).containsExactly("offset", "count");
		assertThat(sent.getFirstQueryStringParameter("offset")).isEqualTo("10");
		assertThat(sent.getFirstQueryStringParameter("count")).isEqualTo("2");
		assertThat(page.totalCount()).isEqualTo(120);
		assertThat(page.items()).extracting(Broadcast::id).containsExactly("a", "b");
	}

	@Test
	void listSendsTheDefaultsAndTheSessionFilter() {
		openTok.respond(request().withMethod("GET").withPath("/v2/project/123456/broadcast"),
				response().withStatusCode(200)
					.withContentType(org.mockserver.model.MediaType.APPLICATION_JSON)
					.withBody("{\"count\":0,\"items\":[]}"));
		Page<Broadcast> page = this.client.list(BroadcastQuery.builder().sessionId(MockOpenTok.SESSION_ID).build());
		HttpRequest sent = openTok.onlyRequest();
		assertThat(MockOpenTok.queryNames(sent)).containsExactly("offset", "count", "sessionId");
		assertThat(sent.getFirstQueryStringParameter("offset")).isEqualTo("0");
		assertThat(sent.getFirstQueryStringParameter("count")).isEqualTo("50");
		assertThat(sent.getFirstQueryStringParameter("sessionId")).isEqualTo(MockOpenTok.SESSION_ID);
		assertThat(page.totalCount()).isZero();
		assertThat(page.items()).isEmpty();
	}

	@Test
	void listAllFetchesAsManyPagesAsNeeded() {
		respondWithPage("0", page(3, "a", "b"));
		respondWithPage("2", page(3, "c"));
		assertThat(this.client.listAll(null, 2)).extracting(Broadcast::id).containsExactly("a", "b", "c");
		HttpRequest[] sent = openTok.server().retrieveRecordedRequests(request());
		assertThat(sent).extracting((request) -> request.getFirstQueryStringParameter("offset"))
			.containsExactly("0", "2");
		assertThat(sent).extracting((request) -> request.getFirstQueryStringParameter("count"))
			.containsExactly("2", "2");
		assertThat(sent)
			.allSatisfy((request) -> assertThat(MockOpenTok.queryNames(request)).containsExactly("offset", "count"));
	}

	@Test
	void listAllFetchesNothingUntilConsumedAndOnlyThePagesConsumed() {
		respondWithPage("0", page(3, "a", "b"));
		respondWithPage("2", page(3, "c"));
		Stream<Broadcast> all = this.client.listAll(null, 2);
		openTok.assertNoRequest();
		assertThat(all.findFirst()).map(Broadcast::id).hasValue("a");
		assertThat(openTok.onlyRequest().getFirstQueryStringParameter("offset")).isEqualTo("0");
	}

	@Test
	void listAllAsksForPagesOf1000() {
		respondWithPage("0", page(1, "a"));
		assertThat(this.client.listAll()).extracting(Broadcast::id).containsExactly("a");
		HttpRequest sent = openTok.onlyRequest();
		assertThat(MockOpenTok.queryNames(sent)).containsExactly("offset", "count");
		assertThat(sent.getFirstQueryStringParameter("count")).isEqualTo("1000");
	}

	@Test
	void listAllOfASessionFiltersEveryPage() {
		respondWithPage("0", page(2, "a"));
		respondWithPage("1", page(2, "b"));
		assertThat(this.client.listAll(MockOpenTok.SESSION_ID, 1)).extracting(Broadcast::id).containsExactly("a", "b");
		assertThat(this.client.listAll(MockOpenTok.SESSION_ID).findFirst()).isPresent();
		HttpRequest[] sent = openTok.server().retrieveRecordedRequests(request());
		assertThat(sent).hasSize(3)
			.allSatisfy((request) -> assertThat(request.getFirstQueryStringParameter("sessionId"))
				.isEqualTo(MockOpenTok.SESSION_ID));
		assertThat(sent[2].getFirstQueryStringParameter("count")).isEqualTo("1000");
	}

	@Test
	void setLayoutPutsTheLayout() {
		openTok.respond(request().withPath(BROADCAST_PATH + "/layout"), response().withStatusCode(200));
		this.client.setLayout(BROADCAST_ID, Layout.bestFit(LayoutType.PIP));
		MockOpenTok.assertJsonBody(assertRequest("PUT", BROADCAST_PATH + "/layout"),
				"{\"type\":\"bestFit\",\"screenshareType\":\"pip\"}");
	}

	@Test
	void setLayoutPutsACustomStylesheet() {
		openTok.respond(request().withPath(BROADCAST_PATH + "/layout"), response().withStatusCode(200));
		this.client.setLayout(BROADCAST_ID, Layout.custom("stream { width: 50%; }"));
		MockOpenTok.assertJsonBody(openTok.onlyRequest(),
				"{\"type\":\"custom\",\"stylesheet\":\"stream { width: 50%; }\"}");
	}

	@Test
	void addStreamPatchesOnlyTheStreamId() {
		openTok.respond(request().withPath(BROADCAST_PATH + "/streams"), response().withStatusCode(204));
		this.client.addStream(BROADCAST_ID, STREAM_ID);
		MockOpenTok.assertJsonBody(assertRequest("PATCH", BROADCAST_PATH + "/streams"),
				"{\"addStream\":\"" + STREAM_ID + "\"}");
	}

	@Test
	void addStreamSendsTheTracksAsGiven() {
		openTok.respond(request().withPath(BROADCAST_PATH + "/streams"), response().withStatusCode(204));
		this.client.addStream(BROADCAST_ID, STREAM_ID, false, false);
		this.client.addStream(BROADCAST_ID, STREAM_ID, true, false);
		HttpRequest[] sent = openTok.server().retrieveRecordedRequests(request());
		assertThat(sent).hasSize(2);
		MockOpenTok.assertJsonBody(sent[0],
				"{\"addStream\":\"" + STREAM_ID + "\",\"hasAudio\":false,\"hasVideo\":false}");
		MockOpenTok.assertJsonBody(sent[1],
				"{\"addStream\":\"" + STREAM_ID + "\",\"hasAudio\":true,\"hasVideo\":false}");
	}

	@Test
	void removeStreamPatchesTheStreamId() {
		openTok.respond(request().withPath(BROADCAST_PATH + "/streams"), response().withStatusCode(204));
		this.client.removeStream(BROADCAST_ID, STREAM_ID);
		MockOpenTok.assertJsonBody(assertRequest("PATCH", BROADCAST_PATH + "/streams"),
				"{\"removeStream\":\"" + STREAM_ID + "\"}");
	}

	@ParameterizedTest(name = "{0} answered {1}")
	@MethodSource("documentedErrors")
	void documentedErrorsMapToTheirExceptions(OpenTokOperation operation, int status,
			Class<? extends OpenTokApiException> type) {
		openTok.respond(request(),
				response().withStatusCode(status)
					.withContentType(org.mockserver.model.MediaType.APPLICATION_JSON)
					.withBody("{\"code\":15001,\"message\":\"OpenTok says no\"}"));
		assertThatExceptionOfType(OpenTokApiException.class).isThrownBy(call(operation))
			.isExactlyInstanceOf(type)
			.satisfies((ex) -> {
				assertThat(ex.getOperation()).isEqualTo(operation);
				assertThat(ex.getStatusCode()).isEqualTo(status);
				assertThat(ex.getErrorCode()).isEqualTo(15001);
				assertThat(ex.getErrorMessage()).isEqualTo("OpenTok says no");
				assertThat(ex.getMessage())
					.isEqualTo(operation.operationName() + " failed: " + status + " OpenTok says no");
			});
		assertThat(openTok.onlyRequest().getMethod().getValue()).isEqualTo(operation.method().name());
	}

	static Stream<org.junit.jupiter.params.provider.Arguments> documentedErrors() {
		return Stream.of(arguments(OpenTokOperation.BROADCAST_START, 400, OpenTokBadRequestException.class),
				arguments(OpenTokOperation.BROADCAST_START, 403, OpenTokAuthenticationException.class),
				arguments(OpenTokOperation.BROADCAST_START, 409, OpenTokConflictException.class),
				arguments(OpenTokOperation.BROADCAST_STOP, 404, OpenTokNotFoundException.class),
				arguments(OpenTokOperation.BROADCAST_STOP, 409, OpenTokConflictException.class),
				arguments(OpenTokOperation.BROADCAST_GET, 404, OpenTokNotFoundException.class),
				arguments(OpenTokOperation.BROADCAST_GET, 409, OpenTokConflictException.class),
				arguments(OpenTokOperation.BROADCAST_LIST, 403, OpenTokAuthenticationException.class),
				arguments(OpenTokOperation.BROADCAST_SET_LAYOUT, 400, OpenTokBadRequestException.class),
				arguments(OpenTokOperation.BROADCAST_ADD_STREAM, 404, OpenTokNotFoundException.class),
				arguments(OpenTokOperation.BROADCAST_ADD_STREAM, 405, OpenTokApiException.class),
				arguments(OpenTokOperation.BROADCAST_REMOVE_STREAM, 404, OpenTokNotFoundException.class),
				arguments(OpenTokOperation.BROADCAST_REMOVE_STREAM, 405, OpenTokApiException.class));
	}

	private ThrowingCallable call(OpenTokOperation operation) {
		return switch (operation) {
			case BROADCAST_START ->
				() -> this.client.start(BroadcastOptions.builder().sessionId(MockOpenTok.SESSION_ID).hls().build());
			case BROADCAST_STOP -> () -> this.client.stop(BROADCAST_ID);
			case BROADCAST_GET -> () -> this.client.get(BROADCAST_ID);
			case BROADCAST_LIST -> () -> this.client.list(BroadcastQuery.builder().build());
			case BROADCAST_SET_LAYOUT -> () -> this.client.setLayout(BROADCAST_ID, Layout.of(LayoutType.PIP));
			case BROADCAST_ADD_STREAM -> () -> this.client.addStream(BROADCAST_ID, STREAM_ID, true, true);
			case BROADCAST_REMOVE_STREAM -> () -> this.client.removeStream(BROADCAST_ID, STREAM_ID);
			default -> throw new IllegalArgumentException(operation.name());
		};
	}

	@ParameterizedTest
	@MethodSource("badIds")
	void refusesBadIdsBeforeAnyRequest(String id) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.stop(id))
			.withMessageContaining("'broadcastId'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.get(id))
			.withMessageContaining("'broadcastId'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.setLayout(id, Layout.of(LayoutType.PIP)))
			.withMessageContaining("'broadcastId'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.addStream(id, STREAM_ID))
			.withMessageContaining("'broadcastId'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.addStream(BROADCAST_ID, id, true, true))
			.withMessageContaining("'streamId'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.removeStream(BROADCAST_ID, id))
			.withMessageContaining("'streamId'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.listAll(id))
			.withMessageContaining("'sessionId'");
		openTok.assertNoRequest();
	}

	static Stream<String> badIds() {
		return Stream.of(null, "", "  ", "a/b", "a b", "../x", "id?x=1", "x".repeat(256));
	}

	@Test
	void refusesMissingArgumentsBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.start(null))
			.withMessage("'options' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.list(null))
			.withMessage("'query' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.setLayout(BROADCAST_ID, null))
			.withMessage("'layout' must not be null");
		openTok.assertNoRequest();
	}

	private static void respondWithBroadcast(String method, String path, String id, int status) {
		openTok.respond(request().withMethod(method).withPath(path),
				response().withStatusCode(status)
					.withContentType(org.mockserver.model.MediaType.APPLICATION_JSON)
					.withBody(BROADCAST_JSON.formatted(id, MockOpenTok.SESSION_ID)));
	}

	private static void respondWithPage(String offset, String body) {
		openTok.respond(
				request().withMethod("GET")
					.withPath("/v2/project/123456/broadcast")
					.withQueryStringParameter("offset", offset),
				response().withStatusCode(200)
					.withContentType(org.mockserver.model.MediaType.APPLICATION_JSON)
					.withBody(body));
	}

	private static String page(int total, String... ids) {
		StringBuilder items = new StringBuilder();
		for (String id : ids) {
			items.append((items.length() > 0) ? "," : "").append(BROADCAST_JSON.formatted(id, MockOpenTok.SESSION_ID));
		}
		return "{\"count\":" + total + ",\"items\":[" + items + "]}";
	}

	private static HttpRequest assertRequest(String method, String path) {
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo(method);
		assertThat(sent.getPath().getValue()).isEqualTo(path);
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		MockOpenTok.assertProjectAuth(sent);
		return sent;
	}

	private static void assertBodiless(HttpRequest sent) {
		MockOpenTok.assertNoBody(sent);
		assertThat(sent.containsHeader("Content-Type")).as("has Content-Type").isFalse();
	}

}
