package org.opentok.spring.client.connection;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockserver.model.HttpRequest;

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
import static org.opentok.spring.client.support.MockOpenTok.assertApiError;

/**
 * Tests for {@link ConnectionClient} against a MockServer playing OpenTok.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionClientTests {

	private static final String SESSION_ID = MockOpenTok.SESSION_ID;

	private static final String CONNECTIONS = "{\"count\":2,\"projectId\":\"123456\",\"sessionId\":\"" + SESSION_ID
			+ "\",\"items\":[{\"connectionId\":\"527775e1-0000-4000-8000-000000000001\",\"createdAt\":1747655658197,"
			+ "\"connectionState\":\"Connected\"},{\"connectionId\":\"c6db93f0-0000-4000-8000-000000000002\","
			+ "\"createdAt\":1747655658227,\"connectionState\":\"Disconnected\"}]}";

	@RegisterExtension
	final MockOpenTok openTok = new MockOpenTok();

	private final ConnectionClient client = new ConnectionClient(this.openTok.transport());

	@Test
	void listSendsAnAuthenticatedGetToTheConnectionsPath() {
		respondJson(200, CONNECTIONS);
		this.client.list(SESSION_ID);
		HttpRequest sent = this.openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("GET");
		assertThat(sent.getPath().getValue()).isEqualTo("/v2/project/123456/session/" + SESSION_ID + "/connection");
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		assertThat(sent.containsHeader("Content-Type")).as("Content-Type sent").isFalse();
		MockOpenTok.assertNoBody(sent);
		MockOpenTok.assertProjectAuth(sent);
	}

	@Test
	void listReadsTheConnectionsWithCapitalisedStatesAndMillisecondTimes() {
		respondJson(200, CONNECTIONS);
		SessionConnections connections = this.client.list(SESSION_ID);
		assertThat(connections.count()).isEqualTo(2);
		assertThat(connections.projectId()).isEqualTo("123456");
		assertThat(connections.sessionId()).isEqualTo(SESSION_ID);
		assertThat(connections.items()).containsExactly(
				new Connection("527775e1-0000-4000-8000-000000000001", Instant.ofEpochMilli(1747655658197L),
						"Connected"),
				new Connection("c6db93f0-0000-4000-8000-000000000002", Instant.parse("2025-05-19T11:54:18.227Z"),
						"Disconnected"));
		assertThat(connections.items()).extracting(Connection::connectionState)
			.containsExactly(ConnectionState.CONNECTED, ConnectionState.DISCONNECTED);
	}

	@Test
	void listReadsNumbersSentAsStringsAndTheReverse() {
		respondJson(200,
				"{\"count\":\"1\",\"projectId\":123456,\"sessionId\":\"" + SESSION_ID
						+ "\",\"items\":[{\"connectionId\":\"527775e1\",\"createdAt\":\"1747655658197\","
						+ "\"connectionState\":\"Connecting\"}]}");
		SessionConnections connections = this.client.list(SESSION_ID);
		assertThat(connections.count()).isEqualTo(1);
		assertThat(connections.projectId()).isEqualTo("123456");
		assertThat(connections.items())
			.containsExactly(new Connection("527775e1", Instant.ofEpochMilli(1747655658197L), "Connecting"));
		assertThat(connections.items()).extracting(Connection::connectionState)
			.containsExactly(ConnectionState.CONNECTING);
	}

	@Test
	void listIgnoresUnknownFieldsAndReadsUnknownOrMissingStatesAsUnknown() {
		respondJson(200, "{\"count\":3,\"items\":[{\"connectionId\":\"a\",\"connectionState\":\"Reconnecting\","
				+ "\"createdAt\":1,\"platform\":\"web\"},{\"connectionId\":\"b\",\"connectionState\":\"connected\"},"
				+ "{\"connectionId\":\"c\"}],\"next\":null}");
		SessionConnections connections = this.client.list(SESSION_ID);
		assertThat(connections.projectId()).isNull();
		assertThat(connections.sessionId()).isNull();
		assertThat(connections.items()).containsExactly(new Connection("a", Instant.ofEpochMilli(1), "Reconnecting"),
				new Connection("b", null, "connected"), new Connection("c", null, null));
		assertThat(connections.items()).extracting(Connection::connectionState).containsOnly(ConnectionState.UNKNOWN);
		assertThat(connections.items()).extracting(Connection::rawConnectionState)
			.containsExactly("Reconnecting", "connected", null);
	}

	@Test
	void readsEveryKnownState() {
		for (ConnectionState state : ConnectionState.values()) {
			assertThat(new Connection("a", null, state.wireValue()).connectionState()).isEqualTo(state);
		}
	}

	@Test
	void listReadsASessionWithoutConnections() {
		respondJson(200, "{\"count\":0,\"projectId\":\"123456\",\"sessionId\":\"" + SESSION_ID + "\",\"items\":[]}");
		assertThat(this.client.list(SESSION_ID).items()).isEmpty();
	}

	@Test
	void connectionStatesMapToTheirCapitalisedWireValues() {
		assertThat(ConnectionState.CONNECTING.wireValue()).isEqualTo("Connecting");
		assertThat(ConnectionState.CONNECTED.wireValue()).isEqualTo("Connected");
		assertThat(ConnectionState.DISCONNECTED.wireValue()).isEqualTo("Disconnected");
		assertThat(ConnectionState.fromWire(null)).isEqualTo(ConnectionState.UNKNOWN);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("errorStatuses")
	void errorStatusesBecomeTheMatchingException(int status, Class<? extends OpenTokApiException> type) {
		respondJson(status, "{\"code\":15001,\"message\":\"Session not found\"}");
		assertApiError(type, OpenTokOperation.CONNECTION_LIST, status, "Session not found",
				() -> this.client.list(SESSION_ID));
	}

	static List<Arguments> errorStatuses() {
		return List.of(Arguments.of(400, OpenTokBadRequestException.class),
				Arguments.of(403, OpenTokAuthenticationException.class),
				Arguments.of(404, OpenTokNotFoundException.class), Arguments.of(500, OpenTokServerException.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "has space", "a/b", "a?b" })
	void invalidSessionIdsAreRejectedBeforeAnyRequest(String sessionId) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.list(sessionId))
			.withMessageStartingWith("'sessionId' must");
		this.openTok.assertNoRequest();
	}

	@Test
	void aNullSessionIdIsRejectedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.list(null))
			.withMessage("'sessionId' must not be blank");
		this.openTok.assertNoRequest();
	}

	private void respondJson(int status, String body) {
		this.openTok.respond(request(),
				response().withStatusCode(status).withHeader("Content-Type", "application/json").withBody(body));
	}

}
