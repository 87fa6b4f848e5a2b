package org.opentok.spring.client.signal;

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

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokAuthenticationException;
import org.opentok.spring.client.core.OpenTokBadRequestException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokPayloadTooLargeException;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.opentok.spring.client.support.MockOpenTok.assertApiError;

/**
 * Tests for {@link SignalClient} against a MockServer playing OpenTok.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignalClientTests {

	private static final String SESSION_ID = MockOpenTok.SESSION_ID;

	private static final String CONNECTION_ID = "527775e1-0000-4000-8000-000000000001";

	private static final String SESSION_PATH = "/v2/project/123456/session/" + SESSION_ID;

	@RegisterExtension
	final MockOpenTok openTok = new MockOpenTok();

	private final SignalClient client = new SignalClient(this.openTok.transport());

	@Test
	void sendToSessionPostsTheSignalAsJson() {
		respond(204, null);
		this.client.sendToSession(SESSION_ID, Signal.of("chat", "hello"));
		HttpRequest sent = this.openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo(SESSION_PATH + "/signal");
		assertSignal(sent, "{\"type\":\"chat\",\"data\":\"hello\"}");
	}

	@Test
	void sendToConnectionPostsTheSignalToTheConnectionPath() {
		respond(204, null);
		this.client.sendToConnection(SESSION_ID, CONNECTION_ID, Signal.of("chat", "hello"));
		HttpRequest sent = this.openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo(SESSION_PATH + "/connection/" + CONNECTION_ID + "/signal");
		assertSignal(sent, "{\"type\":\"chat\",\"data\":\"hello\"}");
	}

	@Test
	void sendEscapesQuotesAndKeepsUnicodeAndEmptyData() {
		respond(204, null);
		this.client.sendToSession(SESSION_ID, Signal.of("ch\"at", "{\"text\":\"héllo \uD83D\uDC4B\"}\n"));
		assertSignal(this.openTok.onlyRequest(),
				"{\"type\":\"ch\\\"at\",\"data\":\"{\\\"text\\\":\\\"h\\u00e9llo \\ud83d\\udc4b\\\"}\\n\"}");
		this.openTok.server().reset();
		respond(204, null);
		this.client.sendToSession(SESSION_ID, Signal.of("ping", ""));
		assertSignal(this.openTok.onlyRequest(), "{\"type\":\"ping\",\"data\":\"\"}");
	}

	@Test
	void sendAcceptsAnyTwoHundredAnswer() {
		respond(200, "{\"unexpected\":true}");
		this.client.sendToSession(SESSION_ID, Signal.of("chat", "hello"));
		assertThat(this.openTok.onlyRequest()).isNotNull();
	}

	@ParameterizedTest(name = "{0} answered {1}")
	@MethodSource("errorStatuses")
	void errorStatusesBecomeTheMatchingException(Consumer<SignalClient> call, int status,
			Class<? extends OpenTokApiException> type, OpenTokOperation operation) {
		respond(status, "{\"code\":15001,\"message\":\"Signal refused\"}");
		assertApiError(type, operation, status, "Signal refused", () -> call.accept(this.client));
	}

	static List<Arguments> errorStatuses() {
		// exactly 8192 bytes: passes the local check, so a 413 can only come from OpenTok
		// (J417 stubs this emoji case as 413)
		Signal emoji = Signal.of("chat", "\uD83D\uDE00".repeat(2048));
		Named<Consumer<SignalClient>> toSession = Named.of("sendToSession",
				(client) -> client.sendToSession(SESSION_ID, emoji));
		Named<Consumer<SignalClient>> toConnection = Named.of("sendToConnection",
				(client) -> client.sendToConnection(SESSION_ID, CONNECTION_ID, emoji));
		OpenTokOperation session = OpenTokOperation.SIGNAL_SEND;
		OpenTokOperation connection = OpenTokOperation.SIGNAL_SEND_TO_CONNECTION;
		return List.of(Arguments.of(toSession, 400, OpenTokBadRequestException.class, session),
				Arguments.of(toSession, 403, OpenTokAuthenticationException.class, session),
				Arguments.of(toSession, 404, OpenTokNotFoundException.class, session),
				Arguments.of(toSession, 413, OpenTokPayloadTooLargeException.class, session),
				Arguments.of(toConnection, 400, OpenTokBadRequestException.class, connection),
				Arguments.of(toConnection, 403, OpenTokAuthenticationException.class, connection),
				Arguments.of(toConnection, 404, OpenTokNotFoundException.class, connection),
				Arguments.of(toConnection, 413, OpenTokPayloadTooLargeException.class, connection));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidCalls")
	void invalidArgumentsAreRejectedBeforeAnyRequest(Consumer<SignalClient> call, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> call.accept(this.client)).withMessage(message);
		this.openTok.assertNoRequest();
	}

	static List<Arguments> invalidCalls() {
		Signal signal = Signal.of("chat", "hello");
		return List.of(
				invalid("blank session id", (client) -> client.sendToSession(" ", signal),
						"'sessionId' must not be blank"),
				invalid("null signal", (client) -> client.sendToSession(SESSION_ID, null), "'signal' must not be null"),
				invalid("session id with a slash", (client) -> client.sendToConnection("a/b", CONNECTION_ID, signal),
						"'sessionId' must be an OpenTok session id ('1_' or '2_' and URL-safe base64 of "
								+ "'~'-separated fields naming an API key, at most 255 characters), got 'a/b'"),
				invalid("null connection id", (client) -> client.sendToConnection(SESSION_ID, null, signal),
						"'connectionId' must not be blank"),
				invalid("connection id with a space", (client) -> client.sendToConnection(SESSION_ID, "a b", signal),
						"'connectionId' must be an OpenTok id (1 to 255 letters, digits, '-', '_', '.' or '~', not only dots), "
								+ "got 'a b'"),
				invalid("null signal to a connection",
						(client) -> client.sendToConnection(SESSION_ID, CONNECTION_ID, null),
						"'signal' must not be null"),
				invalid("data over 8 kB",
						(client) -> client.sendToSession(SESSION_ID, Signal.of("chat", "d".repeat(8193))),
						"'data' must be at most 8192 bytes in UTF-8, got 8193 bytes"),
				invalid("type over 128 bytes",
						(client) -> client.sendToConnection(SESSION_ID, CONNECTION_ID,
								Signal.of("t".repeat(129), "hello")),
						"'type' must be at most 128 bytes in UTF-8, got 129 bytes"));
	}

	private static Arguments invalid(String name, Consumer<SignalClient> call, String message) {
		return Arguments.of(Named.of(name, call), message);
	}

	private static void assertSignal(HttpRequest sent, String json) {
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertJsonBody(sent, json);
	}

	private void respond(int status, String body) {
		this.openTok.respond(request(), (body != null)
				? response().withStatusCode(status).withHeader("Content-Type", "application/json").withBody(body)
				: response().withStatusCode(status));
	}

}
