package org.opentok.spring.client;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opentok.spring.client.archive.ArchiveClient;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.support.ConnectionCountingProxy;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockserver.model.HttpRequest.request;
import static org.opentok.spring.client.support.MockOpenTok.json;

/**
 * Closing an {@link OpenTok} built without Spring Boot, against a real server behind a
 * proxy that counts open connections.
 */
class OpenTokCloseTests {

	private static final String ARCHIVE_ID = "b40ef09b-3811-4726-b508-e41a0f96c68f";

	private MockOpenTok server;

	private ConnectionCountingProxy proxy;

	private OpenTok openTok;

	@BeforeEach
	void start() throws Exception {
		this.server = new MockOpenTok();
		this.proxy = new ConnectionCountingProxy(this.server.server().getPort());
		this.server.respond(request().withPath("/v2/project/123456/archive/.*"),
				json(200, "{\"id\":\"" + ARCHIVE_ID + "\",\"status\":\"started\"}"));
		this.server.respond(request().withPath("/v2/project/40000001"),
				json(200, "{\"id\":\"40000001\",\"status\":\"ACTIVE\"}"));
		this.openTok = OpenTok.builder(MockOpenTok.API_KEY, MockOpenTok.API_SECRET)
			.accountCredentials("4000000", MockOpenTok.API_SECRET)
			.apiUrl(URI.create("http://localhost:" + this.proxy.port()))
			.retryPolicy(RetryPolicy.none())
			.build();
	}

	@AfterEach
	void stop() throws Exception {
		this.proxy.close();
		this.server.close();
	}

	@Test
	void closeReleasesTheConnectionsOfBothHttpClients() throws Exception {
		this.openTok.archives().get(ARCHIVE_ID);
		this.openTok.projects().get("40000001");
		assertThat(this.proxy.openConnections()).as("kept alive in the pools").isEqualTo(2);
		this.openTok.close();
		assertThat(this.proxy.awaitNoOpenConnections(Duration.ofSeconds(5))).isZero();
	}

	@Test
	void aClosedFacadeRefusesCallsBeforeSendingAnything() {
		ArchiveClient archives = this.openTok.archives();
		this.openTok.close();
		assertThatIllegalStateException().isThrownBy(this.openTok::archives)
			.withMessage("This OpenTok is closed: build a new one");
		assertThatIllegalStateException().isThrownBy(this.openTok::projects)
			.withMessage("This OpenTok is closed: build a new one");
		assertThatIllegalStateException().isThrownBy(() -> archives.get(ARCHIVE_ID))
			.withMessage("archive.get refused: the OpenTokTransport is closed");
		this.server.assertNoRequest();
	}

	@Test
	void closingTwiceIsHarmless() {
		this.openTok.archives().get(ARCHIVE_ID);
		this.openTok.close();
		assertThatNoException().isThrownBy(this.openTok::close);
	}

	@Test
	void aFacadeMadeFromClientsOwnsNothingToClose() {
		OpenTok facade = new OpenTok(this.openTok.sessions(), this.openTok.tokens(), this.openTok.archives(),
				this.openTok.broadcasts(), this.openTok.streams(), this.openTok.connections(), this.openTok.signals(),
				this.openTok.moderation(), this.openTok.sip(), this.openTok.audioConnector(), this.openTok.renders(),
				this.openTok.captions(), this.openTok.callbacks(), null);
		ArchiveClient archives = facade.archives();
		facade.close();
		assertThat(facade.archives()).isSameAs(archives);
		assertThat(archives.get(ARCHIVE_ID).id()).isEqualTo(ARCHIVE_ID);
	}

}
