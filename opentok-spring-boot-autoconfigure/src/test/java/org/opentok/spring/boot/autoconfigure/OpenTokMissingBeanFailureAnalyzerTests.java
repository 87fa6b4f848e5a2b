package org.opentok.spring.boot.autoconfigure;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.ArchiveClient;
import org.opentok.spring.client.audio.AudioConnectorClient;
import org.opentok.spring.client.broadcast.BroadcastClient;
import org.opentok.spring.client.callback.CallbackClient;
import org.opentok.spring.client.caption.CaptionClient;
import org.opentok.spring.client.connection.ConnectionClient;
import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.moderation.ModerationClient;
import org.opentok.spring.client.project.ProjectClient;
import org.opentok.spring.client.render.RenderClient;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.signal.SignalClient;
import org.opentok.spring.client.sip.SipClient;
import org.opentok.spring.client.stream.StreamClient;
import org.opentok.spring.client.token.TokenGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests that a missing bean of the starter's types is explained by what the
 * auto-configuration needs when, and only when, it backed off for want of credentials.
 */
class OpenTokMissingBeanFailureAnalyzerTests {

	private static final String SECRET = OpenTokAutoConfigurationTests.SECRET;

	private static final String NO_CREDENTIALS = " that could not be found: the OpenTok auto-configuration backed off "
			+ "because no OpenTok credentials are set (none of opentok.api-key, opentok.api-secret, "
			+ "opentok.application-id, opentok.private-key and opentok.private-key-location has a value, and there "
			+ "is no OpenTokConnectionDetails bean).";

	private static final String SET_CREDENTIALS = "Set the environment variables OPENTOK_API_KEY and "
			+ "OPENTOK_API_SECRET (or the properties opentok.api-key and opentok.api-secret) to your OpenTok "
			+ "project's API key and secret, or OPENTOK_APPLICATION_ID and OPENTOK_PRIVATE_KEY_LOCATION "
			+ "(opentok.application-id and opentok.private-key-location) for a Vonage application. For local "
			+ "development without OpenTok, set opentok.emulator.enabled=true with opentok-spring-boot-test on "
			+ "the class path. To take the credentials from elsewhere, declare an OpenTokConnectionDetails bean.";

	private static final String SET_ACCOUNT_CREDENTIALS = "Set the environment variables OPENTOK_ACCOUNT_API_KEY "
			+ "and OPENTOK_ACCOUNT_API_SECRET (or the properties opentok.account.api-key and "
			+ "opentok.account.api-secret) to your OpenTok account's API key and secret.";

