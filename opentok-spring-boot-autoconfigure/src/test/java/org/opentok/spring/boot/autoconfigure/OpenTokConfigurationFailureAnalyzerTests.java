package org.opentok.spring.boot.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every half-configured set of OpenTok properties fails start-up with an
 * {@link OpenTokConfigurationFailureAnalyzer} message naming what to set or remove.
 */
class OpenTokConfigurationFailureAnalyzerTests {

	private static final String SECRET = OpenTokAutoConfigurationTests.SECRET;

	private final BootFailureAnalyzers analyzers = new BootFailureAnalyzers();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class))
		.withInitializer(this.analyzers);

	@Test
	void apiKeyWithoutSecretAsksForTheSecret() {
		this.runner.withPropertyValues("opentok.api-key=123456").run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).isEqualTo(
					"OpenTok is not configured correctly: opentok.api-key is set but opentok.api-secret is not.");
			assertThat(analysis.getAction()).startsWith("Set opentok.api-secret").contains("remove opentok.api-key");
		});
	}

	@Test
	void secretWithoutApiKeyAsksForTheKey() {
		this.runner.withPropertyValues("opentok.api-secret=" + SECRET).run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("opentok.api-secret is set but opentok.api-key is not");
			assertThat(analysis.getAction()).startsWith("Set opentok.api-key");
		});
	}

	@Test
	void nonNumericApiKeyIsRefused() {
		this.runner.withPropertyValues("opentok.api-key=my-key", "opentok.api-secret=" + SECRET).run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("opentok.api-key must be numeric, got 'my-key'");
			assertThat(analysis.getAction()).contains("Set opentok.api-key to the numeric API key");
		});
	}

	@Test
	void bothCredentialKindsAskToRemoveOne() {
		this.runner
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET,
					"opentok.application-id=app-1", "opentok.private-key=" + TestKeys.PRIVATE_KEY_PEM)
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("both project credentials")
					.contains("Vonage application credentials");
				assertThat(analysis.getAction()).startsWith("Keep one kind: remove opentok.api-key");
			});
	}

	@Test
	void applicationIdWithoutPrivateKeyAsksForTheKey() {
		this.runner.withPropertyValues("opentok.application-id=app-1").run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("opentok.application-id is set but no private key is");
			assertThat(analysis.getAction()).contains("Set opentok.private-key")
				.contains("opentok.private-key-location");
		});
	}

	@Test
	void privateKeyWithoutApplicationIdAsksForTheId() {
		this.runner.withPropertyValues("opentok.private-key=" + TestKeys.PRIVATE_KEY_PEM).run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("opentok.application-id is not");
			assertThat(analysis.getAction()).startsWith("Set opentok.application-id");
		});
	}

	@Test
	void unreadablePrivateKeyIsRefused() {
		this.runner.withPropertyValues("opentok.application-id=app-1", "opentok.private-key=not a key")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("opentok.private-key is not a readable private key");
				assertThat(analysis.getAction()).contains("PKCS#8");
			});
	}

	@Test
	void pkcs1PrivateKeyIsRefusedWithTheConversionCommand() {
		this.runner
			.withPropertyValues("opentok.application-id=app-1",
					"opentok.private-key=-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----")
			.run((context) -> assertThat(analyze(context).getDescription()).contains("openssl pkcs8 -topk8"));
	}

	@Test
	void missingPrivateKeyFileIsRefused() {
		this.runner
			.withPropertyValues("opentok.application-id=app-1",
					"opentok.private-key-location=file:/nonexistent/opentok/private.key")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("opentok.private-key-location cannot be read");
				assertThat(analysis.getAction()).startsWith("Set opentok.private-key-location");
			});
	}

	@Test
	void bothPrivateKeyPropertiesAskToRemoveOne() {
		this.runner
			.withPropertyValues("opentok.application-id=app-1", "opentok.private-key=" + TestKeys.PRIVATE_KEY_PEM,
					"opentok.private-key-location=classpath:private.key")
			.run((context) -> assertThat(analyze(context).getAction())
				.isEqualTo("Remove one of opentok.private-key and opentok.private-key-location."));
	}

	@Test
	void messagesNeverHoldTheSecret() {
		this.runner.withPropertyValues("opentok.api-key=abc", "opentok.api-secret=" + SECRET).run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(SECRET);
			assertThat(context.getStartupFailure()).hasStackTraceContaining("must be numeric");
			assertThat(stackTraceOf(context.getStartupFailure())).doesNotContain(SECRET);
		});
	}

	private FailureAnalysis analyze(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = this.analyzers.analyze(context.getStartupFailure());
		assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
		assertThat(analysis.getCause()).isInstanceOf(OpenTokConfigurationException.class);
		return analysis;
	}

	private static String stackTraceOf(Throwable failure) {
		java.io.StringWriter text = new java.io.StringWriter();
		failure.printStackTrace(new java.io.PrintWriter(text));
		return text.toString();
	}

}
