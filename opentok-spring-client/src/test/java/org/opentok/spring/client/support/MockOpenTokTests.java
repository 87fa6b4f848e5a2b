package org.opentok.spring.client.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.mockserver.integration.ClientAndServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * {@link MockOpenTok} as a JUnit extension: the test classes below are run by a JUnit
 * launcher of their own, and record what they saw.
 */
class MockOpenTokTests {

	static final List<String> seen = new ArrayList<>();

	@Test
	void startsBeforeAllResetsBeforeEachAndStopsAfterAll() {
		seen.clear();
		TestExecutionSummary summary = run(Registered.class);
		assertThat(summary.getFailures()).as("failures").isEmpty();
		assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
		assertThat(seen).containsExactly("before all: running", "first: answered", "second: nothing left",
				"nested: same server, running", "after all: running");
		assertThat(Registered.started.isRunning()).as("running after all").isFalse();
		assertThatIllegalStateException().isThrownBy(Registered.openTok::server).withMessage("MockOpenTok is closed");
	}

	@Test
	void givesEachTestItsOwnServerOnAnInstanceField() {
		seen.clear();
		TestExecutionSummary summary = run(PerTest.class);
		assertThat(summary.getFailures()).as("failures").isEmpty();
		assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
		assertThat(PerTest.servers).hasSize(2).doesNotHaveDuplicates().noneMatch(ClientAndServer::isRunning);
		assertThat(seen).containsExactly("running, nothing received", "running, nothing received");
	}

	@Test
	void sharesOneServerOnAnInstanceFieldOfAPerClassInstance() {
		seen.clear();
		TestExecutionSummary summary = run(PerClassInstance.class);
		assertThat(summary.getFailures()).as("failures").isEmpty();
		assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
		assertThat(PerClassInstance.servers).hasSize(2).containsOnly(PerClassInstance.servers.get(0));
		assertThat(PerClassInstance.servers.get(0).isRunning()).as("running after all").isFalse();
		assertThat(seen).containsExactly("nothing received", "nothing received");
	}

	@Test
	void startsOnFirstUseAndClosesWithoutExtension() {
		MockOpenTok openTok = new MockOpenTok();
		ClientAndServer server = openTok.server();
		assertThat(server.isRunning()).isTrue();
		assertThat(openTok.server()).isSameAs(server);
		openTok.close();
		assertThat(server.isRunning()).isFalse();
	}

	private static TestExecutionSummary run(Class<?> testClass) {
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		LauncherFactory.create()
			.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(), listener);
		return listener.getSummary();
	}

	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class Registered {

		@RegisterExtension
		static final MockOpenTok openTok = new MockOpenTok();

		static ClientAndServer started;

		@BeforeAll
		static void startedBeforeAll() {
			started = openTok.server();
			seen.add("before all: " + (started.isRunning() ? "running" : "stopped"));
		}

		@Test
		@Order(1)
		void first() throws Exception {
			openTok.respond(request().withPath("/first"), response().withStatusCode(204));
			HttpResponse<Void> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + started.getPort() + "/first")).build(),
						HttpResponse.BodyHandlers.discarding());
			assertThat(answer.statusCode()).isEqualTo(204);
			assertThat(openTok.onlyRequest().getPath().getValue()).isEqualTo("/first");
			seen.add("first: answered");
		}

		@Test
		@Order(2)
		void second() {
			openTok.assertNoRequest();
			assertThat(openTok.server().retrieveActiveExpectations(request())).isEmpty();
			seen.add("second: nothing left");
		}

		@AfterAll
		static void stillRunningAfterNestedClass() {
			seen.add("after all: " + (started.isRunning() ? "running" : "stopped"));
		}

		@Nested
		@TestInstance(TestInstance.Lifecycle.PER_CLASS)
		class Inner {

			@Test
			void nested() {
				seen.add("nested: " + ((openTok.server() == started) ? "same server" : "another server") + ", "
						+ (started.isRunning() ? "running" : "stopped"));
			}

		}

	}

	static class PerTest {

		static final List<ClientAndServer> servers = new ArrayList<>();

		@RegisterExtension
		final MockOpenTok openTok = new MockOpenTok();

		@Test
		void first() {
			use(this.openTok, servers);
		}

		@Test
		void second() {
			use(this.openTok, servers);
		}

		static void use(MockOpenTok openTok, List<ClientAndServer> servers) {
			ClientAndServer server = openTok.server();
			servers.add(server);
			openTok.assertNoRequest();
			seen.add((server.isRunning() ? "running" : "stopped") + ", nothing received");
			openTok.respond(request(), response().withStatusCode(200));
			assertThat(server.retrieveActiveExpectations(request())).hasSize(1);
		}

	}

	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	static class PerClassInstance {

		static final List<ClientAndServer> servers = new ArrayList<>();

		@RegisterExtension
		final MockOpenTok openTok = new MockOpenTok();

		@Test
		void first() {
			use();
		}

		@Test
		void second() {
			use();
		}

		private void use() {
			servers.add(this.openTok.server());
			assertThat(this.openTok.server().retrieveActiveExpectations(request())).isEmpty();
			seen.add("nothing received");
			this.openTok.respond(request(), response().withStatusCode(200));
		}

	}

}
