package org.opentok.spring.boot.autoconfigure.reactive;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpRequest;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.function.client.WebClient;

import org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration;
import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.ReactiveOpenTok;
import org.opentok.spring.client.archive.ReactiveArchiveClient;
import org.opentok.spring.client.audio.ReactiveAudioConnectorClient;
import org.opentok.spring.client.broadcast.ReactiveBroadcastClient;
import org.opentok.spring.client.callback.ReactiveCallbackClient;
import org.opentok.spring.client.caption.ReactiveCaptionClient;
import org.opentok.spring.client.connection.ReactiveConnectionClient;
import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokProxyAuthenticationException;
import org.opentok.spring.client.core.OpenTokServerException;
import org.opentok.spring.client.core.OpenTokTransportException;
import org.opentok.spring.client.core.OpenTokWebClientCustomizer;
import org.opentok.spring.client.core.ReactiveOpenTokTransport;
import org.opentok.spring.client.moderation.ReactiveModerationClient;
import org.opentok.spring.client.project.ReactiveProjectClient;
import org.opentok.spring.client.render.ReactiveRenderClient;
import org.opentok.spring.client.session.ReactiveSessionClient;
import org.opentok.spring.client.session.Session;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.signal.ReactiveSignalClient;
import org.opentok.spring.client.sip.ReactiveSipClient;
import org.opentok.spring.client.stream.ReactiveStreamClient;
import org.opentok.spring.client.support.CountingHttpProxy;
import org.opentok.spring.client.support.CountingSocksProxy;
import org.opentok.spring.client.token.TokenGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests the reactive client's auto-configuration: which beans exist in reactive and
 * servlet applications and when it backs off, and, through real requests to a local
 * server, that the client is built from Boot's {@code WebClient.Builder} and connector
 * with the {@code opentok.*} timeouts and retries, the app's observation registry and the
 * {@link OpenTokWebClientCustomizer} beans last.
 */
class OpenTokReactiveClientAutoConfigurationTests {

	private static final String PROXY_PASSWORD = "r3active-pa55word";

	private static final String SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	private static final String SESSION_ID = "1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4";

	private static final String SESSION_JSON = "[{\"session_id\":\"" + SESSION_ID
			+ "\",\"project_id\":\"123456\",\"partner_id\":\"123456\",\"create_dt\":\"Tue Nov 14 14:13:20 PST 2023\","
			+ "\"media_server_url\":\"\"}]";

	private static final List<Class<?>> REACTIVE_CLIENTS = List.of(ReactiveSessionClient.class,
			ReactiveArchiveClient.class, ReactiveBroadcastClient.class, ReactiveStreamClient.class,
			ReactiveConnectionClient.class, ReactiveSignalClient.class, ReactiveModerationClient.class,
			ReactiveSipClient.class, ReactiveAudioConnectorClient.class, ReactiveRenderClient.class,
			ReactiveCaptionClient.class, ReactiveCallbackClient.class);

	private static final AutoConfigurations AUTO_CONFIGURATIONS = AutoConfigurations.of(
			HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
			WebClientAutoConfiguration.class, OpenTokAutoConfiguration.class,
			OpenTokReactiveClientAutoConfiguration.class);

	private static ClientAndServer server;

	private ReactiveWebApplicationContextRunner runner;

	@BeforeAll
	static void startServer() {
		server = ClientAndServer.startClientAndServer(0);
	}

	@AfterAll
	static void stopServer() {
		server.stop();
	}

