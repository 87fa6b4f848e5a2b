package org.opentok.spring.boot.test.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport.ConditionAndOutcomes;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration;
import org.opentok.spring.boot.autoconfigure.OpenTokConnectionDetails;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.session.SessionOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * {@code opentok.emulator.enabled=true} in a normal app: the emulator is a bean, the
 * OpenTok client is pointed at it by its connection details, and it stops with the
 * context.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpenTokEmulatorDevelopmentModeTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(OpenTokEmulatorAutoConfiguration.class, OpenTokAutoConfiguration.class));

	@Test
	void runsTheAppAgainstAnEmulatorAndWarnsAboutIt(CapturedOutput output) {
		OpenTokEmulator emulator;
		try (ConfigurableApplicationContext context = run("--opentok.emulator.enabled=true", "--opentok.api-key=999999",
				"--opentok.api-secret=the-real-secret")) {
			emulator = context.getBean(OpenTokEmulator.class);
			assertThat(emulator.isRunning()).isTrue();
			assertThat(context.getBean(OpenTokTransport.class).apiUrl()).isEqualTo(emulator.baseUrl());
			String sessionId = context.getBean(OpenTok.class).sessions().create().sessionId();
			assertThat(emulator.connect(sessionId).sessionId()).isEqualTo(sessionId);
			assertThat(output).contains("WARN", "opentok.emulator.enabled is true", emulator.baseUrl().toString(),
					"not to OpenTok");
		}
		assertThat(emulator.isRunning()).isFalse();
	}

	@Test
	void usesTheConfiguredPortCredentialsAndArchiveProcessingTime() {
		try (ConfigurableApplicationContext context = run("--opentok.emulator.enabled=true",
				"--opentok.emulator.api-key=123456",
				"--opentok.emulator.api-secret=abcdef0123456789abcdef0123456789abcdef01",
				"--opentok.emulator.archive-processing-time=1m")) {
			OpenTokEmulator emulator = context.getBean(OpenTokEmulator.class);
			assertThat(emulator.credentials().apiKey()).isEqualTo("123456");
			assertThat(context.getBean(OpenTokTransport.class).projectId()).isEqualTo("123456");
			OpenTok openTok = context.getBean(OpenTok.class);
			String sessionId = openTok.sessions()
				.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
				.sessionId();
			emulator.connect(sessionId);
			String archiveId = openTok.archives().start(sessionId).id();
			openTok.archives().stop(archiveId);
			assertThat(emulator.awaitIdle(Duration.ofMillis(200))).isFalse();
		}
	}

	@Test
	void keepsTheProjectAndSessionsInTheStateDirectory(@TempDir Path directory, CapturedOutput output) {
		String stateDirectory = "--opentok.emulator.state-directory=" + directory;
		String apiKey;
		String sessionId;
		try (ConfigurableApplicationContext context = run("--opentok.emulator.enabled=true", stateDirectory)) {
			apiKey = context.getBean(OpenTokTransport.class).projectId();
			sessionId = context.getBean(OpenTok.class)
				.sessions()
				.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
				.sessionId();
		}
		assertThat(output).contains("Its projects and sessions are kept in " + directory.toAbsolutePath());
		try (ConfigurableApplicationContext context = run("--opentok.emulator.enabled=true", stateDirectory)) {
			assertThat(context.getBean(OpenTokTransport.class).projectId()).isEqualTo(apiKey);
			context.getBean(OpenTokEmulator.class).connect(sessionId);
			assertThat(context.getBean(OpenTok.class).archives().start(sessionId).sessionId()).isEqualTo(sessionId);
		}
	}

	@Test
	void failsToStartWithHalfTheEmulatorCredentials() {
		SpringApplication application = new SpringApplication(TestApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException()
			.isThrownBy(() -> application.run("--opentok.emulator.enabled=true", "--opentok.emulator.api-key=123456"))
			.withStackTraceContaining("IllegalStateException: opentok.emulator.api-key");
	}

	@Test
	void startsNothingWhenDisabled() {
		try (ConfigurableApplicationContext context = run("--opentok.api-key=123456",
				"--opentok.api-secret=abcdef0123456789abcdef0123456789abcdef01")) {
			assertThat(context.getBeansOfType(OpenTokEmulator.class)).isEmpty();
			assertThat(context.getBeansOfType(OpenTokEmulatorConnectionDetails.class)).isEmpty();
			assertThat(context.getBean(OpenTokConnectionDetails.class).getApiUrl()).isNull();
		}
	}

	@Test
	void startsTheEmulatorInAnyContextAndContributesItsConnectionDetails() {
		this.contextRunner
			.withPropertyValues("opentok.emulator.enabled=true", "opentok.api-key=999999",
					"opentok.api-secret=the-real-secret")
			.run((context) -> {
				assertThat(context).hasSingleBean(OpenTokEmulator.class)
					.hasSingleBean(SessionClient.class)
					.hasBean("openTokEmulatorConnectionDetails");
				OpenTokEmulator emulator = context.getBean(OpenTokEmulator.class);
				assertThat(context.getBean(OpenTokConnectionDetails.class))
					.isInstanceOf(OpenTokEmulatorConnectionDetails.class);
				assertThat(context.getBean(SessionClient.class).create().projectId())
					.isEqualTo(emulator.credentials().apiKey());
				ConditionAndOutcomes outcomes = ConditionEvaluationReport.get(context.getBeanFactory())
					.getConditionAndOutcomesBySource()
					.get(OpenTokEmulatorAutoConfiguration.class.getName());
				assertThat(outcomes.isFullMatch()).isTrue();
				assertThat(outcomes).extracting((outcome) -> outcome.getOutcome().getMessage())
					.anyMatch((message) -> message.contains("opentok.emulator.enabled"))
					.anyMatch((message) -> message
						.contains("@ConditionalOnMissingBean (types: " + OpenTokEmulator.class.getName())
							&& message.contains("did not find any beans"));
				assertThat(ConditionEvaluationReport.get(context.getBeanFactory())
					.getConditionAndOutcomesBySource()
					.get(OpenTokAutoConfiguration.class.getName()))
					.extracting((outcome) -> outcome.getOutcome().getMessage())
					.anyMatch((message) -> message.contains("found bean 'openTokEmulatorConnectionDetails'"));
			});
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(OpenTokEmulator.class));
	}

	private static ConfigurableApplicationContext run(String... args) {
		SpringApplication application = new SpringApplication(TestApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run(args);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
