package org.opentok.spring.client.sip;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockserver.model.HttpRequest;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokAuthenticationException;
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
 * Tests for {@link SipClient} against a MockServer.
 */
class SipClientTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final String CALL_ID = "b0a5a8c7-dc38-459f-a48d-a7f2008da853";

	private static final String CONNECTION_ID = "e9f8c166-6c67-440d-994a-04fb6dfed007";

	private static final String STREAM_ID = "482bce73-f882-40fd-8ca5-cb74ff416036";

	private final SipClient client = new SipClient(openTok.transport());

	@Test
	void dialSendsEveryOptionAsJson() {
		respondWithCall();
		this.client.dial(SipDialOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("sip:+15550100@sip.example.com;transport=tls")
			.from("15550199@example.com")
			.header("X-Account", "42")
			.header("x-room", "blue")
			.auth("bob", "pa55")
			.secure(true)
			.video(true)
			.observeForceMute(true)
			.streams(STREAM_ID, "stream-2")
			.build());
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo("/v2/project/123456/dial");
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertJsonBody(sent, """
				{"sessionId": "%s", "token": "client-token",
				 "sip": {"uri": "sip:+15550100@sip.example.com;transport=tls", "from": "15550199@example.com",
				         "headers": {"X-Account": "42", "x-room": "blue"},
				         "auth": {"username": "bob", "password": "pa55"},
				         "secure": true, "video": true, "observeForceMute": true,
				         "streams": ["%s", "stream-2"]}}
				""".formatted(MockOpenTok.SESSION_ID, STREAM_ID));
	}

	@Test
	void dialSendsHeaderNamesWithoutTheXPrefixExactlyAsGiven() {
		respondWithCall();
		this.client.dial(SipDialOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("sip:+15550100@sip.example.com")
			.header("Account-Id", "42")
			.header("P-Asserted-Identity", "\"Alice\" <sip:+15550199@example.com>")
			.header("X-Foo", "bar")
			.build());
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getPath().getValue()).isEqualTo("/v2/project/123456/dial");
		MockOpenTok.assertJsonBody(sent,
				"""
						{"sessionId": "%s", "token": "client-token",
						 "sip": {"uri": "sip:+15550100@sip.example.com",
						         "headers": {"Account-Id": "42", "P-Asserted-Identity": "\\"Alice\\" <sip:+15550199@example.com>",
						                     "X-Foo": "bar"}}}
						"""
					.formatted(MockOpenTok.SESSION_ID));
		assertThat(new String(sent.getBodyAsRawBytes(), StandardCharsets.UTF_8))
			.contains("\"headers\":{\"Account-Id\":\"42\",\"P-Asserted-Identity\"");
	}

	@Test
	void dialRefusesAnInvalidHeaderNameBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.dial(SipDialOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("sip:alice@example.com")
			.header("Account Id", "42")
			.build())).withMessageStartingWith("'headers' name 'Account Id' is not a valid header name");
		openTok.assertNoRequest();
	}

	@Test
	void dialLeavesUnsetOptionsOut() {
		respondWithCall();
		this.client.dial(SipDialOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("sips:alice@example.com")
			.build());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId": "%s", "token": "client-token", "sip": {"uri": "sips:alice@example.com"}}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void dialSendsFlagsSetToFalseAndAUserNameWithoutPassword() {
		respondWithCall();
		this.client.dial(SipDialOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("sip:alice@example.com")
			.auth("alice", null)
			.secure(false)
			.video(false)
			.observeForceMute(false)
			.build());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId": "%s", "token": "client-token",
				 "sip": {"uri": "sip:alice@example.com", "auth": {"username": "alice"},
				         "secure": false, "video": false, "observeForceMute": false}}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void dialEscapesQuotesAndBackslashesInsteadOfBreakingTheJson() {
		respondWithCall();
		this.client.dial(SipDialOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("sip:\"Bob\"@example.com")
			.header("X-Note", "say \"hi\"")
			.auth("bob", "pa\"55\\")
			.build());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId": "%s", "token": "client-token",
				 "sip": {"uri": "sip:\\"Bob\\"@example.com", "headers": {"X-Note": "say \\"hi\\""},
				         "auth": {"username": "bob", "password": "pa\\"55\\\\"}}}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void dialReadsTheCallWithEveryFieldOpenTokReturns() {
		openTok.respond(request().withPath("/v2/project/123456/dial"), json(200, """
				{"id": "%s", "connectionId": "%s", "streamId": "%s", "projectId": 123456,
				 "sessionId": "%s", "createdAt": 1700000000000, "updatedAt": "1700000001000",
				 "state": "calling", "somethingNew": {"a": 1}}
				""".formatted(CALL_ID, CONNECTION_ID, STREAM_ID, MockOpenTok.SESSION_ID)));
		SipCall call = this.client.dial(minimalOptions());
		assertThat(call).isEqualTo(new SipCall(CALL_ID, CONNECTION_ID, STREAM_ID, "123456", MockOpenTok.SESSION_ID,
				Instant.ofEpochMilli(1700000000000L), Instant.ofEpochMilli(1700000001000L)));
	}

	@Test
	void dialReadsTheShortCall() {
		respondWithCall();
		SipCall call = this.client.dial(minimalOptions());
		assertThat(call).isEqualTo(new SipCall(CALL_ID, CONNECTION_ID, STREAM_ID, null, null, null, null));
	}

	@Test
	void dialRefusesASuccessWithoutACall() {
		openTok.respond(request().withPath("/v2/project/123456/dial"), response().withStatusCode(200));
		assertThatExceptionOfType(OpenTokInvalidResponseException.class)
			.isThrownBy(() -> this.client.dial(minimalOptions()))
			.withMessageStartingWith("sip.dial failed: invalid response");
	}

	static Stream<Arguments> dialErrors() {
		return Stream.of(Arguments.of(400, OpenTokBadRequestException.class, "Invalid session ID"),
				Arguments.of(403, OpenTokAuthenticationException.class, "Authentication failed"),
				Arguments.of(404, OpenTokNotFoundException.class, "Session does not exist"),
				Arguments.of(409, OpenTokConflictException.class, "Only routed sessions are allowed to initiate SIP"));
	}

	@ParameterizedTest
	@MethodSource("dialErrors")
	void dialMapsErrorStatuses(int status, Class<? extends OpenTokApiException> type, String message) {
		openTok.respondWithError("/v2/project/123456/dial", status, message);
		assertApiError(type, OpenTokOperation.SIP_DIAL, status, message, () -> this.client.dial(minimalOptions()));
	}

	@Test
	void playDtmfSendsTheDigitsToTheSession() {
		openTok.respond(request(), response().withStatusCode(200));
		this.client.playDtmf(MockOpenTok.SESSION_ID, "1p2#*");
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue())
			.isEqualTo("/v2/project/123456/session/" + MockOpenTok.SESSION_ID + "/play-dtmf");
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertJsonBody(sent, "{\"digits\": \"1p2#*\"}");
	}

	@Test
	void playDtmfSendsTheDigitsToOneConnection() {
		openTok.respond(request(), response().withStatusCode(200));
		this.client.playDtmf(MockOpenTok.SESSION_ID, CONNECTION_ID, "0123456789");
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo(
				"/v2/project/123456/session/" + MockOpenTok.SESSION_ID + "/connection/" + CONNECTION_ID + "/play-dtmf");
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		MockOpenTok.assertProjectAuth(sent);
		MockOpenTok.assertJsonBody(sent, "{\"digits\": \"0123456789\"}");
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 404 })
	void playDtmfMapsErrorStatuses(int status) {
		Class<? extends OpenTokApiException> type = (status == 400) ? OpenTokBadRequestException.class
				: OpenTokNotFoundException.class;
		openTok.respondWithError("/v2/project/123456/session/.*", status, "Nope " + status);
		assertApiError(type, OpenTokOperation.SIP_PLAY_DTMF, status, "Nope " + status,
				() -> this.client.playDtmf(MockOpenTok.SESSION_ID, "1"));
		assertApiError(type, OpenTokOperation.SIP_PLAY_DTMF_TO_CONNECTION, status, "Nope " + status,
				() -> this.client.playDtmf(MockOpenTok.SESSION_ID, CONNECTION_ID, "1"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "12a", "1 2", "P", "#-", "１" })
	void playDtmfRefusesOtherCharactersBeforeSending(String digits) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.playDtmf(MockOpenTok.SESSION_ID, digits))
			.withMessage("'digits' must contain only 0-9, '*', '#' and 'p' (a 500 ms pause), got '" + digits + "'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.playDtmf(MockOpenTok.SESSION_ID, CONNECTION_ID, digits))
			.withMessageStartingWith("'digits' must contain only");
		openTok.assertNoRequest();
	}

	@Test
	void playDtmfRefusesBlankDigitsAndBadIdsBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.playDtmf(MockOpenTok.SESSION_ID, ""))
			.withMessage("'digits' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.playDtmf("bad/id", "1"))
			.withMessageStartingWith("'sessionId' must be an OpenTok session id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.playDtmf(MockOpenTok.SESSION_ID, " ", "1"))
			.withMessage("'connectionId' must not be blank");
		openTok.assertNoRequest();
	}

	@Test
	void dialRefusesNullOptions() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.dial(null))
			.withMessage("'options' must not be null");
		openTok.assertNoRequest();
	}

	private static SipDialOptions minimalOptions() {
		return SipDialOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("sip:alice@example.com")
			.build();
	}

	private static void respondWithCall() {
		openTok.respond(request().withPath("/v2/project/123456/dial"),
				json(200, "{\"id\":\"%s\",\"connectionId\":\"%s\",\"streamId\":\"%s\"}".formatted(CALL_ID,
						CONNECTION_ID, STREAM_ID)));
	}

}
