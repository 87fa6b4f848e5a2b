package org.opentok.spring.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.session.Session;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockserver.model.HttpRequest.request;
import static org.opentok.spring.client.support.MockOpenTok.SESSION_ID;
import static org.opentok.spring.client.support.MockOpenTok.json;

/**
 * The {@link ReactiveOpenTok} facade: tokens without I/O, project management only with
 * account credentials, nothing usable after closing.
 */
class ReactiveOpenTokTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	@Test
	void generatesTokensWithoutAnyRequest() {
		try (ReactiveOpenTok reactive = ReactiveOpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
			.apiUrl(openTok.apiUrl())
			.build()) {
			assertThat(reactive.tokens().generate(SESSION_ID)).isNotBlank();
			openTok.assertNoRequest();
		}
	}

	@Test
	void sendsNothingBeforeSubscription() {
		openTok.respond(request(), json(200, "[{\"session_id\":\"" + SESSION_ID + "\"}]"));
		try (ReactiveOpenTok reactive = ReactiveOpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
			.apiUrl(openTok.apiUrl())
			.retryPolicy(RetryPolicy.none())
			.build()) {
			Mono<Session> create = reactive.sessions().create();
			openTok.assertNoRequest();
			StepVerifier.create(create)
				.assertNext((session) -> assertThat(session.sessionId()).isEqualTo(SESSION_ID))
				.verifyComplete();
		}
	}

	@Test
	void refusesProjectManagementWithoutAccountCredentials() {
		try (ReactiveOpenTok reactive = ReactiveOpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET).build()) {
			assertThatIllegalStateException().isThrownBy(reactive::projects)
				.withMessageContaining("account credentials");
		}
	}

	@Test
	void refusesClientsOnceClosed() {
		ReactiveOpenTok reactive = ReactiveOpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET).build();
		reactive.close();
		assertThatIllegalStateException().isThrownBy(reactive::archives).withMessageContaining("closed");
	}

}
