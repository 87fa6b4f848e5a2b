package org.opentok.spring.client;

import java.net.URI;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockserver.model.HttpResponse;

import org.opentok.spring.client.archive.ArchiveOptions;
import org.opentok.spring.client.archive.ArchiveQuery;
import org.opentok.spring.client.audio.AudioConnectorOptions;
import org.opentok.spring.client.broadcast.BroadcastOptions;
import org.opentok.spring.client.broadcast.BroadcastQuery;
import org.opentok.spring.client.callback.CallbackEvent;
import org.opentok.spring.client.caption.CaptionOptions;
import org.opentok.spring.client.core.OpenTokInvalidResponseException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.PageQuery;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.render.RenderOptions;
import org.opentok.spring.client.sip.SipDialOptions;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockserver.model.HttpRequest.request;
import static org.opentok.spring.client.support.MockOpenTok.SESSION_ID;

/**
 * Every call that returns a body, in every area, refuses a 200 answer without one: the
 * caller gets an {@link OpenTokInvalidResponseException}, never a {@code null}.
 */
class MissingBodyTests {

	private static final String ID = "b40ef09b-3811-4726-b508-e41a0f96c68f";

	private static final MockOpenTok server = new MockOpenTok();

	private static final OpenTok openTok = OpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
		.accountCredentials("4000000", MockOpenTok.API_SECRET)
		.apiUrl(URI.create("http://localhost:" + server.server().getPort()))
		.retryPolicy(RetryPolicy.none())
		.build();

	@BeforeEach
	void answerWithoutBody() {
		server.server().reset();
		server.respond(request(), HttpResponse.response().withStatusCode(200));
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	static Stream<Arguments> callsWithABody() {
		return Stream.of(call(OpenTokOperation.SESSION_CREATE, (o) -> o.sessions().create()),
				call(OpenTokOperation.ARCHIVE_START, (o) -> o.archives().start(ArchiveOptions.of(SESSION_ID))),
				call(OpenTokOperation.ARCHIVE_STOP, (o) -> o.archives().stop(ID)),
				call(OpenTokOperation.ARCHIVE_GET, (o) -> o.archives().get(ID)),
				call(OpenTokOperation.ARCHIVE_LIST, (o) -> o.archives().list(ArchiveQuery.all())),
				call(OpenTokOperation.BROADCAST_START,
						(o) -> o.broadcasts().start(BroadcastOptions.builder().sessionId(SESSION_ID).hls().build())),
				call(OpenTokOperation.BROADCAST_STOP, (o) -> o.broadcasts().stop(ID)),
				call(OpenTokOperation.BROADCAST_GET, (o) -> o.broadcasts().get(ID)),
				call(OpenTokOperation.BROADCAST_LIST, (o) -> o.broadcasts().list(BroadcastQuery.builder().build())),
				call(OpenTokOperation.STREAM_GET, (o) -> o.streams().get(SESSION_ID, ID)),
				call(OpenTokOperation.STREAM_LIST, (o) -> o.streams().list(SESSION_ID)),
				call(OpenTokOperation.CONNECTION_LIST, (o) -> o.connections().list(SESSION_ID)),
				call(OpenTokOperation.SIP_DIAL,
						(o) -> o.sip()
							.dial(SipDialOptions.builder()
								.sessionId(SESSION_ID)
								.token("client-token")
								.uri("sip:alice@example.com")
								.build())),
				call(OpenTokOperation.AUDIO_CONNECT,
						(o) -> o.audioConnector()
							.connect(AudioConnectorOptions.builder()
								.sessionId(SESSION_ID)
								.token("client-token")
								.uri("ws://audio.example.com/ws")
								.build())),
				call(OpenTokOperation.RENDER_START,
						(o) -> o.renders()
							.start(RenderOptions.builder()
								.sessionId(SESSION_ID)
								.token("publisher-token")
								.url("https://example.com/page")
								.build())),
				call(OpenTokOperation.RENDER_GET, (o) -> o.renders().get(ID)),
				call(OpenTokOperation.RENDER_LIST, (o) -> o.renders().list(PageQuery.first(10))),
				call(OpenTokOperation.CAPTION_START,
						(o) -> o.captions()
							.start(CaptionOptions.builder().sessionId(SESSION_ID).token("moderator-token").build())),
				call(OpenTokOperation.CALLBACK_REGISTER,
						(o) -> o.callbacks().register(CallbackEvent.ARCHIVE_STATUS, "https://example.com/hook")),
				call(OpenTokOperation.CALLBACK_LIST, (o) -> o.callbacks().list()),
				call(OpenTokOperation.PROJECT_CREATE, (o) -> o.projects().create()),
				call(OpenTokOperation.PROJECT_GET, (o) -> o.projects().get("40000001")),
				call(OpenTokOperation.PROJECT_LIST, (o) -> o.projects().list()),
				call(OpenTokOperation.PROJECT_REFRESH_SECRET, (o) -> o.projects().refreshSecret("40000001")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("callsWithABody")
	void aSuccessWithoutABodyIsAnInvalidResponse(OpenTokOperation operation, Function<OpenTok, ?> call) {
		assertThatExceptionOfType(OpenTokInvalidResponseException.class).isThrownBy(() -> call.apply(openTok))
			.withMessage(operation.operationName() + " failed: invalid response: expected an answer with a body, "
					+ "got no body")
			.satisfies((ex) -> assertThat(ex.getOperation()).isEqualTo(operation));
		server.onlyRequest();
	}

	private static Arguments call(OpenTokOperation operation, Function<OpenTok, ?> call) {
		return Arguments.of(operation, call);
	}

}
