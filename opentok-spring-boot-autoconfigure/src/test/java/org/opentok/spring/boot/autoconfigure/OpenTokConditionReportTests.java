package org.opentok.spring.boot.autoconfigure;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport.ConditionAndOutcome;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.MergedAnnotations;

import org.opentok.spring.client.core.OpenTokCredentials;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the condition evaluation report shows every decision the starter makes:
 * activation, the default connection details, the optional HTTP client integrations and
 * the project management client.
 */
class OpenTokConditionReportTests {

	private static final String SECRET = OpenTokAutoConfigurationTests.SECRET;

	private static final List<Class<?>> CONFIGURATIONS = List.of(OpenTokAutoConfiguration.class,
			OpenTokConnectionDetailsConfiguration.class,
			OpenTokHttpClientConfigurations.BootRestClientConfiguration.class,
			OpenTokHttpClientConfigurations.BootHttpClientConfiguration.class,
			OpenTokHttpClientConfigurations.BootHttpClientConfiguration.HttpComponentsConfiguration.class,
			OpenTokApiClientsConfiguration.class, OpenTokProjectClientConfiguration.class);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class));

	@Test
	void everyConditionalConfigurationAndBeanOfTheStarterIsInTheReport() {
		this.runner
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET,
					"opentok.account.api-key=987654", "opentok.account.api-secret=" + SECRET)
			.run((context) -> {
				Map<String, String> report = report(context);
				List<String> decisions = new ArrayList<>();
				for (Class<?> configuration : CONFIGURATIONS) {
					if (isConditional(configuration)) {
						decisions.add(configuration.getName());
					}
					for (Method method : configuration.getDeclaredMethods()) {
						if (method.isAnnotationPresent(Bean.class) && isConditional(method)) {
							decisions.add(configuration.getName() + "#" + method.getName());
						}
					}
				}
				assertThat(decisions).hasSizeGreaterThan(20);
				assertThat(report).containsKeys(decisions.toArray(String[]::new));
			});
	}

	@Test
	void reportSaysWhichCredentialPropertyActivatedTheStarter() {
		this.runner.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET).run((context) -> {
			Map<String, String> report = report(context);
			assertThat(report.get(OpenTokAutoConfiguration.class.getName()))
				.contains("@ConditionalOnClass found required classes 'org.opentok.spring.client.OpenTok', "
						+ "'org.springframework.web.client.RestClient'")
				.contains("OpenTok credential properties found property opentok.api-key")
				.contains("did not find any beans of type " + OpenTokConnectionDetails.class.getName());
			assertThat(report.get(OpenTokConnectionDetailsConfiguration.class.getName() + "#openTokConnectionDetails"))
				.contains("@ConditionalOnMissingBean (types: " + OpenTokConnectionDetails.class.getName())
				.contains("did not find any beans");
			assertThat(report
				.get(OpenTokConnectionDetailsConfiguration.class.getName() + "#openTokAccountConnectionDetails"))
				.contains("OpenTok account credentials did not find property opentok.account.api-key, "
						+ "opentok.account.api-secret");
			assertThat(report.get(OpenTokProjectClientConfiguration.class.getName()))
				.contains("@ConditionalOnBean (types: " + OpenTokAccountConnectionDetails.class.getName())
				.contains("did not find any beans");
		});
	}

	@Test
	void reportSaysThatAConnectionDetailsBeanActivatedTheStarter() {
		this.runner
			.withBean("vaultConnectionDetails", OpenTokConnectionDetails.class,
					() -> () -> OpenTokCredentials.project("654321", SECRET))
			.run((context) -> {
				Map<String, String> report = report(context);
				assertThat(report.get(OpenTokAutoConfiguration.class.getName()))
					.contains("OpenTok credential properties did not find property opentok.api-key")
					.contains("@ConditionalOnBean (types: " + OpenTokConnectionDetails.class.getName())
					.contains("found bean 'vaultConnectionDetails'");
				assertThat(
						report.get(OpenTokConnectionDetailsConfiguration.class.getName() + "#openTokConnectionDetails"))
					.contains("found beans of type '" + OpenTokConnectionDetails.class.getName()
							+ "' vaultConnectionDetails");
			});
	}

	@Test
	void reportSaysWhyTheStarterBackedOff() {
		this.runner.run((context) -> {
			ConditionEvaluationReport report = ConditionEvaluationReport.get(context.getBeanFactory());
			assertThat(report.getConditionAndOutcomesBySource()
				.get(OpenTokAutoConfiguration.class.getName())
				.isFullMatch()).isFalse();
			assertThat(report(context).get(OpenTokAutoConfiguration.class.getName()))
				.contains("OpenTok credential properties did not find property opentok.api-key, opentok.api-secret, "
						+ "opentok.application-id, opentok.private-key, opentok.private-key-location")
				.contains("did not find any beans of type " + OpenTokConnectionDetails.class.getName());
		});
	}

	@Test
	void reportShowsTheHttpClientIntegrations() {
		this.runner.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET).run((context) -> {
			Map<String, String> report = report(context);
			assertThat(report.get(OpenTokHttpClientConfigurations.BootRestClientConfiguration.class.getName()))
				.contains("found required class 'org.springframework.boot.restclient.RestClientCustomizer'");
			assertThat(report.get(OpenTokHttpClientConfigurations.BootHttpClientConfiguration.class.getName()))
				.contains(
						"found required class 'org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder'");
			assertThat(report
				.get(OpenTokHttpClientConfigurations.BootHttpClientConfiguration.HttpComponentsConfiguration.class
					.getName()))
				.contains("found required class 'org.apache.hc.client5.http.impl.classic.HttpClientBuilder'");
		});
	}

	private static boolean isConditional(Class<?> type) {
		return MergedAnnotations.from(type).isPresent(Conditional.class);
	}

	private static boolean isConditional(Method method) {
		return MergedAnnotations.from(method).isPresent(Conditional.class);
	}

	// each source of the report with its outcomes' messages
	private static Map<String, String> report(ConfigurableApplicationContext context) {
		ConditionEvaluationReport report = ConditionEvaluationReport.get(context.getBeanFactory());
		Map<String, String> messages = new LinkedHashMap<>();
		report.getConditionAndOutcomesBySource()
			.forEach((source, outcomes) -> messages.put(source,
					StreamSupport.stream(outcomes.spliterator(), false)
						.map(ConditionAndOutcome::getOutcome)
						.map(Object::toString)
						.collect(Collectors.joining("; "))));
		return messages;
	}

}
