package org.opentok.spring.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockserver.model.HttpRequest;

import org.opentok.spring.client.archive.ArchiveOptions;
import org.opentok.spring.client.archive.ArchiveQuery;
import org.opentok.spring.client.audio.AudioConnectorOptions;
import org.opentok.spring.client.broadcast.BroadcastOptions;
import org.opentok.spring.client.broadcast.BroadcastQuery;
import org.opentok.spring.client.caption.CaptionOptions;
import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.LayoutType;
import org.opentok.spring.client.core.OpenTokException;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.project.ProjectStatus;
import org.opentok.spring.client.render.RenderOptions;
import org.opentok.spring.client.signal.Signal;
import org.opentok.spring.client.sip.SipDialOptions;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;

/**
 * Every operation of every client that takes an id, called with every id that must never
 * reach OpenTok: each (operation, bad id) pair must fail with an
 * {@link IllegalArgumentException} naming the argument, and no request may reach the
 * server. A control run proves each row puts its id into the request when the id is
 * valid, so that a row cannot pass by failing for another reason.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdValidationTests {

	private static final String ACCOUNT_SECRET = "0123456789abcdef0123456789abcdef01234567";

	private static final String SESSION = MockOpenTok.SESSION_ID;

	private static final String ID = "b40ef09b-0000-4000-8000-0000000000cc";

	private static final String PROJECT_KEY = "234567";

	private static final String PROBE_SESSION = sessionIdOf("1~123456~~1700000000000~probe~~");

	private static final String PROBE_ID = "7c0680fc-0000-4000-8000-00000000probe";

	private static final String PROBE_PROJECT_KEY = "345678";

	@RegisterExtension
	static final MockOpenTok server = new MockOpenTok();

	private static final OpenTok openTok = facadeFor(server);

	@RegisterExtension
	static final MockOpenTok control = new MockOpenTok();

	private static final OpenTok controlOpenTok = facadeFor(control);

	private static OpenTok facadeFor(MockOpenTok mock) {
		return OpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
			.accountCredentials("987654", ACCOUNT_SECRET)
			.apiUrl("http://localhost:" + mock.server().getPort())
			.retryPolicy(RetryPolicy.none())
			.build();
	}

	static Stream<Arguments> badIds() {
		List<Arguments> cases = new ArrayList<>();
		for (Operation operation : operations().toList()) {
			for (BadId bad : badIdsFor(operation.kind())) {
				cases.add(Arguments.of(operation, bad));
			}
		}
		return cases.stream();
	}

	static Stream<Operation> operations() {
		return Stream
			.of(archiveOperations(), broadcastOperations(), sessionOperations(), sipAudioOperations(),
					otherOperations())
			.flatMap(List::stream);
	}

	@ParameterizedTest(name = "{0} refuses {1}")
	@MethodSource("badIds")
	@Order(1)
	void refusesTheIdBeforeAnyRequest(Operation operation, BadId bad) {
		int before = requestsReceived();
		assertThatIllegalArgumentException().isThrownBy(() -> operation.call().accept(openTok, bad.value()))
			.withMessageStartingWith("'" + operation.argument() + "'");
		assertThat(requestsReceived()).as("requests received").isEqualTo(before);
	}

	private static int requestsReceived() {
		return server.server().retrieveRecordedRequests(request()).length;
	}

	@ParameterizedTest(name = "{0} sends a valid id")
	@MethodSource("operations")
	@Order(2)
	void sendsAValidIdInTheRequest(Operation operation) {
		control.server().reset();
		String probe = probeFor(operation.kind());
		try {
			operation.call().accept(controlOpenTok, probe);
		}
		catch (OpenTokException ex) {
			// the control server answers 404: only the request matters
		}
		HttpRequest[] sent = control.server().retrieveRecordedRequests(request());
		assertThat(sent).as("requests sent").hasSize(1);
		assertThat(sent[0].getPath().getValue() + " " + sent[0].getQueryStringParameterList() + " "
				+ sent[0].getBodyAsString())
			.contains(probe);
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void noRequestReachedTheServerAfterTheWholeTable() {
		assertThat(badIds()).hasSizeGreaterThan(1000);
		server.assertNoRequest();
	}

	@Test
	void messagesNeverEchoControlCharactersOrHugeValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> openTok.archives().get("a\r\nb"))
			.withMessageNotContaining("\r")
			.withMessageNotContaining("\n")
			.withMessageContaining("a\\u000d\\u000ab");
		String huge = "a".repeat(10_000);
		assertThatIllegalArgumentException().isThrownBy(() -> openTok.archives().get(huge))
			.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(300));
		server.assertNoRequest();
	}

	private static List<BadId> badIdsFor(Kind kind) {
		List<BadId> shapes = new ArrayList<>(List.of(new BadId("null", null), new BadId("empty", ""),
				new BadId("blank", " "), new BadId("dot", "."), new BadId("dot-dot", ".."),
				new BadId("three dots", "..."), new BadId("slash", "a/b"), new BadId("parent path", "../x"),
				new BadId("encoded dots", "%2e%2e"), new BadId("CRLF", "a\r\nb"), new BadId("NUL", "a\u0000b"),
				new BadId("tab", "a\tb"), new BadId("256 characters", "a".repeat(256)),
				new BadId("non-ASCII", "\u00e9"), new BadId("backslash", "a\\b"), new BadId("query", "a?b"),
				new BadId("fragment", "a#b"), new BadId("leading space", " a")));
		if (kind == Kind.SESSION) {
			shapes.addAll(List.of(new BadId("undecodable session id", "1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6W"),
					new BadId("session id without fields", "1_bm8gdGlsZGVz"),
					new BadId("session id without API key", "1_fn5-"),
					new BadId("session id with another prefix", "3" + SESSION.substring(1)),
					new BadId("session id in standard base64",
							"1_MX4xMjM0NTZ+fjE3MDAwMDAwMDAwMDB+a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4"),
					new BadId("padded session id", SESSION + "="),
					new BadId("session id over 255 characters",
							sessionIdOf("1~123456~~1700000000000~" + "x".repeat(200) + "~~")),
					new BadId("plain id as session id", ID)));
		}
		return shapes;
	}

	private static String probeFor(Kind kind) {
		return switch (kind) {
			case SESSION -> PROBE_SESSION;
			case ID -> PROBE_ID;
			case PROJECT_KEY -> PROBE_PROJECT_KEY;
		};
	}

	private static String sessionIdOf(String fields) {
		return "1_" + Base64.getUrlEncoder().withoutPadding().encodeToString(fields.getBytes(StandardCharsets.UTF_8));
	}

	private static List<Operation> archiveOperations() {
		Layout layout = Layout.of(LayoutType.BEST_FIT);
		return List.of(session("archives().start(sessionId)", "sessionId", (o, id) -> o.archives().start(id)),
				session("archives().start(ArchiveOptions)", "sessionId",
						(o, id) -> o.archives().start(ArchiveOptions.builder().sessionId(id).build())),
				id("archives().stop", "archiveId", (o, id) -> o.archives().stop(id)),
				id("archives().get", "archiveId", (o, id) -> o.archives().get(id)),
				id("archives().delete", "archiveId", (o, id) -> o.archives().delete(id)),
				session("archives().list(forSession)", "sessionId",
						(o, id) -> o.archives().list(ArchiveQuery.forSession(id))),
				session("archives().list(builder)", "sessionId",
						(o, id) -> o.archives().list(ArchiveQuery.builder().sessionId(id).count(5).build())),
				session("archives().listAll(sessionId)", "sessionId", (o, id) -> o.archives().listAll(id).findFirst()),
				session("archives().listAll(sessionId, pageSize)", "sessionId",
						(o, id) -> o.archives().listAll(id, 10).findFirst()),
				id("archives().setLayout", "archiveId", (o, id) -> o.archives().setLayout(id, layout)),
				id("archives().addStream(archiveId)", "archiveId", (o, id) -> o.archives().addStream(id, ID)),
				id("archives().addStream(streamId)", "streamId", (o, id) -> o.archives().addStream(ID, id)),
				id("archives().addStream(archiveId, tracks)", "archiveId",
						(o, id) -> o.archives().addStream(id, ID, true, false)),
				id("archives().addStream(streamId, tracks)", "streamId",
						(o, id) -> o.archives().addStream(ID, id, true, false)),
				id("archives().removeStream(archiveId)", "archiveId", (o, id) -> o.archives().removeStream(id, ID)),
				id("archives().removeStream(streamId)", "streamId", (o, id) -> o.archives().removeStream(ID, id)));
	}

	private static List<Operation> broadcastOperations() {
		Layout layout = Layout.of(LayoutType.PIP);
		return List.of(
				session("broadcasts().start", "sessionId",
						(o, id) -> o.broadcasts().start(BroadcastOptions.builder().sessionId(id).hls().build())),
				id("broadcasts().stop", "broadcastId", (o, id) -> o.broadcasts().stop(id)),
				id("broadcasts().get", "broadcastId", (o, id) -> o.broadcasts().get(id)),
				session("broadcasts().list", "sessionId",
						(o, id) -> o.broadcasts().list(BroadcastQuery.builder().sessionId(id).build())),
				session("broadcasts().listAll(sessionId)", "sessionId",
						(o, id) -> o.broadcasts().listAll(id).findFirst()),
				id("broadcasts().setLayout", "broadcastId", (o, id) -> o.broadcasts().setLayout(id, layout)),
				id("broadcasts().addStream(broadcastId)", "broadcastId", (o, id) -> o.broadcasts().addStream(id, ID)),
				id("broadcasts().addStream(streamId)", "streamId", (o, id) -> o.broadcasts().addStream(ID, id)),
				id("broadcasts().addStream(broadcastId, tracks)", "broadcastId",
						(o, id) -> o.broadcasts().addStream(id, ID, false, true)),
				id("broadcasts().addStream(streamId, tracks)", "streamId",
						(o, id) -> o.broadcasts().addStream(ID, id, false, true)),
				id("broadcasts().removeStream(broadcastId)", "broadcastId",
						(o, id) -> o.broadcasts().removeStream(id, ID)),
				id("broadcasts().removeStream(streamId)", "streamId", (o, id) -> o.broadcasts().removeStream(ID, id)));
	}

	private static List<Operation> sessionOperations() {
		List<String> classes = List.of("full");
		Signal signal = Signal.of("chat", "hello");
		return List.of(session("streams().get(sessionId)", "sessionId", (o, id) -> o.streams().get(id, ID)),
				id("streams().get(streamId)", "streamId", (o, id) -> o.streams().get(SESSION, id)),
				session("streams().list", "sessionId", (o, id) -> o.streams().list(id)),
				session("streams().setLayoutClasses(sessionId)", "sessionId",
						(o, id) -> o.streams().setLayoutClasses(id, ID, classes)),
				id("streams().setLayoutClasses(streamId)", "streamId",
						(o, id) -> o.streams().setLayoutClasses(SESSION, id, classes)),
				session("streams().setLayoutClasses(sessionId, map)", "sessionId",
						(o, id) -> o.streams().setLayoutClasses(id, Collections.singletonMap(ID, classes))),
				id("streams().setLayoutClasses(map key)", "streamId",
						(o, id) -> o.streams().setLayoutClasses(SESSION, Collections.singletonMap(id, classes))),
				session("connections().list", "sessionId", (o, id) -> o.connections().list(id)),
				session("signals().sendToSession", "sessionId", (o, id) -> o.signals().sendToSession(id, signal)),
				session("signals().sendToConnection(sessionId)", "sessionId",
						(o, id) -> o.signals().sendToConnection(id, ID, signal)),
				id("signals().sendToConnection(connectionId)", "connectionId",
						(o, id) -> o.signals().sendToConnection(SESSION, id, signal)),
				session("moderation().forceDisconnect(sessionId)", "sessionId",
						(o, id) -> o.moderation().forceDisconnect(id, ID)),
				id("moderation().forceDisconnect(connectionId)", "connectionId",
						(o, id) -> o.moderation().forceDisconnect(SESSION, id)),
				session("moderation().muteStream(sessionId)", "sessionId",
						(o, id) -> o.moderation().muteStream(id, ID)),
				id("moderation().muteStream(streamId)", "streamId", (o, id) -> o.moderation().muteStream(SESSION, id)),
				session("moderation().muteAll", "sessionId", (o, id) -> o.moderation().muteAll(id)),
				session("moderation().muteAll(sessionId, excluded)", "sessionId",
						(o, id) -> o.moderation().muteAll(id, List.of(ID))),
				id("moderation().muteAll(excludedStreamIds)", "excludedStreamIds[1]",
						(o, id) -> o.moderation().muteAll(SESSION, nullable(ID, id))),
				session("moderation().disableForceMute", "sessionId", (o, id) -> o.moderation().disableForceMute(id)));
	}

	private static List<Operation> sipAudioOperations() {
		return List.of(
				session("sip().dial(sessionId)", "sessionId",
						(o, id) -> o.sip().dial(sipOptions().sessionId(id).build())),
				id("sip().dial(streams)", "streams[1]", (o, id) -> o.sip().dial(sipOptions().streams(ID, id).build())),
				session("sip().playDtmf(sessionId)", "sessionId", (o, id) -> o.sip().playDtmf(id, "1p2#")),
				session("sip().playDtmf(sessionId, connectionId)", "sessionId",
						(o, id) -> o.sip().playDtmf(id, ID, "1p2#")),
				id("sip().playDtmf(connectionId)", "connectionId", (o, id) -> o.sip().playDtmf(SESSION, id, "1p2#")),
				session("audioConnector().connect(sessionId)", "sessionId",
						(o, id) -> o.audioConnector().connect(audioOptions().sessionId(id).build())),
				id("audioConnector().connect(streams)", "streams[1]",
						(o, id) -> o.audioConnector().connect(audioOptions().streams(ID, id).build())));
	}

	private static List<Operation> otherOperations() {
		return List.of(
				session("renders().start", "sessionId",
						(o, id) -> o.renders()
							.start(RenderOptions.builder()
								.sessionId(id)
								.token("publisher-token")
								.url("https://app.example.com/composer")
								.build())),
				id("renders().stop", "renderId", (o, id) -> o.renders().stop(id)),
				id("renders().get", "renderId", (o, id) -> o.renders().get(id)),
				session("captions().start", "sessionId",
						(o, id) -> o.captions()
							.start(CaptionOptions.builder().sessionId(id).token("moderator-token").build())),
				id("captions().stop", "captionsId", (o, id) -> o.captions().stop(id)),
				id("callbacks().unregister", "callbackId", (o, id) -> o.callbacks().unregister(id)),
				projectKey("projects().get", (o, id) -> o.projects().get(id)),
				projectKey("projects().changeStatus",
						(o, id) -> o.projects().changeStatus(id, ProjectStatus.SUSPENDED)),
				projectKey("projects().delete", (o, id) -> o.projects().delete(id)),
				projectKey("projects().refreshSecret", (o, id) -> o.projects().refreshSecret(id)));
	}

	private static SipDialOptions.Builder sipOptions() {
		return SipDialOptions.builder().sessionId(SESSION).token("client-token").uri("sip:+15550100@sip.example.com");
	}

	private static AudioConnectorOptions.Builder audioOptions() {
		return AudioConnectorOptions.builder()
			.sessionId(SESSION)
			.token("client-token")
			.uri("wss://audio.example.com/ws");
	}

	private static List<String> nullable(String first, String second) {
		List<String> ids = new ArrayList<>();
		ids.add(first);
		ids.add(second);
		return ids;
	}

	private static Operation session(String name, String argument, BiConsumer<OpenTok, String> call) {
		return new Operation(name, argument, Kind.SESSION, call);
	}

	private static Operation id(String name, String argument, BiConsumer<OpenTok, String> call) {
		return new Operation(name, argument, Kind.ID, call);
	}

	private static Operation projectKey(String name, BiConsumer<OpenTok, String> call) {
		return new Operation(name, "projectKey", Kind.PROJECT_KEY, call);
	}

	enum Kind {

		SESSION, ID, PROJECT_KEY

	}

	record Operation(String name, String argument, Kind kind, BiConsumer<OpenTok, String> call) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	record BadId(String label, String value) {

		@Override
		public String toString() {
			return this.label;
		}

	}

}
