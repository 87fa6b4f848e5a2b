package org.opentok.spring.boot.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import org.opentok.spring.client.project.ProjectClient;
import org.opentok.spring.client.session.SessionClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Tests what a user sees when an app with the starter cannot start: a real
 * {@link SpringApplication} run from an {@code application.yml}, its console output
 * captured. The "APPLICATION FAILED TO START" report names the property, the value as
 * written with where it was written, and what to set; no stack trace is printed.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpenTokStartupReportTests {

	private static final String SECRET = OpenTokAutoConfigurationTests.SECRET;

	@TempDir
	Path directory;

	@Test
	void readmeConfigurationWithoutItsEnvironmentVariableNamesTheVariable(CapturedOutput output) throws IOException {
		assumeThat(System.getenv("OPENTOK_APISECRET")).isNull();
		failToStart(App.class, """
				opentok:
				  api-key: 123456            # or the environment variable OPENTOK_APIKEY
				  api-secret: ${OPENTOK_APISECRET}
				""");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains(
					"OpenTok is not configured correctly: opentok.api-secret is '${OPENTOK_APISECRET}' (from URL [file:"
							+ this.directory.toRealPath()
							+ "/application.yml] - 3:15): the placeholder could not be resolved, "
							+ "and its text would be used as the value.")
			.contains("Set the environment variable OPENTOK_APISECRET (or the property OPENTOK_APISECRET), "
					+ "or put the value in opentok.api-secret.");
		assertNoStackTrace(output);
	}

	@Test
	void placeholdersInEveryCredentialAreReportedNotThrownByTheCondition(CapturedOutput output) throws IOException {
		assumeThat(System.getenv("OPENTOK_TEST_UNSET_KEY")).isNull();
		failToStart(App.class, """
				opentok:
				  api-key: ${OPENTOK_TEST_UNSET_KEY}
				  api-secret: ${OPENTOK_TEST_UNSET_SECRET}
				""");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("opentok.api-key is '${OPENTOK_TEST_UNSET_KEY}' (from URL [file:")
			.contains("Set the environment variable OPENTOK_TEST_UNSET_KEY");
		assertNoStackTrace(output);
	}

	@Test
	void tokenLifetimeOutOfRangeIsReportedAsWritten(CapturedOutput output) throws IOException {
		failToStart(App.class, """
				opentok:
				  api-key: 123456
				  api-secret: %s
				  token:
				    default-ttl: 40d
				""".formatted(SECRET));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("OpenTok is not configured correctly: opentok.token.default-ttl is '40d' (from URL [file:"
					+ this.directory.toRealPath() + "/application.yml] - 5:18): ")
			.contains("from 1s to 30d")
			.contains("Set opentok.token.default-ttl to a duration from 1s to 30d, such as 24h (the default).")
			.doesNotContain("PT960H")
			.doesNotContain(SECRET);
		assertNoStackTrace(output);
	}

	@Test
	void valueUsedOnlyByALazyBeanIsCheckedAtStartUpEvenWithLazyInitialization(CapturedOutput output)
			throws IOException {
		failToStart(App.class, """
				spring.main.lazy-initialization: true
				opentok:
				  api-key: 123456
				  api-secret: %s
				  max-connections: 0
				""".formatted(SECRET));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("opentok.max-connections is '0' (from URL [file:")
			.contains("1 or more");
		assertNoStackTrace(output);
	}

	@Test
	void missingClientWithoutCredentialsSaysWhatToSet(CapturedOutput output) throws IOException {
		failToStart(SessionsApp.class, "spring.main.banner-mode: \"off\"\n");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Parameter 0 of constructor in " + Sessions.class.getName()
					+ " required a bean of type 'org.opentok.spring.client.session.SessionClient' that could not be "
					+ "found: the OpenTok auto-configuration backed off because no OpenTok credentials are set")
			.contains("Set the environment variables OPENTOK_API_KEY and OPENTOK_API_SECRET")
			.contains("opentok.emulator.enabled=true");
		assertNoStackTrace(output);
	}

	@Test
	void missingProjectClientAsksForTheAccountCredentials(CapturedOutput output) throws IOException {
		failToStart(ProjectsApp.class, """
				opentok:
				  api-key: 123456
				  api-secret: %s
				""".formatted(SECRET));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("the project management client needs the OpenTok account credentials")
			.contains("Set the environment variables OPENTOK_ACCOUNT_API_KEY and OPENTOK_ACCOUNT_API_SECRET");
		assertNoStackTrace(output);
	}

	@Test
	void missingClientWithCredentialsIsLeftToBoot(CapturedOutput output) throws IOException {
		failToStart(SessionsApp.class, """
				spring.autoconfigure.exclude: org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration
				opentok:
				  api-key: 123456
				  api-secret: %s
				""".formatted(SECRET));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Consider defining a bean of type 'org.opentok.spring.client.session.SessionClient'")
			.doesNotContain("backed off");
	}

	@Test
	void missingClientOfAnExcludedAutoConfigurationIsLeftToBoot(CapturedOutput output) throws IOException {
		failToStart(SessionsApp.class,
				"spring.autoconfigure.exclude: org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration\n");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Consider defining a bean of type 'org.opentok.spring.client.session.SessionClient'")
			.doesNotContain("backed off");
	}

	private void failToStart(Class<?> app, String yaml) throws IOException {
		Path file = Files.writeString(this.directory.resolve("application.yml"), yaml);
		SpringApplication application = new SpringApplication(app);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException()
			.isThrownBy(() -> application.run("--spring.config.location=" + file.toRealPath().toUri()).close());
	}

	private static void assertNoStackTrace(CapturedOutput output) {
		assertThat(output).doesNotContain("Application run failed").doesNotContainPattern("\tat [a-z]");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(Sessions.class)
	static class SessionsApp {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(Projects.class)
	static class ProjectsApp {

	}

	static class Sessions {

		Sessions(SessionClient sessions) {
		}

	}

	static class Projects {

		Projects(ProjectClient projects) {
		}

	}

}
