package org.opentok.spring.client;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockserver.model.Header;
import org.mockserver.model.HttpRequest;
import org.mockserver.model.HttpResponse;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import org.opentok.spring.client.archive.ArchiveOptions;
import org.opentok.spring.client.archive.ArchiveQuery;
import org.opentok.spring.client.archive.ArchiveStorage;
import org.opentok.spring.client.archive.S3ArchiveStorage;
import org.opentok.spring.client.audio.AudioConnectorOptions;
import org.opentok.spring.client.broadcast.BroadcastOptions;
import org.opentok.spring.client.broadcast.BroadcastQuery;
import org.opentok.spring.client.callback.CallbackEvent;
import org.opentok.spring.client.caption.CaptionOptions;
import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.LayoutType;
import org.opentok.spring.client.core.OpenTokException;
import org.opentok.spring.client.core.PageQuery;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.project.ProjectStatus;
import org.opentok.spring.client.render.RenderOptions;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.client.signal.Signal;
import org.opentok.spring.client.sip.SipDialOptions;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockserver.model.HttpRequest.request;
import static org.opentok.spring.client.support.MockOpenTok.SESSION_ID;
import static org.opentok.spring.client.support.MockOpenTok.json;

/**
 * Every operation sent through a blocking client and its reactive twin: the same request
 * on the wire (method, path, query, headers, body bytes; the auth JWTs compared by their
 * claims, less the per-token {@code iat}, {@code exp} and {@code jti}), and the same
 * exception, message included, for the same error answer.
 */
class ReactiveTwinTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final String ACCOUNT_KEY = "987654";

	private static final String ACCOUNT_SECRET = "0123456789abcdef0123456789abcdef01234567";

	private static final String PROJECT_KEY = "40000001";

	private static final String ID = "b40ef09b-3811-4726-b508-e41a0f96c68f";

	private static final String STREAM_ID = "6f2d8a3c-52d1-4c55-9f6a-0a5b3e1c7d90";

	/**
	 * An answer every call that reads one object accepts: the fields each result needs.
	 */
	private static final String OBJECT = """
			{"id":"%s","captionsId":"%s","connectionId":"%s","streamId":"%s","sessionId":"%s",\
			"status":"started","createdAt":1700000000000}""".formatted(ID, ID, ID, STREAM_ID, SESSION_ID);

	private static final String PAGE = "{\"count\":1,\"items\":[" + OBJECT + "]}";

	private static final String SESSION = "[{\"session_id\":\"" + SESSION_ID + "\",\"project_id\":\"123456\"}]";

	private static final String CALLBACK = """
			{"id":"%s","group":"archive","event":"status","url":"https://app.example.com/ot"}""".formatted(ID);

	private static final String PROJECT = """
			{"id":"%s","secret":"%s","status":"ACTIVE"}""".formatted(PROJECT_KEY, ACCOUNT_SECRET);

	private static final OpenTok blocking = OpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
		.apiUrl(openTok.apiUrl())
		.accountCredentials(ACCOUNT_KEY, ACCOUNT_SECRET)
		.retryPolicy(RetryPolicy.none())
		.build();

	private static final ReactiveOpenTok reactive = ReactiveOpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
		.apiUrl(openTok.apiUrl())
		.accountCredentials(ACCOUNT_KEY, ACCOUNT_SECRET)
		.retryPolicy(RetryPolicy.none())
		.build();

	@AfterAll
	static void closeFacades() {
		blocking.close();
		reactive.close();
	}

	static Stream<Twin> twins() {
		Layout layout = Layout.bestFit(LayoutType.PIP);
		ArchiveStorage storage = S3ArchiveStorage.builder().accessKey("key").secretKey("secret").bucket("b").build();
		BroadcastOptions broadcast = BroadcastOptions.builder().sessionId(SESSION_ID).hls().build();
		SipDialOptions dial = SipDialOptions.builder()
			.sessionId(SESSION_ID)
			.token("client-token")
			.uri("sip:+15550100@sip.example.com")
			.build();
		AudioConnectorOptions audio = AudioConnectorOptions.builder()
			.sessionId(SESSION_ID)
			.token("client-token")
			.uri("wss://audio.example.com/ws")
			.build();
		RenderOptions render = RenderOptions.builder()
			.sessionId(SESSION_ID)
			.token("publisher-token")
			.url("https://webapp.example.com/composer")
			.build();
		CaptionOptions captions = CaptionOptions.builder().sessionId(SESSION_ID).token("moderator-token").build();
		Signal signal = Signal.of("chat", "hello \"world\" \u00e9");
		return Stream.of(twin("session.create", SESSION, (b) -> b.sessions().create(), (r) -> r.sessions().create()),
				twin("session.create(options)", SESSION, (b) -> b.sessions()
					.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).location("10.0.0.1").build()),
						(r) -> r.sessions()
							.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).location("10.0.0.1").build())),
				twin("archive.start", OBJECT, (b) -> b.archives().start(SESSION_ID),
						(r) -> r.archives().start(SESSION_ID)),
				twin("archive.start(options)", OBJECT,
						(b) -> b.archives()
							.start(ArchiveOptions.builder().sessionId(SESSION_ID).name("n").layout(layout).build()),
						(r) -> r.archives()
							.start(ArchiveOptions.builder().sessionId(SESSION_ID).name("n").layout(layout).build())),
				twin("archive.stop", OBJECT, (b) -> b.archives().stop(ID), (r) -> r.archives().stop(ID)),
				twin("archive.get", OBJECT, (b) -> b.archives().get(ID), (r) -> r.archives().get(ID)),
				twin("archive.delete", "", (b) -> b.archives().delete(ID), (r) -> r.archives().delete(ID)),
				twin("archive.list", PAGE, (b) -> b.archives().list(ArchiveQuery.forSession(SESSION_ID)),
						(r) -> r.archives().list(ArchiveQuery.forSession(SESSION_ID))),
				twin("archive.listAll", PAGE, (b) -> b.archives().listAll(SESSION_ID).toList(),
						(r) -> r.archives().listAll(SESSION_ID)),
				twin("archive.setLayout", "", (b) -> b.archives().setLayout(ID, layout),
						(r) -> r.archives().setLayout(ID, layout)),
				twin("archive.addStream", "", (b) -> b.archives().addStream(ID, STREAM_ID),
						(r) -> r.archives().addStream(ID, STREAM_ID)),
				twin("archive.addStream(tracks)", "", (b) -> b.archives().addStream(ID, STREAM_ID, true, false),
						(r) -> r.archives().addStream(ID, STREAM_ID, true, false)),
				twin("archive.removeStream", "", (b) -> b.archives().removeStream(ID, STREAM_ID),
						(r) -> r.archives().removeStream(ID, STREAM_ID)),
				twin("archive.setStorage", "", (b) -> b.archives().setStorage(storage),
						(r) -> r.archives().setStorage(storage)),
				twin("archive.deleteStorage", "", (b) -> b.archives().deleteStorage(),
						(r) -> r.archives().deleteStorage()),
				twin("broadcast.start", OBJECT, (b) -> b.broadcasts().start(broadcast),
						(r) -> r.broadcasts().start(broadcast)),
				twin("broadcast.stop", OBJECT, (b) -> b.broadcasts().stop(ID), (r) -> r.broadcasts().stop(ID)),
				twin("broadcast.get", OBJECT, (b) -> b.broadcasts().get(ID), (r) -> r.broadcasts().get(ID)),
				twin("broadcast.list", PAGE, (b) -> b.broadcasts().list(BroadcastQuery.builder().build()),
						(r) -> r.broadcasts().list(BroadcastQuery.builder().build())),
				twin("broadcast.listAll", PAGE, (b) -> b.broadcasts().listAll().toList(),
						(r) -> r.broadcasts().listAll()),
				twin("broadcast.setLayout", "", (b) -> b.broadcasts().setLayout(ID, layout),
						(r) -> r.broadcasts().setLayout(ID, layout)),
				twin("broadcast.addStream", "", (b) -> b.broadcasts().addStream(ID, STREAM_ID, false, true),
						(r) -> r.broadcasts().addStream(ID, STREAM_ID, false, true)),
				twin("broadcast.removeStream", "", (b) -> b.broadcasts().removeStream(ID, STREAM_ID),
						(r) -> r.broadcasts().removeStream(ID, STREAM_ID)),
				twin("stream.get", OBJECT, (b) -> b.streams().get(SESSION_ID, STREAM_ID),
						(r) -> r.streams().get(SESSION_ID, STREAM_ID)),
				twin("stream.list", PAGE, (b) -> b.streams().list(SESSION_ID), (r) -> r.streams().list(SESSION_ID)),
				twin("stream.setLayoutClasses", "",
						(b) -> b.streams().setLayoutClasses(SESSION_ID, STREAM_ID, List.of("full", "focus")),
						(r) -> r.streams().setLayoutClasses(SESSION_ID, STREAM_ID, List.of("full", "focus"))),
				twin("connection.list", PAGE, (b) -> b.connections().list(SESSION_ID),
						(r) -> r.connections().list(SESSION_ID)),
				twin("signal.sendToSession", "", (b) -> b.signals().sendToSession(SESSION_ID, signal),
						(r) -> r.signals().sendToSession(SESSION_ID, signal)),
				twin("signal.sendToConnection", "", (b) -> b.signals().sendToConnection(SESSION_ID, ID, signal),
						(r) -> r.signals().sendToConnection(SESSION_ID, ID, signal)),
				twin("moderation.forceDisconnect", "", (b) -> b.moderation().forceDisconnect(SESSION_ID, ID),
						(r) -> r.moderation().forceDisconnect(SESSION_ID, ID)),
				twin("moderation.muteStream", "", (b) -> b.moderation().muteStream(SESSION_ID, STREAM_ID),
						(r) -> r.moderation().muteStream(SESSION_ID, STREAM_ID)),
				twin("moderation.muteAll", "", (b) -> b.moderation().muteAll(SESSION_ID, List.of(STREAM_ID)),
						(r) -> r.moderation().muteAll(SESSION_ID, List.of(STREAM_ID))),
				twin("moderation.disableForceMute", "", (b) -> b.moderation().disableForceMute(SESSION_ID),
						(r) -> r.moderation().disableForceMute(SESSION_ID)),
				twin("sip.dial", OBJECT, (b) -> b.sip().dial(dial), (r) -> r.sip().dial(dial)),
				twin("sip.playDtmf", "", (b) -> b.sip().playDtmf(SESSION_ID, "1p#"),
						(r) -> r.sip().playDtmf(SESSION_ID, "1p#")),
				twin("sip.playDtmfToConnection", "", (b) -> b.sip().playDtmf(SESSION_ID, ID, "9*"),
						(r) -> r.sip().playDtmf(SESSION_ID, ID, "9*")),
				twin("audio.connect", OBJECT, (b) -> b.audioConnector().connect(audio),
						(r) -> r.audioConnector().connect(audio)),
				twin("render.start", OBJECT, (b) -> b.renders().start(render), (r) -> r.renders().start(render)),
				twin("render.stop", "", (b) -> b.renders().stop(ID), (r) -> r.renders().stop(ID)),
				twin("render.get", OBJECT, (b) -> b.renders().get(ID), (r) -> r.renders().get(ID)),
				twin("render.list", PAGE, (b) -> b.renders().list(new PageQuery(5, 10)),
						(r) -> r.renders().list(new PageQuery(5, 10))),
				twin("render.listAll", PAGE, (b) -> b.renders().listAll().toList(), (r) -> r.renders().listAll()),
				twin("caption.start", OBJECT, (b) -> b.captions().start(captions), (r) -> r.captions().start(captions)),
				twin("caption.stop", "", (b) -> b.captions().stop(ID), (r) -> r.captions().stop(ID)),
				twin("callback.register", CALLBACK,
						(b) -> b.callbacks().register(CallbackEvent.ARCHIVE_STATUS, "https://app.example.com/ot"),
						(r) -> r.callbacks().register(CallbackEvent.ARCHIVE_STATUS, "https://app.example.com/ot")),
				twin("callback.unregister", "", (b) -> b.callbacks().unregister(ID),
						(r) -> r.callbacks().unregister(ID)),
				twin("callback.list", "[" + CALLBACK + "]", (b) -> b.callbacks().list(), (r) -> r.callbacks().list()),
				twin("project.create", PROJECT, (b) -> b.projects().create(), (r) -> r.projects().create()),
				twin("project.create(name)", PROJECT, (b) -> b.projects().create("name"),
						(r) -> r.projects().create("name")),
				twin("project.get", PROJECT, (b) -> b.projects().get(PROJECT_KEY),
						(r) -> r.projects().get(PROJECT_KEY)),
				twin("project.list", "[" + PROJECT + "]", (b) -> b.projects().list(), (r) -> r.projects().list()),
				twin("project.changeStatus", PROJECT,
						(b) -> b.projects().changeStatus(PROJECT_KEY, ProjectStatus.SUSPENDED),
						(r) -> r.projects().changeStatus(PROJECT_KEY, ProjectStatus.SUSPENDED)),
				twin("project.delete", "", (b) -> b.projects().delete(PROJECT_KEY),
						(r) -> r.projects().delete(PROJECT_KEY)),
				twin("project.refreshSecret", PROJECT, (b) -> b.projects().refreshSecret(PROJECT_KEY),
						(r) -> r.projects().refreshSecret(PROJECT_KEY)));
	}

	@ParameterizedTest
	@MethodSource("twins")
	void sendsTheSameRequest(Twin twin) {
		openTok.respond(request(), json(200, twin.response()));
		twin.blocking().accept(blocking);
		HttpRequest sentBlocking = openTok.onlyRequest();
		openTok.server().reset();
		openTok.respond(request(), json(200, twin.response()));
		Flux.from(twin.reactive().apply(reactive)).blockLast();
		HttpRequest sentReactive = openTok.onlyRequest();
		assertThat(sentReactive.getMethod().getValue()).isEqualTo(sentBlocking.getMethod().getValue());
		assertThat(sentReactive.getPath().getValue()).isEqualTo(sentBlocking.getPath().getValue());
		assertThat(sentReactive.getQueryStringParameterList()).isEqualTo(sentBlocking.getQueryStringParameterList());
		assertThat(headers(sentReactive)).isEqualTo(headers(sentBlocking));
		assertThat(claims(sentReactive)).isEqualTo(claims(sentBlocking));
		assertThat(body(sentReactive)).isEqualTo(body(sentBlocking));
	}

	@ParameterizedTest
	@MethodSource("twins")
	void mapsAnErrorToTheSameException(Twin twin) {
		HttpResponse error = json(429, "{\"code\":15001,\"message\":\"slow down\"}").withHeader("Retry-After", "7");
		openTok.respond(request(), error);
		Throwable fromBlocking = catchThrowable(() -> twin.blocking().accept(blocking));
		Throwable fromReactive = catchThrowable(() -> Flux.from(twin.reactive().apply(reactive)).blockLast());
		assertThat(fromBlocking).isInstanceOf(OpenTokException.class);
		assertThat(fromReactive).isExactlyInstanceOf(fromBlocking.getClass())
			.hasMessage(fromBlocking.getMessage())
			.usingRecursiveComparison()
			.comparingOnlyFields("operation", "statusCode", "errorCode", "errorMessage", "retryAfter")
			.isEqualTo(fromBlocking);
	}

	private static Map<String, List<String>> headers(HttpRequest request) {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (Header header : request.getHeaderList()) {
			String name = header.getName().getValue();
			if (!name.equalsIgnoreCase("X-OPENTOK-AUTH")) {
				headers.put(name, header.getValues().stream().map((value) -> value.getValue()).toList());
			}
		}
		return headers;
	}

	private static Map<String, Object> claims(HttpRequest request) {
		try {
			Map<String, Object> claims = new TreeMap<>(
					SignedJWT.parse(request.getFirstHeader("X-OPENTOK-AUTH")).getJWTClaimsSet().getClaims());
			claims.keySet().removeAll(List.of("iat", "exp", "jti"));
			return claims;
		}
		catch (ParseException ex) {
			throw new AssertionError(ex);
		}
	}

	private static byte[] body(HttpRequest request) {
		byte[] body = request.getBodyAsRawBytes();
		return (body != null) ? body : new byte[0];
	}

	private static Twin twin(String name, String response, Consumer<OpenTok> blocking,
			Function<ReactiveOpenTok, Publisher<?>> reactive) {
		return new Twin(name, response, blocking, reactive);
	}

	record Twin(String name, String response, Consumer<OpenTok> blocking,
			Function<ReactiveOpenTok, Publisher<?>> reactive) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
