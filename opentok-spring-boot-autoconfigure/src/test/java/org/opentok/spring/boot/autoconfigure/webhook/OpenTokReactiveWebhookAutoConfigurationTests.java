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
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration;
import org.opentok.spring.client.OpenTok;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OpenTokReactiveWebhookAutoConfiguration}: the endpoint exists in a
 * reactive web application only, next to or without the client, and never beside the
 * servlet one.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpenTokReactiveWebhookAutoConfigurationTests {

	private static final String ROUTER = "openTokWebhookRouterFunction";

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTokWebhookAutoConfiguration.class,
				OpenTokReactiveWebhookAutoConfiguration.class));

	@Test
	void hasNoEndpointUnlessEnabled() {
		this.runner.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ROUTER));
		this.runner.withPropertyValues("opentok.webhook.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ROUTER));
	}

	@Test
	void hasAReactiveEndpointInAReactiveApplicationWithoutApiCredentials() {
		this.runner.withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class))
			.withPropertyValues("opentok.webhook.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(RouterFunction.class)
				.hasSingleBean(OpenTokReactiveWebhookAutoConfiguration.class)
				.doesNotHaveBean(OpenTokWebhookAutoConfiguration.class)
				.doesNotHaveBean(org.springframework.web.servlet.function.RouterFunction.class)
				.doesNotHaveBean(OpenTok.class));
	}

	@Test
	void hasAReactiveEndpointNextToTheClient() {
		this.runner.withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class))
			.withPropertyValues("opentok.webhook.enabled=true", "opentok.api-key=123456",
					"opentok.api-secret=abcdef0123456789abcdef0123456789abcdef01")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(RouterFunction.class)
				.hasSingleBean(OpenTok.class));
	}

	@Test
	void hasOnlyTheServletEndpointInAServletApplication() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenTokWebhookAutoConfiguration.class,
					OpenTokReactiveWebhookAutoConfiguration.class))
			.withPropertyValues("opentok.webhook.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(org.springframework.web.servlet.function.RouterFunction.class)
				.doesNotHaveBean(OpenTokReactiveWebhookAutoConfiguration.class)
				.doesNotHaveBean(RouterFunction.class));
	}

	@Test
	void hasNoEndpointInANonWebApplication() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenTokWebhookAutoConfiguration.class,
					OpenTokReactiveWebhookAutoConfiguration.class))
			.withPropertyValues("opentok.webhook.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ROUTER));
	}

	@Test
	void hasNoEndpointWithoutWebFluxFunctionalEndpoints() {
		this.runner.withPropertyValues("opentok.webhook.enabled=true")
			.withClassLoader(new FilteredClassLoader(RouterFunction.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ROUTER)
				.doesNotHaveBean(OpenTokReactiveWebhookAutoConfiguration.class));
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
		ReactiveWebApplicationContextRunner enabled = this.runner.withPropertyValues("opentok.webhook.enabled=true");
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
			.run((context) -> assertThat(output)
				.contains("The OpenTok webhook endpoint at /opentok/events accepts callbacks from anyone"));
	}

}
