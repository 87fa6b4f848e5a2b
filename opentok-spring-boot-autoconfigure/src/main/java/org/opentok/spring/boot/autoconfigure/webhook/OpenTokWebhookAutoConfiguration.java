package org.opentok.spring.boot.autoconfigure.webhook;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import org.opentok.spring.boot.autoconfigure.OpenTokProperties;
import org.opentok.spring.client.webhook.OpenTokEventParser;

/**
 * Auto-configuration of the OpenTok webhook endpoint in a servlet web application: a
 * {@link RouterFunction} at {@code opentok.webhook.path} that publishes each callback as
 * an {@link org.opentok.spring.client.webhook.OpenTokEvent} application event. On only
 * when {@code opentok.webhook.enabled} is {@code true}. It does not need the OpenTok API
 * credentials: an application may receive callbacks without calling the API.
 * {@link OpenTokReactiveWebhookAutoConfiguration} is its WebFlux twin.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ RouterFunction.class, OpenTokEventParser.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty("opentok.webhook.enabled")
@EnableConfigurationProperties(OpenTokProperties.class)
@Import(WebhookMetricsConfiguration.class)
public final class OpenTokWebhookAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "openTokWebhookRouterFunction")
	RouterFunction<ServerResponse> openTokWebhookRouterFunction(OpenTokProperties properties,
			ApplicationEventPublisher publisher, ObjectProvider<WebhookMetrics> metrics, ObjectProvider<Clock> clock) {
		String path = properties.webhook().path();
		ServletWebhookHandler handler = new ServletWebhookHandler(WebhookProcessors.create(properties.webhook(),
				publisher, metrics.getIfUnique(() -> WebhookMetrics.NONE), clock.getIfUnique(Clock::systemUTC)));
		return RouterFunctions.route()
			.POST(path, handler)
			.route(RequestPredicates.path(path), handler::methodNotAllowed)
			.build();
	}

}