	private final BootFailureAnalyzers analyzers = new BootFailureAnalyzers();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class))
		.withInitializer(this.analyzers);

	@ParameterizedTest(name = "{0}")
	@ValueSource(classes = { OpenTok.class, OpenTokTransport.class, SessionClient.class, TokenGenerator.class,
			ArchiveClient.class, BroadcastClient.class, StreamClient.class, ConnectionClient.class, SignalClient.class,
			ModerationClient.class, SipClient.class, AudioConnectorClient.class, RenderClient.class,
			CaptionClient.class, CallbackClient.class })
	void missingStarterBeanWithoutCredentialsSaysWhatToSet(Class<?> type) {
		this.runner.run((context) -> {
			FailureAnalysis analysis = analyzeMissing(context, type);
			assertThat(analysis.getDescription())
				.isEqualTo("A component required a bean of type '" + type.getName() + "'" + NO_CREDENTIALS);
			assertThat(analysis.getAction()).isEqualTo(SET_CREDENTIALS);
		});
	}

	@Test
	void everyBeanTypeOfTheAutoConfigurationIsExplained() {
		Stream<Class<?>> configurations = Stream.of(OpenTokAutoConfiguration.class,
				OpenTokApiClientsConfiguration.class, OpenTokProjectClientConfiguration.class);
		assertThat(configurations.flatMap((configuration) -> Arrays.stream(configuration.getDeclaredMethods()))
			.filter((method) -> method.isAnnotationPresent(Bean.class))
			.map(Method::getReturnType)
			.filter((type) -> type.getPackageName().startsWith("org.opentok.spring.client"))
			.map(Class::getSimpleName)).containsExactlyInAnyOrder("OpenTokTransport", "SessionClient", "TokenGenerator",
					"OpenTok", "ArchiveClient", "BroadcastClient", "StreamClient", "ConnectionClient", "SignalClient",
					"ModerationClient", "SipClient", "AudioConnectorClient", "RenderClient", "CaptionClient",
					"CallbackClient", "ProjectClient");
	}

	@Test
	void missingProjectClientWithoutCredentialsAsksForBothKinds() {
		this.runner.run((context) -> {
			FailureAnalysis analysis = analyzeMissing(context, ProjectClient.class);
			assertThat(analysis.getDescription()).isEqualTo(
					"A component required a bean of type '" + ProjectClient.class.getName() + "'" + NO_CREDENTIALS);
			assertThat(analysis.getAction())
				.isEqualTo(SET_CREDENTIALS + " ProjectClient also needs the account " + "credentials: "
						+ SET_ACCOUNT_CREDENTIALS.substring(0, 1).toLowerCase() + SET_ACCOUNT_CREDENTIALS.substring(1));
		});
	}

	@Test
	void missingProjectClientWithProjectCredentialsAsksForTheAccountCredentials() {
		this.runner.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET).run((context) -> {
			assertThat(context).hasSingleBean(SessionClient.class);
			FailureAnalysis analysis = analyzeMissing(context, ProjectClient.class);
			assertThat(analysis.getDescription()).isEqualTo("A component required a bean of type '"
					+ ProjectClient.class.getName() + "' that could not be found: the project management client "
					+ "needs the OpenTok account credentials, and neither opentok.account.api-key nor "
					+ "opentok.account.api-secret has a value.");
			assertThat(analysis.getAction()).isEqualTo(SET_ACCOUNT_CREDENTIALS);
		});
	}

	@Test
	void connectionDetailsBeanCountsAsCredentials() {
		this.runner.withBean(OpenTokConnectionDetails.class, () -> () -> OpenTokCredentials.project("123456", SECRET))
			.run((context) -> {
				assertThat(context).hasSingleBean(SessionClient.class);
				FailureAnalysis analysis = analyzeMissing(context, ProjectClient.class);
				assertThat(analysis.getDescription()).isEqualTo("A component required a bean of type '"
						+ ProjectClient.class.getName() + "' that could not be found: the project management client "
						+ "needs the OpenTok account credentials, and neither opentok.account.api-key nor "
						+ "opentok.account.api-secret has a value.");
				assertThat(analysis.getAction()).isEqualTo(SET_ACCOUNT_CREDENTIALS);
			});
	}

	@Test
	void missingStarterBeanForAnotherReasonIsLeftToBoot() {
		this.runner.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET)
			.withClassLoader(new FilteredClassLoader(RestClient.class))
			.run((context) -> {
				FailureAnalysis analysis = analyzeMissing(context, SessionClient.class);
				assertThat(analysis.getDescription()).doesNotContain("credentials")
					.contains("did not find required class 'org.springframework.web.client.RestClient'");
				assertThat(analysis.getAction()).startsWith("Consider revisiting the entries above");
			});
	}

	@Test
	void missingStarterBeanOfAnExcludedAutoConfigurationIsLeftToBoot() {
		this.runner.withPropertyValues("spring.autoconfigure.exclude=" + OpenTokAutoConfiguration.class.getName())
			.run((context) -> {
				FailureAnalysis analysis = analyzeMissing(context, SessionClient.class);
				assertThat(analysis.getDescription()).doesNotContain("credentials");
				assertThat(analysis.getAction())
					.contains("a bean of type 'org.opentok.spring.client.session.SessionClient'");
			});
	}

	@Test
	void missingBeanOfAnotherTypeIsLeftToBoot() {
		this.runner.run((context) -> {
			FailureAnalysis analysis = analyzeMissing(context, StringBuilder.class);
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("OpenTok");
		});
	}

	private FailureAnalysis analyzeMissing(AssertableApplicationContext context, Class<?> type) {
		assertThat(context).hasNotFailed().doesNotHaveBean(type);
		NoSuchBeanDefinitionException missing = catchThrowableOfType(NoSuchBeanDefinitionException.class,
				() -> context.getBean(type));
		assertThat(missing).isNotNull();
		FailureAnalysis analysis = this.analyzers.analyze(missing);
		assertThat(analysis).isNotNull();
		return analysis;
	}

}
