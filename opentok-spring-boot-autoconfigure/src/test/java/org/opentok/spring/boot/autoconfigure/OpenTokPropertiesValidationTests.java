package org.opentok.spring.boot.autoconfigure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import org.opentok.spring.boot.autoconfigure.webhook.OpenTokWebhookAutoConfiguration;
import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.project.ProjectClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every {@code opentok.*} value the client cannot work with, and every
 * credential still holding an unresolved {@code ${...}} placeholder, fails start-up with
 * a report naming the property, the value and what is allowed, from our failure analyzer
 * rather than Boot's generic ones.
 */
class OpenTokPropertiesValidationTests {

	private static final String SECRET = OpenTokAutoConfigurationTests.SECRET;

	private static final String[] PROJECT = { "opentok.api-key=123456", "opentok.api-secret=" + SECRET };

	private final BootFailureAnalyzers analyzers = new BootFailureAnalyzers();

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class, OpenTokWebhookAutoConfiguration.class))
		.withInitializer(this.analyzers);

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			opentok.token.default-ttl     | 40d                    | from 1s to 30d
			opentok.token.default-ttl     | 0s                     | from 1s to 30d
			opentok.token.default-ttl     | 500ms                  | from 1s to 30d
			opentok.retry.max-attempts    | 0                      | from 1 (no retries) to 10
			opentok.retry.max-attempts    | 11                     | from 1 (no retries) to 10
			opentok.retry.initial-backoff | -1ms                   | 0s or more
			opentok.connect-timeout       | 0s                     | a positive duration
			opentok.read-timeout          | -5s                    | a positive duration
			opentok.call-timeout          | 0ms                    | a positive duration
			opentok.max-connections       | 0                      | 1 or more
			opentok.max-connections       | -3                     | 1 or more
			opentok.health.cache-ttl      | 0s                     | a positive duration
			opentok.health.timeout        | -1s                    | a positive duration
			opentok.webhook.max-body-size | 0                      | between 1B and 2GB
			opentok.webhook.max-body-size | -1KB                   | between 1B and 2GB
			opentok.webhook.max-body-size | 3GB                    | between 1B and 2GB
			opentok.webhook.path          | opentok/events         | does not start with '/'
			opentok.webhook.path          | /opentok/{event        | not a valid path
			opentok.api-url               | api.opentok.com        | an absolute http or https URL
			opentok.api-url               | ftp://api.opentok.com  | an absolute http or https URL
			opentok.api-url               | https://x.example?a=1  | without query or fragment
			""")
	void outOfRangeValueIsReportedAsWrittenWithWhatIsAllowed(String property, String value, String allowed) {
		this.runner.withPropertyValues(PROJECT).withPropertyValues(property + "=" + value).run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription())
				.startsWith("OpenTok is not configured correctly: " + property + " is '" + value + "'"
						+ origin(property) + ": ")
				.contains(allowed)
				.doesNotContain("\n");
			assertThat(analysis.getAction()).startsWith("Set " + property + " to ");
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(OpenTokConfigurationException.class)
				.extracting((failure) -> ((OpenTokConfigurationException) failure).getProperty())
				.isEqualTo(property);
		});
	}

	@Test
	void outOfRangeValueFailsWithoutCredentialsWhenTheWebhookUsesTheProperties() {
		this.runner.withPropertyValues("opentok.webhook.enabled=true", "opentok.retry.max-attempts=0")
			.run((context) -> assertThat(analyze(context).getDescription())
				.contains("opentok.retry.max-attempts is '0'"));
	}

	@Test
	void valuesAtTheLimitsAreAccepted() {
		List<String> limits = List.of("opentok.token.default-ttl=30d", "opentok.retry.max-attempts=10",
				"opentok.retry.initial-backoff=0s", "opentok.connect-timeout=1ms", "opentok.max-connections=1",
				"opentok.webhook.max-body-size=1B", "opentok.webhook.path=/", "opentok.api-url=HTTP://localhost:1/v");
		this.runner.withPropertyValues(PROJECT).withPropertyValues(limits.toArray(String[]::new)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(OpenTokProperties.class).retry().maxAttempts()).isEqualTo(10);
		});
		this.runner.withPropertyValues(PROJECT)
			.withPropertyValues("opentok.token.default-ttl=1s", "opentok.retry.max-attempts=1")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			opentok.api-key                    | opentok.api-secret=abcdef0123456789abcdef0123456789abcdef01
			opentok.api-secret                 | opentok.api-key=123456
			opentok.application-id             | opentok.private-key-location=classpath:private.key
			opentok.private-key                | opentok.application-id=app-1
			opentok.private-key-location       | opentok.application-id=app-1
			opentok.account.api-key            | opentok.account.api-secret=abcdef0123456789abcdef0123456789abcdef01
			opentok.account.api-secret         | opentok.account.api-key=987654
			opentok.webhook.secret             | opentok.webhook.enabled=true
			opentok.webhook.secrets[1]         | opentok.webhook.secrets[0]=first-token
			opentok.webhook.signature-secret   | opentok.webhook.enabled=true
			opentok.webhook.signature-secrets[0] | opentok.webhook.enabled=true
			""")
	void unresolvedPlaceholderInACredentialNamesTheVariable(String property, String other) {
		List<String> properties = new ArrayList<>(List.of(other, property + "=${OPENTOK_TEST_UNSET}"));
		if (property.startsWith("opentok.account.")) {
			properties.addAll(List.of(PROJECT));
		}
		if (property.startsWith("opentok.webhook.")) {
			properties.add("opentok.webhook.enabled=true");
		}
		this.runner.withPropertyValues(properties.toArray(String[]::new)).run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).isEqualTo("OpenTok is not configured correctly: " + property
					+ " is '${OPENTOK_TEST_UNSET}'" + origin(property) + ": the placeholder could not be resolved, "
					+ "and its text would be used as the value.");
			assertThat(analysis.getAction()).isEqualTo("Set the environment variable OPENTOK_TEST_UNSET "
					+ "(or the property OPENTOK_TEST_UNSET), or put the value in " + property + ".");
		});
	}

	@Test
	void placeholdersInEveryCredentialAreReportedNotThrownByTheCondition() {
		this.runner
			.withPropertyValues("opentok.api-key=${OPENTOK_TEST_KEY}", "opentok.api-secret=${OPENTOK_TEST_SECRET}")
			.run((context) -> assertThat(analyze(context).getDescription())
				.contains("opentok.api-key is '${OPENTOK_TEST_KEY}'"));
	}

	@Test
	void placeholderWithAnUnresolvedDefaultNamesBothVariables() {
		this.runner
			.withPropertyValues("opentok.api-key=123456",
					"opentok.api-secret=${OPENTOK_TEST_FIRST:${OPENTOK_TEST_SECOND}}")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription())
					.contains("opentok.api-secret is '${OPENTOK_TEST_FIRST:${OPENTOK_TEST_SECOND}}'");
				assertThat(analysis.getAction()).startsWith("Set the environment variable OPENTOK_TEST_FIRST or "
						+ "OPENTOK_TEST_SECOND (or a property of that name), or put the value in opentok.api-secret");
			});
	}

	@Test
	void placeholdersOfTwoVariablesNameBoth() {
		this.runner
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=${OPENTOK_TEST_A}${OPENTOK_TEST_B}")
			.run((context) -> assertThat(analyze(context).getAction())
				.startsWith("Set the environment variables OPENTOK_TEST_A and OPENTOK_TEST_B "
						+ "(or properties of those names)"));
	}

	@Test
	void resolvedPartsOfASecretAreNeverShown() {
		this.runner
			.withPropertyValues("opentok.api-key=123456", "OPENTOK_TEST_PREFIX=pr3f1x-s3cr3t",
					"opentok.api-secret=${OPENTOK_TEST_PREFIX}${OPENTOK_TEST_SUFFIX}")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("opentok.api-secret holds '${OPENTOK_TEST_SUFFIX}'");
				assertThat(analysis.getAction()).startsWith("Set the environment variable OPENTOK_TEST_SUFFIX ");
				assertThat(analysis.getDescription() + analysis.getAction() + stackTraceOf(context.getStartupFailure()))
					.doesNotContain("s3cr3t");
			});
		this.runner
			.withPropertyValues("opentok.webhook.enabled=true",
					"opentok.webhook.secret=l1t3ral-s3cr3t${OPENTOK_TEST_SUFFIX}")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("opentok.webhook.secret holds '${OPENTOK_TEST_SUFFIX}'");
				assertThat(analysis.getDescription() + analysis.getAction() + stackTraceOf(context.getStartupFailure()))
					.doesNotContain("s3cr3t");
			});
	}

	@Test
	void placeholderInTheSecretOfADisabledWebhookIsLeftAlone() {
		this.runner.withPropertyValues(PROJECT)
			.withPropertyValues("opentok.webhook.signature-secret=${OPENTOK_TEST_UNSET}")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(OpenTok.class));
	}

	@Test
	void placeholderWithAResolvableDefaultIsFine() {
		this.runner.withPropertyValues("opentok.api-key=${OPENTOK_TEST_UNSET:123456}", "opentok.api-secret=" + SECRET)
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(OpenTok.class));
	}

	@Test
	void environmentVariablesTheReportsNameActivateTheStarter() {
		this.runner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of("OPENTOK_API_KEY", "123456", "OPENTOK_API_SECRET", SECRET,
										"OPENTOK_ACCOUNT_API_KEY", "987654", "OPENTOK_ACCOUNT_API_SECRET", SECRET))))
			.run((context) -> assertThat(context).hasSingleBean(OpenTok.class).hasSingleBean(ProjectClient.class));
	}

	private FailureAnalysis analyze(AssertableWebApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = this.analyzers.analyze(context.getStartupFailure());
		assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
		assertThat(analysis.getCause()).isInstanceOf(OpenTokConfigurationException.class);
		return analysis;
	}

	// where the runner's test property source says a value comes from
	private static String origin(String property) {
		return " (from \"" + property + "\" from property source \"test\")";
	}

	private static String stackTraceOf(Throwable failure) {
		StringWriter text = new StringWriter();
		failure.printStackTrace(new PrintWriter(text));
		return text.toString();
	}

}