	@BeforeEach
	void prepare() {
		server.reset();
		answerSessionCreate();
		this.runner = new ReactiveWebApplicationContextRunner().withConfiguration(AUTO_CONFIGURATIONS)
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET,
					"opentok.api-url=http://localhost:" + server.getPort());
	}

	@Test
	void offersTheFacadeAndOneBeanPerAreaWithPrefixedNames() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ReactiveOpenTok.class)
				.hasSingleBean(ReactiveOpenTokTransport.class)
				.hasBean("reactiveOpenTok")
				.hasBean("reactiveOpenTokTransport")
				.hasBean("openTokReactiveSessionClient")
				.hasBean("openTokReactiveArchiveClient")
				.hasBean("openTokReactiveCallbackClient")
				.doesNotHaveBean(ReactiveProjectClient.class);
			REACTIVE_CLIENTS.forEach((type) -> assertThat(context).hasSingleBean(type));
			ReactiveOpenTok facade = context.getBean(ReactiveOpenTok.class);
			assertThat(facade.archives()).isSameAs(context.getBean(ReactiveArchiveClient.class));
			assertThat(facade.tokens()).as("the one synchronous token generator")
				.isSameAs(context.getBean(TokenGenerator.class));
			assertThatIllegalStateException().isThrownBy(facade::projects).withMessageContaining("account credentials");
		});
	}

	@Test
	void callsTheConfiguredApiUrlWithTheProjectCredentials() {
		this.runner.run((context) -> {
			StepVerifier.create(context.getBean(ReactiveOpenTok.class).sessions().create())
				.assertNext((session) -> assertThat(session.sessionId()).isEqualTo(SESSION_ID))
				.verifyComplete();
			HttpRequest sent = onlyRequest();
			assertThat(sent.getFirstHeader("X-OPENTOK-AUTH")).isNotBlank();
			assertThat(sent.getFirstHeader("User-Agent")).startsWith("opentok-spring-boot/");
		});
	}

	@Test
	void offersTheReactiveClientNextToTheBlockingOneInAServletApplication() {
		new WebApplicationContextRunner().withConfiguration(AUTO_CONFIGURATIONS)
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET,
					"opentok.api-url=http://localhost:" + server.getPort())
			.run((context) -> {
				assertThat(context).hasSingleBean(OpenTok.class).hasSingleBean(ReactiveOpenTok.class);
				Session blocking = context.getBean(SessionClient.class).create();
				Session reactive = context.getBean(ReactiveSessionClient.class).create().block(Duration.ofSeconds(5));
				assertThat(reactive).isEqualTo(blocking);
				assertThat(server.retrieveRecordedRequests(request().withPath("/session/create"))).hasSize(2);
			});
	}

	@Test
	void backsOffWithoutWebFlux() {
		this.runner.withClassLoader(new FilteredClassLoader(WebClient.class)).run((context) -> {
			assertThat(context).hasSingleBean(OpenTok.class)
				.doesNotHaveBean(ReactiveOpenTok.class)
				.doesNotHaveBean(ReactiveOpenTokTransport.class)
				.doesNotHaveBean(ReactiveArchiveClient.class);
		});
	}

	@Test
	void backsOffWithoutCredentials() {
		new ReactiveWebApplicationContextRunner().withConfiguration(AUTO_CONFIGURATIONS).run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(ReactiveOpenTok.class)
				.doesNotHaveBean(ReactiveOpenTokTransport.class)
				.doesNotHaveBean(ReactiveSessionClient.class);
		});
	}

	@Test
	void backsOffWhenTheBlockingAutoConfigurationIsExcluded() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenTokReactiveClientAutoConfiguration.class))
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ReactiveOpenTok.class));
	}

	@Test
	void aUserDefinedFacadeWins() {
		this.runner.withUserConfiguration(UserFacadeConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ReactiveOpenTok.class).hasBean("myReactiveOpenTok");
			assertThat(context).doesNotHaveBean("reactiveOpenTok");
		});
	}

	@Test
	void aUserDefinedAreaClientWinsAndTheFacadeHandsItOut() {
		this.runner.withUserConfiguration(UserArchiveClientConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ReactiveArchiveClient.class)
				.doesNotHaveBean("openTokReactiveArchiveClient");
			assertThat(context.getBean(ReactiveOpenTok.class).archives()).isSameAs(context.getBean("myArchiveClient"));
		});
	}

	@Test
	void accountCredentialsAddTheProjectClient() {
		this.runner.withPropertyValues("opentok.account.api-key=654321", "opentok.account.api-secret=" + SECRET)
			.run((context) -> {
				assertThat(context).hasSingleBean(ReactiveProjectClient.class).hasBean("openTokReactiveProjectClient");
				assertThat(context.getBean(ReactiveOpenTok.class).projects())
					.isSameAs(context.getBean(ReactiveProjectClient.class));
			});
	}

	@Test
	void appliesBootsWebClientCustomizersThenTheOpenTokOnesInOrder() {
		this.runner.withUserConfiguration(CustomizersConfiguration.class).run((context) -> {
			context.getBean(ReactiveSessionClient.class).create().block(Duration.ofSeconds(5));
			HttpRequest sent = onlyRequest();
			assertThat(sent.getFirstHeader("X-Boot-Customizer")).isEqualTo("applied");
			assertThat(sent.getFirstHeader("X-Order")).as("the @Order(2) customizer runs last").isEqualTo("second");
			assertThat(sent.getFirstHeader("User-Agent")).as("customizers run after the client's own headers")
				.isEqualTo("my-app/1.0");
		});
	}

	@Test
	void buildsTheConnectorWithBootsConnectorBuilder() {
		AtomicInteger built = new AtomicInteger();
		this.runner
			.withBean(ClientHttpConnectorBuilder.class,
					() -> ClientHttpConnectorBuilder.jdk().withCustomizer((connector) -> built.incrementAndGet()))
			.run((context) -> {
				assertThat(built).as("connectors built from the app's builder: Boot's own and the OpenTok client's")
					.hasValue(2);
				StepVerifier.create(context.getBean(ReactiveSessionClient.class).create())
					.expectNextCount(1)
					.verifyComplete();
			});
	}

	@Test
	void worksWithoutBootsWebClientSupport() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(OpenTokAutoConfiguration.class, OpenTokReactiveClientAutoConfiguration.class))
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET,
					"opentok.api-url=http://localhost:" + server.getPort())
			.run((context) -> {
				assertThat(context).doesNotHaveBean(WebClient.Builder.class);
				StepVerifier.create(context.getBean(ReactiveSessionClient.class).create())
					.expectNextCount(1)
					.verifyComplete();
			});
	}

	@Test
	void boundsCallsByTheConfiguredReadTimeout() {
		server.reset();
		server.when(request().withPath("/session/create"))
			.respond(response().withStatusCode(200).withBody(SESSION_JSON).withDelay(TimeUnit.SECONDS, 3));
		this.runner.withPropertyValues("opentok.read-timeout=500ms").run((context) -> {
			long start = System.nanoTime();
			StepVerifier.create(context.getBean(ReactiveSessionClient.class).create())
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenTokTransportException.class)
					.hasMessageStartingWith("session.create failed:"))
				.verify(Duration.ofSeconds(5));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
		});
	}

	@Test
	void boundsCallsByTheConfiguredCallTimeout() {
		server.reset();
		server.when(request().withPath("/session/create"))
			.respond(response().withStatusCode(200).withBody(SESSION_JSON).withDelay(TimeUnit.SECONDS, 3));
		this.runner.withPropertyValues("opentok.call-timeout=400ms").run((context) -> {
			StepVerifier.create(context.getBean(ReactiveSessionClient.class).create())
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenTokTransportException.class)
					.hasMessageContaining("call timeout of 400 ms"))
				.verify(Duration.ofSeconds(2));
		});
	}

	@Test
	void retriesAsTheRetryPropertiesSay() {
		server.reset();
		server.when(request().withPath("/session/create")).respond(response().withStatusCode(503));
		this.runner.withPropertyValues("opentok.retry.max-attempts=4", "opentok.retry.initial-backoff=1ms")
			.run((context) -> {
				StepVerifier.create(context.getBean(ReactiveSessionClient.class).create())
					.expectError(OpenTokServerException.class)
					.verify(Duration.ofSeconds(5));
				assertThat(server.retrieveRecordedRequests(request().withPath("/session/create"))).hasSize(4);
			});
	}

	@Test
	void neverFollowsARedirect() {
		server.reset();
		server.when(request().withPath("/session/create"))
			.respond(response().withStatusCode(302).withHeader("Location", "/elsewhere"));
		this.runner.run((context) -> {
			StepVerifier.create(context.getBean(ReactiveSessionClient.class).create())
				.expectError(OpenTokApiException.class)
				.verify(Duration.ofSeconds(5));
			assertThat(server.retrieveRecordedRequests(request().withPath("/elsewhere"))).isEmpty();
		});
	}

	@Test
	void reportsCallsToTheAppsObservationRegistry() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.runner
			.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
					WebClientObservationAutoConfiguration.class))
			.withBean(TestObservationRegistry.class, () -> registry)
			.run((context) -> {
				StepVerifier.create(context.getBean(ReactiveSessionClient.class).create())
					.expectNextCount(1)
					.verifyComplete();
				assertThat(registry).hasObservationWithNameEqualTo("opentok.client.requests")
					.that()
					.hasLowCardinalityKeyValue("opentok.operation", "session.create")
					.hasLowCardinalityKeyValue("outcome", "SUCCESS");
				assertThat(registry).as("Boot's WebClient instrumentation, from its WebClient.Builder")
					.hasObservationWithNameEqualTo("http.client.requests")
					.that()
					.hasLowCardinalityKeyValue("uri", "/session/create");
			});
	}

	@Test
	void callsGoThroughTheHttpProxyOfTheProperties() throws Exception {
		try (CountingHttpProxy proxy = new CountingHttpProxy("dave", PROXY_PASSWORD)) {
			this.runner.withPropertyValues(proxyProperties("http", proxy.port(), PROXY_PASSWORD)).run((context) -> {
				StepVerifier.create(context.getBean(ReactiveSessionClient.class).create())
					.expectNextCount(1)
					.verifyComplete();
				assertThat(proxy.tunnelled()).containsExactly("localhost:" + server.getPort());
				onlyRequest();
			});
		}
	}

	@Test
	void callsGoThroughTheSocksProxyOfTheProperties() throws Exception {
		try (CountingSocksProxy proxy = new CountingSocksProxy("dave", PROXY_PASSWORD)) {
			this.runner.withPropertyValues(proxyProperties("socks", proxy.port(), PROXY_PASSWORD)).run((context) -> {
				StepVerifier.create(context.getBean(ReactiveSessionClient.class).create())
					.expectNextCount(1)
					.verifyComplete();
				assertThat(proxy.connected()).singleElement().asString().endsWith(":" + server.getPort());
				onlyRequest();
			});
		}
	}

	@Test
	void aProxyThatRefusesTheCredentialsIsTheTypedError() throws Exception {
		try (CountingHttpProxy proxy = new CountingHttpProxy("dave", PROXY_PASSWORD)) {
			this.runner.withPropertyValues(proxyProperties("http", proxy.port(), "wrong-password")).run((context) -> {
				StepVerifier.create(context.getBean(ReactiveSessionClient.class).create())
					.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenTokProxyAuthenticationException.class)
						.hasMessageContaining("'dave'")
						.hasMessageNotContaining("wrong-password"))
					.verify(Duration.ofSeconds(10));
				assertThat(server.retrieveRecordedRequests(request().withPath("/session/create"))).isEmpty();
			});
		}
	}

	private static String[] proxyProperties(String type, int port, String password) {
		return new String[] { "opentok.proxy.type=" + type, "opentok.proxy.host=localhost",
				"opentok.proxy.port=" + port, "opentok.proxy.username=dave", "opentok.proxy.password=" + password };
	}

	private static void answerSessionCreate() {
		server.when(request().withMethod("POST").withPath("/session/create"))
			.respond(response().withStatusCode(200)
				.withHeader("Content-Type", "application/json")
				.withBody(SESSION_JSON));
	}

	private static HttpRequest onlyRequest() {
		HttpRequest[] requests = server.retrieveRecordedRequests(request().withPath("/session/create"));
		assertThat(requests).hasSize(1);
		return requests[0];
	}

	@Configuration(proxyBeanMethods = false)
	static class UserFacadeConfiguration {

		@Bean
		ReactiveOpenTok myReactiveOpenTok() {
			return ReactiveOpenTok.builder("654321", SECRET).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserArchiveClientConfiguration {

		@Bean
		ReactiveArchiveClient myArchiveClient() {
			return new ReactiveArchiveClient(ReactiveOpenTokTransport
				.builder(org.opentok.spring.client.core.OpenTokCredentials.project("654321", SECRET))
				.build());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizersConfiguration {

		@Bean
		WebClientCustomizer bootCustomizer() {
			return (builder) -> builder.defaultHeader("X-Boot-Customizer", "applied");
		}

		@Bean
		@Order(2)
		OpenTokWebClientCustomizer secondCustomizer() {
			return (builder) -> builder.defaultHeaders((headers) -> headers.set("X-Order", "second"));
		}

		@Bean
		@Order(1)
		OpenTokWebClientCustomizer firstCustomizer() {
			return (builder) -> builder.defaultHeaders((headers) -> {
				headers.set("X-Order", "first");
				headers.set("User-Agent", "my-app/1.0");
			});
		}

	}

}
