package org.opentok.spring.boot.autoconfigure.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration;
import org.opentok.spring.boot.autoconfigure.OpenTokConfigurationException;
import org.opentok.spring.client.OpenTok;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OpenTokWebhookAutoConfiguration}: when the endpoint exists and what it
 * warns about.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpenTokWebhookAutoConfigurationTests {

	private static final String ROUTER = "openTokWebhookRouterFunction";

	private static final String OPEN_WARNING = "The OpenTok webhook endpoint at /opentok/events accepts callbacks from anyone";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTokWebhookAutoConfiguration.class));

	@Test
	void hasNoEndpointUnlessEnabled() {
		this.runner.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ROUTER));
		this.runner.withPropertyValues("opentok.webhook.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ROUTER));
	}

	@Test
	void hasAnEndpointWhenEnabledWithoutApiCredentials() {
		this.runner.withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class))
			.withPropertyValues("opentok.webhook.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(RouterFunction.class)
				.hasBean(ROUTER)
				.doesNotHaveBean(OpenTok.class));
	}

	@Test
	void hasAnEndpointNextToTheClient() {
		this.runner.withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class))
			.withPropertyValues("opentok.webhook.enabled=true", "opentok.api-key=123456",
					"opentok.api-secret=abcdef0123456789abcdef0123456789abcdef01")
			.run((context) -> assertThat(context).hasNotFailed().hasBean(ROUTER).hasSingleBean(OpenTok.class));
	}

	@Test
	void hasNoEndpointInANonWebApplication() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OpenTokWebhookAutoConfiguration.class))
			.withPropertyValues("opentok.webhook.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ROUTER));
	}

	@Test
	void hasNoEndpointInAReactiveWebApplication() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenTokWebhookAutoConfiguration.class))
			.withPropertyValues("opentok.webhook.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ROUTER));
	}

	@Test
	void hasNoEndpointWithoutSpringMvcFunctionalEndpoints() {
		this.runner.withPropertyValues("opentok.webhook.enabled=true")
			.withClassLoader(new FilteredClassLoader(RouterFunction.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ROUTER));
	}

	@Test
	void letsTheApplicationReplaceTheEndpoint() {
		RouterFunction<ServerResponse> own = RouterFunctions.route()
			.POST("/opentok/events", (request) -> ServerResponse.accepted().build())
			.build();
		this.runner.withPropertyValues("opentok.webhook.enabled=true")
			.withBean(ROUTER, RouterFunction.class, () -> own)
			.run((context) -> assertThat(context.getBean(ROUTER)).isSameAs(own));
	}

	@Test
	void countsOnlyWithAMeterRegistry() {
		WebApplicationContextRunner enabled = this.runner.withPropertyValues("opentok.webhook.enabled=true");
		enabled.run((context) -> assertThat(context).hasBean(ROUTER).doesNotHaveBean(MicrometerWebhookMetrics.class));
		enabled.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> assertThat(context).hasSingleBean(MicrometerWebhookMetrics.class));
		enabled.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasBean(ROUTER)
				.doesNotHaveBean(MicrometerWebhookMetrics.class));
	}

	@Test
	void warnsAtStartUpWhenTheEndpointIsOpenToAnyone(CapturedOutput output) {
		this.runner.withPropertyValues("opentok.webhook.enabled=true")
			.run((context) -> assertThat(output).contains(OPEN_WARNING)
				.contains("opentok.webhook.signature-secret")
				.contains("opentok.webhook.secret"));
	}

	@Test
	void doesNotWarnWhenTheEndpointIsGuarded(CapturedOutput output) {
		this.runner.withPropertyValues("opentok.webhook.enabled=true", "opentok.webhook.secret=s3cr3t")
			.run((context) -> assertThat(context).hasBean(ROUTER));
		this.runner.withPropertyValues("opentok.webhook.enabled=true", "opentok.webhook.signature-secret=sig-s3cr3t")
			.run((context) -> assertThat(context).hasBean(ROUTER));
		assertThat(output).doesNotContain(OPEN_WARNING).doesNotContain("s3cr3t");
	}

	@Test
	void doesNotWarnWhenTheEndpointIsGuardedByListedSecretsOnly(CapturedOutput output) {
		this.runner.withPropertyValues("opentok.webhook.enabled=true", "opentok.webhook.secrets=s3cr3t-1,s3cr3t-2")
			.run((context) -> assertThat(context).hasBean(ROUTER));
		this.runner
			.withPropertyValues("opentok.webhook.enabled=true", "opentok.webhook.signature-secrets[0]=sig-s3cr3t")
			.run((context) -> assertThat(context).hasBean(ROUTER));
		assertThat(output).doesNotContain(OPEN_WARNING).doesNotContain("s3cr3t");
	}

	@Test
	void warnsThatListsOfBlanksLeaveTheEndpointOpen(CapturedOutput output) {
		this.runner
			.withPropertyValues("opentok.webhook.enabled=true", "opentok.webhook.secrets[0]= ",
					"opentok.webhook.signature-secrets[0]=")
			.run((context) -> assertThat(output).contains(OPEN_WARNING));
	}

	@Test
	void warnsThatListedSharedTokensAreUnusedWithSignedCallbacks(CapturedOutput output) {
		this.runner
			.withPropertyValues("opentok.webhook.enabled=true", "opentok.webhook.secrets=token-s3cr3t",
					"opentok.webhook.signature-secrets=sig-s3cr3t")
			.run((context) -> assertThat(output)
				.contains("opentok.webhook.secrets is not used because opentok.webhook.signature-secrets is set")
				.doesNotContain("s3cr3t"));
		this.runner
			.withPropertyValues("opentok.webhook.enabled=true", "opentok.webhook.secret=token-s3cr3t",
					"opentok.webhook.secrets=token-s3cr3t-2", "opentok.webhook.signature-secret=sig-s3cr3t")
			.run((context) -> assertThat(output).contains(
					"opentok.webhook.secret and opentok.webhook.secrets are not used because opentok.webhook.signature-secret is set")
				.doesNotContain("s3cr3t"));
	}

	@Test
	void warnsThatTheSharedTokenIsUnusedWithSignedCallbacks(CapturedOutput output) {
		this.runner
			.withPropertyValues("opentok.webhook.enabled=true", "opentok.webhook.secret=token-s3cr3t",
					"opentok.webhook.signature-secret=sig-s3cr3t")
			.run((context) -> assertThat(output)
				.contains("opentok.webhook.secret is not used because opentok.webhook.signature-secret is set")
				.doesNotContain("s3cr3t"));
	}

	@Test
	void failsOnAPathWithoutLeadingSlash() {
		this.runner.withPropertyValues("opentok.webhook.enabled=true", "opentok.webhook.path=opentok/events")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(OpenTokConfigurationException.class)
				.hasMessageContaining("does not start with '/'"));
	}

	@Test
	void failsOnAnEmptyBodyLimit() {
		this.runner.withPropertyValues("opentok.webhook.enabled=true", "opentok.webhook.max-body-size=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(OpenTokConfigurationException.class)
				.hasMessageContaining("between 1B and 2GB"));
	}

}
