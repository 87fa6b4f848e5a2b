package org.opentok.spring.client.callback;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockserver.model.HttpRequest;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokAuthenticationException;
import org.opentok.spring.client.core.OpenTokBadRequestException;
import org.opentok.spring.client.core.OpenTokInvalidResponseException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokServerException;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.opentok.spring.client.support.MockOpenTok.json;
import static org.opentok.spring.client.support.MockOpenTok.assertApiError;

/**
 * Tests for {@link CallbackClient} against a MockServer.
 */
class CallbackClientTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final String PATH = "/v2/project/123456/callback";

	private static final String URL = "https://app.example.com/ot";

	private final CallbackClient client = new CallbackClient(openTok.transport());

	@ParameterizedTest
	@EnumSource(names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
	void registerSendsGroupEventAndUrl(CallbackEvent event) {
		openTok.respond(request().withPath(PATH), json(200, callback("cb-1", event.group(), event.event())));
		Callback registered = this.client.register(event, URL);
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo(PATH);
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertJsonBody(sent, """
				{"group": "%s", "event": "%s", "url": "%s"}
				""".formatted(event.group(), event.event(), URL));
		assertThat(registered.callbackEvent()).isEqualTo(event);
	}

	@Test
	void registerByWireNamesSendsTheSameBody() {
		openTok.respond(request().withPath(PATH), json(200, callback("cb-1", "archive", "status")));
		this.client.register("archive", "status", "http://app.example.com:8080/ot?a=1&b=%22");
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"group": "archive", "event": "status", "url": "http://app.example.com:8080/ot?a=1&b=%22"}
				""");
	}

	@Test
	void registerReadsTheRegistration() {
		openTok.respond(request().withPath(PATH), json(200, """
				{"id": "cb-1", "group": "connection", "event": "created", "url": "%s",
				 "createdAt": 1391149936527, "partnerId": 123456}
				""".formatted(URL)));
		assertThat(this.client.register(CallbackEvent.CONNECTION_CREATED, URL))
			.isEqualTo(new Callback("cb-1", "connection", "created", URL, Instant.ofEpochMilli(1391149936527L)));
	}

	@Test
	void registerRefusesASuccessWithoutARegistration() {
		openTok.respond(request().withPath(PATH), response().withStatusCode(200));
		assertThatExceptionOfType(OpenTokInvalidResponseException.class)
			.isThrownBy(() -> this.client.register(CallbackEvent.STREAM_CREATED, URL))
			.withMessageStartingWith("callback.register failed: invalid response");
	}

	static Stream<Arguments> registerErrors() {
		return Stream.of(Arguments.of(400, OpenTokBadRequestException.class, "Invalid callback URL"),
				Arguments.of(403, OpenTokAuthenticationException.class, "Authentication failed"),
				Arguments.of(500, OpenTokServerException.class, "Internal error"));
	}

	@ParameterizedTest
	@MethodSource("registerErrors")
	void registerMapsErrorStatuses(int status, Class<? extends OpenTokApiException> type, String message) {
		openTok.respondWithError(PATH, status, message);
		assertApiError(type, OpenTokOperation.CALLBACK_REGISTER, status, message,
				() -> this.client.register(CallbackEvent.STREAM_DESTROYED, URL));
	}

	@ParameterizedTest
	@ValueSource(strings = { "connection/status", "archive/created", "stream/status", "session/created",
			"Connection/created", "connection/" })
	void registerRefusesPairsThatAreNotAllowedBeforeSending(String pair) {
		String[] parts = pair.split("/", -1);
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.register(parts[0], parts[1], URL))
			.withMessage("'group' and 'event' must be connection/created, connection/destroyed, stream/created, "
					+ "stream/destroyed or archive/status, got '" + pair + "'");
		openTok.assertNoRequest();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://app.example.com/ot", "app.example.com/ot", "/ot", "https://", "ws://a.b/c",
			"https://exa mple.com" })
	void registerRefusesUrlsThatAreNotHttpBeforeSending(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.register(CallbackEvent.ARCHIVE_STATUS, url))
			.withMessage("'url' must be an absolute http or https URL, got '" + url + "'");
		openTok.assertNoRequest();
	}

	@Test
	void registerRefusesMissingArgumentsBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.register(CallbackEvent.UNKNOWN, URL))
			.withMessage("'event' must not be UNKNOWN");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.register(null, URL))
			.withMessage("'event' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.register(CallbackEvent.ARCHIVE_STATUS, " "))
			.withMessage("'url' must not be blank");
		openTok.assertNoRequest();
	}

	@Test
	void unregisterSendsADeleteWithoutBody() {
		openTok.respond(request().withPath(PATH + "/cb-1"), response().withStatusCode(204));
		this.client.unregister("cb-1");
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("DELETE");
		assertThat(sent.getPath().getValue()).isEqualTo(PATH + "/cb-1");
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.containsHeader("Content-Type")).isFalse();
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertNoBody(sent);
	}

	@Test
	void unregisterMapsErrorsAndRefusesBadIdsBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.unregister("cb/1"))
			.withMessageStartingWith("'callbackId' must be an OpenTok id");
		openTok.assertNoRequest();
		openTok.respondWithError(PATH + "/cb-1", 403, "Authentication failed");
		assertApiError(OpenTokAuthenticationException.class, OpenTokOperation.CALLBACK_UNREGISTER, 403,
				"Authentication failed", () -> this.client.unregister("cb-1"));
	}

	@Test
	void listReadsTheArrayIncludingUnknownPairs() {
		openTok.respond(request().withPath(PATH), json(200,
				"[" + callback("cb-1", "connection", "created") + "," + callback("cb-2", "broadcast", "status") + "]"));
		List<Callback> callbacks = this.client.list();
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("GET");
		assertThat(sent.getPath().getValue()).isEqualTo(PATH);
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		assertThat(sent.containsHeader("Content-Type")).isFalse();
		MockOpenTok.assertProjectAuth(sent);
		assertThat(callbacks).extracting(Callback::id).containsExactly("cb-1", "cb-2");
		assertThat(callbacks).extracting(Callback::callbackEvent)
			.containsExactly(CallbackEvent.CONNECTION_CREATED, CallbackEvent.UNKNOWN);
		assertThat(callbacks.get(1).group()).isEqualTo("broadcast");
		assertThat(callbacks.get(1).event()).isEqualTo("status");
		assertThat(callbacks.get(0).createdAt()).isEqualTo(Instant.ofEpochMilli(1391149936527L));
	}

	@Test
	void listReadsAnEmptyArrayAndMapsErrors() {
		openTok.respond(request().withPath(PATH), json(200, "[]"));
		assertThat(this.client.list()).isEmpty();
		openTok.server().reset();
		openTok.respondWithError(PATH, 403, "Authentication failed");
		assertApiError(OpenTokAuthenticationException.class, OpenTokOperation.CALLBACK_LIST, 403,
				"Authentication failed", () -> this.client.list());
	}

	private static String callback(String id, String group, String event) {
		return """
				{"id": "%s", "group": "%s", "event": "%s", "url": "%s", "createdAt": "1391149936527"}
				""".formatted(id, group, event, URL);
	}

}
