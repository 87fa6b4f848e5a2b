package org.opentok.spring.client.render;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockserver.model.HttpRequest;

import org.opentok.spring.client.core.OpenTokAuthenticationException;
import org.opentok.spring.client.core.OpenTokBadRequestException;
import org.opentok.spring.client.core.OpenTokInvalidResponseException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.PageQuery;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.opentok.spring.client.support.MockOpenTok.json;
import static org.opentok.spring.client.support.MockOpenTok.assertApiError;

/**
 * Tests for {@link RenderClient} against a MockServer.
 */
class RenderClientTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final String RENDER_ID = "1248e7070b81464c9789f46ad10e7764";

	private static final String STREAM_ID = "e32445b743678c98230f238";

	private static final String PAGE_URL = "https://webapp.example.com/composer?room=blue";

	private static final String RENDERS_PATH = "/v2/project/123456/render";

	private static final String RENDER_PATH = RENDERS_PATH + "/" + RENDER_ID;

	private final RenderClient client = new RenderClient(openTok.transport());

	@Test
	void startSendsEveryOptionAsJson() {
		openTok.respond(request().withPath(RENDERS_PATH), json(202, startingRender()));
		this.client.start(RenderOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("publisher-token")
			.url(PAGE_URL)
			.maxDuration(1800)
			.resolution(Resolution.HD_VERTICAL)
			.name("Composed \"stream\"")
			.statusCallbackUrl("https://app.example.com/render-events")
			.build());
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo(RENDERS_PATH);
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertJsonBody(sent, """
				{"sessionId": "%s", "token": "publisher-token", "url": "%s", "maxDuration": 1800,
				 "resolution": "720x1280", "properties": {"name": "Composed \\"stream\\""},
				 "statusCallbackUrl": "https://app.example.com/render-events"}
				""".formatted(MockOpenTok.SESSION_ID, PAGE_URL));
	}

	@Test
	void startLeavesUnsetOptionsOut() {
		openTok.respond(request().withPath(RENDERS_PATH), json(202, startingRender()));
		this.client.start(minimalOptions());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId": "%s", "token": "publisher-token", "url": "%s"}
				""".formatted(MockOpenTok.SESSION_ID, PAGE_URL));
	}

	@Test
	void startReadsTheStartingRender() {
		openTok.respond(request().withPath(RENDERS_PATH), json(202, startingRender()));
		Render render = this.client.start(minimalOptions());
		assertThat(render).isEqualTo(new Render(RENDER_ID, MockOpenTok.SESSION_ID, "123456",
				Instant.ofEpochMilli(1700000000000L), Instant.ofEpochMilli(1700000000500L), PAGE_URL, "1280x720",
				"starting", null, null, "Composed stream", null));
		assertThat(render.resolution()).isEqualTo(Resolution.HD_HORIZONTAL);
		assertThat(render.status()).isEqualTo(RenderStatus.STARTING);
	}

	@Test
	void startRefusesASuccessWithoutARender() {
		openTok.respond(request().withPath(RENDERS_PATH), response().withStatusCode(202));
		assertThatExceptionOfType(OpenTokInvalidResponseException.class)
			.isThrownBy(() -> this.client.start(minimalOptions()))
			.withMessageStartingWith("render.start failed: invalid response");
	}

	@Test
	void startMapsBadRequestAndForbidden() {
		openTok.respondWithError(RENDERS_PATH, 400, "Invalid JSON or missing session id");
		assertApiError(OpenTokBadRequestException.class, OpenTokOperation.RENDER_START, 400,
				"Invalid JSON or missing session id", () -> this.client.start(minimalOptions()));
		openTok.server().reset();
		openTok.respondWithError(RENDERS_PATH, 403, "Authentication failed");
		assertApiError(OpenTokAuthenticationException.class, OpenTokOperation.RENDER_START, 403,
				"Authentication failed", () -> this.client.start(minimalOptions()));
	}

	@Test
	void getSendsAGetAndReadsEveryField() {
		openTok.respond(request().withPath(RENDER_PATH), json(200, """
				{"id": "%s", "sessionId": "%s", "projectId": "123456", "createdAt": "1700000000000",
				 "updatedAt": 1700000900000, "url": "%s", "resolution": "640x480", "status": "stopped",
				 "streamId": "%s", "reason": "Max Duration Exceeded", "name": "Composed stream",
				 "callbackUrl": "https://app.example.com/render-events", "event": "render", "somethingNew": true}
				""".formatted(RENDER_ID, MockOpenTok.SESSION_ID, PAGE_URL, STREAM_ID)));
		Render render = this.client.get(RENDER_ID);
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("GET");
		assertThat(sent.getPath().getValue()).isEqualTo(RENDER_PATH);
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		assertThat(sent.containsHeader("Content-Type")).isFalse();
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertNoBody(sent);
		assertThat(render)
			.isEqualTo(new Render(RENDER_ID, MockOpenTok.SESSION_ID, "123456", Instant.ofEpochMilli(1700000000000L),
					Instant.ofEpochMilli(1700000900000L), PAGE_URL, "640x480", "stopped", STREAM_ID,
					"Max Duration Exceeded", "Composed stream", "https://app.example.com/render-events"));
		assertThat(render.resolution()).isEqualTo(Resolution.SD_HORIZONTAL);
		assertThat(render.status()).isEqualTo(RenderStatus.STOPPED);
	}

	@Test
	void getReadsUnknownValuesAndTheVonageApplicationId() {
		openTok.respond(request().withPath(RENDER_PATH), json(200, """
				{"id": "%s", "sessionId": "%s", "applicationId": "78d335fa-323d-0114-9c3d-d6f0d48968cf",
				 "createdAt": 1700000000000, "updatedAt": 1700000000000, "url": "%s",
				 "resolution": "3840x2160", "status": "paused"}
				""".formatted(RENDER_ID, MockOpenTok.SESSION_ID, PAGE_URL)));
		Render render = this.client.get(RENDER_ID);
		assertThat(render.projectId()).isEqualTo("78d335fa-323d-0114-9c3d-d6f0d48968cf");
		assertThat(render.resolution()).isEqualTo(Resolution.UNKNOWN);
		assertThat(render.rawResolution()).isEqualTo("3840x2160");
		assertThat(render.status()).isEqualTo(RenderStatus.UNKNOWN);
		assertThat(render.rawStatus()).isEqualTo("paused");
	}

	@Test
	void readsEveryKnownStatusAndResolution() {
		for (RenderStatus status : RenderStatus.values()) {
			assertThat(renderWith(status.wireValue(), null).status()).isEqualTo(status);
		}
		for (Resolution resolution : Resolution.values()) {
			assertThat(renderWith(null, resolution.wireValue()).resolution()).isEqualTo(resolution);
		}
	}

	@Test
	void getReadsAMissingStatusAsUnknown() {
		openTok.respond(request().withPath(RENDER_PATH), json(200, """
				{"id": "%s", "sessionId": "%s", "projectId": "123456", "url": "%s"}
				""".formatted(RENDER_ID, MockOpenTok.SESSION_ID, PAGE_URL)));
		Render render = this.client.get(RENDER_ID);
		assertThat(render.status()).isEqualTo(RenderStatus.UNKNOWN);
		assertThat(render.rawStatus()).isNull();
		assertThat(render.resolution()).isNull();
		assertThat(render.rawResolution()).isNull();
	}

	@Test
	void getMapsNotFound() {
		openTok.respondWithError(RENDER_PATH, 404, "Render not found");
		assertApiError(OpenTokNotFoundException.class, OpenTokOperation.RENDER_GET, 404, "Render not found",
				() -> this.client.get(RENDER_ID));
	}

	@ParameterizedTest
	@ValueSource(ints = { 200, 202, 204 })
	void stopSendsADeleteWithoutBodyAndAcceptsAny2xx(int status) {
		openTok.respond(request().withPath(RENDER_PATH), response().withStatusCode(status));
		this.client.stop(RENDER_ID);
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("DELETE");
		assertThat(sent.getPath().getValue()).isEqualTo(RENDER_PATH);
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.containsHeader("Content-Type")).isFalse();
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertNoBody(sent);
	}

	@Test
	void stopMapsNotFound() {
		openTok.respondWithError(RENDER_PATH, 404, "Render not found");
		assertApiError(OpenTokNotFoundException.class, OpenTokOperation.RENDER_STOP, 404, "Render not found",
				() -> this.client.stop(RENDER_ID));
	}

	@Test
	void listSendsOffsetAndCountAndReadsThePage() {
		openTok.respond(request().withPath(RENDERS_PATH), json(200, page(7, "r1", "r2")));
		Page<Render> page = this.client.list(new PageQuery(5, 2));
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("GET");
		assertThat(sent.getPath().getValue()).isEqualTo(RENDERS_PATH);
		assertThat(MockOpenTok.queryNames(sent)).containsExactly("offset", "count");
		assertThat(sent.getFirstQueryStringParameter("offset")).isEqualTo("5");
		assertThat(sent.getFirstQueryStringParameter("count")).isEqualTo("2");
		assertThat(sent.containsHeader("Content-Type")).isFalse();
		MockOpenTok.assertProjectAuth(sent);
		assertThat(page.totalCount()).isEqualTo(7);
		assertThat(page.items()).extracting(Render::id).containsExactly("r1", "r2");
		assertThat(page.items()).extracting(Render::status).containsOnly(RenderStatus.STARTED);
	}

	@Test
	void listReadsAnEmptyPage() {
		openTok.respond(request().withPath(RENDERS_PATH), json(200, "{\"count\": 0, \"items\": []}"));
		assertThat(this.client.list(PageQuery.first(50))).isEqualTo(new Page<Render>(0, List.of()));
	}

	@Test
	void listSendsACountOfZeroLikeEveryOtherList() {
		openTok.respond(request().withPath(RENDERS_PATH), json(200, "{\"count\": 7, \"items\": []}"));
		assertThat(this.client.list(PageQuery.first(0)).totalCount()).isEqualTo(7);
		HttpRequest sent = openTok.onlyRequest();
		assertThat(MockOpenTok.queryNames(sent)).containsExactly("offset", "count");
		assertThat(sent.getFirstQueryStringParameter("count")).isEqualTo("0");
	}

	@Test
	void listSendsNothingTheQueryLeavesOut() {
		openTok.respond(request().withPath(RENDERS_PATH), json(200, "{\"count\": 0, \"items\": []}"));
		this.client.list(PageQuery.serverDefault());
		assertThat(MockOpenTok.queryNames(openTok.onlyRequest())).isEmpty();
	}

	@Test
	void listRefusesOutOfBoundsPagesBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.list(PageQuery.first(-1)))
			.withMessage("'count' must be between 0 and 1000, got -1");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.list(PageQuery.first(1001)))
			.withMessage("'count' must be between 0 and 1000, got 1001");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.list(null))
			.withMessage("'query' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> new PageQuery(-1, 10))
			.withMessageStartingWith("'offset' must be between 0 and");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.listAll(0))
			.withMessage("'pageSize' must be between 1 and 1000, got 0");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.listAll(1001))
			.withMessage("'pageSize' must be between 1 and 1000, got 1001");
		openTok.assertNoRequest();
	}

	@Test
	void listAllFetchesOnlyTheNeededPages() {
		openTok.respond(request().withPath(RENDERS_PATH).withQueryStringParameter("offset", "0"),
				json(200, page(3, "r1", "r2")));
		openTok.respond(request().withPath(RENDERS_PATH).withQueryStringParameter("offset", "2"),
				json(200, page(3, "r3")));
		assertThat(this.client.listAll(2).map(Render::id).toList()).containsExactly("r1", "r2", "r3");
		HttpRequest[] sent = openTok.server().retrieveRecordedRequests(request());
		assertThat(sent).hasSize(2);
		assertThat(sent[0].getFirstQueryStringParameter("offset")).isEqualTo("0");
		assertThat(sent[0].getFirstQueryStringParameter("count")).isEqualTo("2");
		assertThat(sent[1].getFirstQueryStringParameter("offset")).isEqualTo("2");
		assertThat(sent[1].getFirstQueryStringParameter("count")).isEqualTo("2");
	}

	@Test
	void listAllIsLazy() {
		openTok.respond(request().withPath(RENDERS_PATH), json(200, page(3, "r1", "r2")));
		Stream<Render> all = this.client.listAll(2);
		openTok.assertNoRequest();
		assertThat(all.findFirst()).map(Render::id).hasValue("r1");
		assertThat(openTok.onlyRequest().getFirstQueryStringParameter("offset")).isEqualTo("0");
	}

	@Test
	void listAllAsksForFullPagesByDefault() {
		openTok.respond(request().withPath(RENDERS_PATH), json(200, page(1, "r1")));
		assertThat(this.client.listAll().toList()).hasSize(1);
		assertThat(openTok.onlyRequest().getFirstQueryStringParameter("count")).isEqualTo("1000");
	}

	@Test
	void refusesBadRenderIdsBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.get("../archive"))
			.withMessageStartingWith("'renderId' must be an OpenTok id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.stop(" "))
			.withMessage("'renderId' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.start(null))
			.withMessage("'options' must not be null");
		openTok.assertNoRequest();
	}

	private static Render renderWith(String rawStatus, String rawResolution) {
		return new Render(RENDER_ID, MockOpenTok.SESSION_ID, null, null, null, PAGE_URL, rawResolution, rawStatus, null,
				null, null, null);
	}

	private static RenderOptions minimalOptions() {
		return RenderOptions.builder().sessionId(MockOpenTok.SESSION_ID).token("publisher-token").url(PAGE_URL).build();
	}

	private static String startingRender() {
		return """
				{"id": "%s", "sessionId": "%s", "projectId": 123456, "createdAt": 1700000000000,
				 "updatedAt": 1700000000500, "url": "%s", "resolution": "1280x720", "status": "starting",
				 "name": "Composed stream", "somethingNew": {"x": 1}}
				""".formatted(RENDER_ID, MockOpenTok.SESSION_ID, PAGE_URL);
	}

	private static String page(int total, String... ids) {
		StringBuilder items = new StringBuilder();
		for (String id : ids) {
			if (!items.isEmpty()) {
				items.append(',');
			}
			items.append("""
					{"id": "%s", "sessionId": "%s", "projectId": "123456", "createdAt": 1700000000000,
					 "updatedAt": 1700000001000, "url": "%s", "resolution": "1280x720", "status": "started",
					 "streamId": "%s"}
					""".formatted(id, MockOpenTok.SESSION_ID, PAGE_URL, STREAM_ID));
		}
		return "{\"count\": " + total + ", \"items\": [" + items + "]}";
	}

}
