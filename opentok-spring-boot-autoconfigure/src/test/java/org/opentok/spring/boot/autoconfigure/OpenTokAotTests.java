package org.opentok.spring.boot.autoconfigure;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpRequest;

import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.core.OpenTokProxyAuthenticationException;
import org.opentok.spring.client.signal.Signal;
import org.opentok.spring.client.signal.SignalClient;
import org.opentok.spring.client.support.CountingHttpProxy;
import org.opentok.spring.client.token.TokenGenerator;
import org.opentok.spring.client.webhook.ArchiveStatusEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * The auto-configuration processed ahead of time with Spring's AOT support, as a native
 * image build processes it, and then run: the generated bean registration code is
 * compiled ({@code spring-core-test}'s {@code TestCompiler}) and its
 * {@code ApplicationContextInitializer} starts a fresh context, without the configuration
 * classes being parsed again, whose beans mint tokens and call OpenTok (MockServer)
 * through an authenticating proxy on loopback. The generated hints carry the client's
 * (JSON types, resources) and the properties binding.
 */
@CompileWithForkedClassLoader
class OpenTokAotTests {

	private static final String SIGNAL_PATH = "/v2/project/123456/session/" + OpenTokAutoConfigurationTests.SESSION_ID
			+ "/signal";

	private static final String PROXY_PASSWORD = "a0t-pr0xy-pa55word";

	private ClientAndServer server;

	private CountingHttpProxy proxy;

	@BeforeEach
	void start() throws Exception {
		this.server = ClientAndServer.startClientAndServer(0);
		this.server.when(request(SIGNAL_PATH)).respond(response().withStatusCode(204));
		this.proxy = new CountingHttpProxy("carol", PROXY_PASSWORD);
	}

	@AfterEach
	void stop() throws Exception {
		this.server.stop();
		this.proxy.close();
	}

	@Test
	void autoConfigurationProcessedAheadOfTimeStartsAndCallsOpenTok() {
		String[] properties = properties(PROXY_PASSWORD);
		TestGenerationContext generationContext = new TestGenerationContext(OpenTokAotTests.class);
		AtomicReference<ClassName> initializerName = new AtomicReference<>();
		runner(properties).prepare((context) -> initializerName.set(new ApplicationContextAotGenerator()
			.processAheadOfTime((GenericApplicationContext) context.getSourceApplicationContext(), generationContext)));
		assertThat(RuntimeHintsPredicates.reflection().onType(Archive.class))
			.accepts(generationContext.getRuntimeHints());
		assertThat(RuntimeHintsPredicates.reflection().onType(ArchiveStatusEvent.class))
			.accepts(generationContext.getRuntimeHints());
		assertThat(RuntimeHintsPredicates.resource().forResource("org/opentok/spring/client/version.properties"))
			.accepts(generationContext.getRuntimeHints());
		assertThat(RuntimeHintsPredicates.reflection().onType(OpenTokProperties.class))
			.accepts(generationContext.getRuntimeHints());
		generationContext.writeGeneratedContent();
		TestCompiler.forSystem().with(generationContext).compile((compiled) -> {
			assertThat(compiled.getSourceFiles().stream().map((file) -> file.getClassName())).contains(
					OpenTokAutoConfiguration.class.getName() + "__BeanDefinitions",
					OpenTokApiClientsConfiguration.class.getName() + "__BeanDefinitions");
			try (GenericApplicationContext context = start(
					compiled.getInstance(ApplicationContextInitializer.class, initializerName.get().reflectionName()),
					properties)) {
				String token = context.getBean(TokenGenerator.class).generate(OpenTokAutoConfigurationTests.SESSION_ID);
				assertThat(token).startsWith("eyJ");
				assertThat(context.getBean(OpenTok.class).tokens()).isSameAs(context.getBean(TokenGenerator.class));
				context.getBean(SignalClient.class)
					.sendToSession(OpenTokAutoConfigurationTests.SESSION_ID, Signal.of("chat", "ahead of time"));
			}
			HttpRequest[] received = this.server.retrieveRecordedRequests(request(SIGNAL_PATH));
			assertThat(received).singleElement()
				.satisfies((signal) -> assertThat(signal.getBodyAsString()).contains("ahead of time"));
			assertThat(this.proxy.forwarded())
				.containsExactly("POST http://localhost:" + this.server.getPort() + SIGNAL_PATH + " HTTP/1.1");
		});
	}

	@Test
	void proxySettingsProcessedAheadOfTimeStillGiveTheTypedRefusal() {
		String[] properties = properties("wrong-password");
		TestGenerationContext generationContext = new TestGenerationContext(OpenTokAotTests.class);
		AtomicReference<ClassName> initializerName = new AtomicReference<>();
		runner(properties).prepare((context) -> initializerName.set(new ApplicationContextAotGenerator()
			.processAheadOfTime((GenericApplicationContext) context.getSourceApplicationContext(), generationContext)));
		generationContext.writeGeneratedContent();
		TestCompiler.forSystem().with(generationContext).compile((compiled) -> {
			try (GenericApplicationContext context = start(
					compiled.getInstance(ApplicationContextInitializer.class, initializerName.get().reflectionName()),
					properties)) {
				SignalClient signals = context.getBean(SignalClient.class);
				assertThatExceptionOfType(OpenTokProxyAuthenticationException.class)
					.isThrownBy(() -> signals.sendToSession(OpenTokAutoConfigurationTests.SESSION_ID,
							Signal.of("chat", "refused")))
					.withMessageContaining("refused the credentials of user 'carol'")
					.withMessageNotContaining("wrong-password");
			}
			assertThat(this.proxy.challenged()).isPositive();
			assertThat(this.server.retrieveRecordedRequests(request())).isEmpty();
		});
	}

	private String[] properties(String proxyPassword) {
		return new String[] { "opentok.api-key=123456", "opentok.api-secret=" + OpenTokAutoConfigurationTests.SECRET,
				"opentok.api-url=http://localhost:" + this.server.getPort(), "opentok.retry.max-attempts=1",
				"opentok.proxy.host=127.0.0.1", "opentok.proxy.port=" + this.proxy.port(),
				"opentok.proxy.username=carol", "opentok.proxy.password=" + proxyPassword };
	}

	private static ApplicationContextRunner runner(String[] properties) {
		return new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
							HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
							RestClientAutoConfiguration.class, OpenTokAutoConfiguration.class))
			.withPropertyValues(properties);
	}

	@SuppressWarnings("unchecked")
	private static GenericApplicationContext start(ApplicationContextInitializer<?> initializer, String[] properties) {
		GenericApplicationContext context = new GenericApplicationContext();
		TestPropertyValues.of(properties).applyTo(context);
		((ApplicationContextInitializer<GenericApplicationContext>) initializer).initialize(context);
		context.refresh();
		return context;
	}

}
