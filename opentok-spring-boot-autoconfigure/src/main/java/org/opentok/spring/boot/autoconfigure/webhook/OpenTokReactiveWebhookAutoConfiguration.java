package org.opentok.spring.boot.autoconfigure.webhook;

import java.time.Clock;

import reactor.core.scheduler.Schedulers;

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
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.opentok.spring.boot.autoconfigure.OpenTokProperties;
import org.opentok.spring.client.webhook.OpenTokEventParser;

/**
 * Auto-configuration of the OpenTok webhook endpoint in a reactive (WebFlux) web
 * application: the twin of {@link OpenTokWebhookAutoConfiguration}, with the same path,
 * checks, limits, answers, metrics and events. Event listeners run on Reactor's
 * bounded-elastic scheduler, never on an event loop, so they may block.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ RouterFunction.class, OpenTokEventParser.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnBooleanProperty("opentok.webhook.enabled")
@EnableConfigurationProperties(OpenTokProperties.class)
@Import(WebhookMetricsConfiguration.class)
public final class OpenTokReactiveWebhookAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "openTokWebhookRouterFunction")
	RouterFunction<ServerResponse> openTokWebhookRouterFunction(OpenTokProperties properties,
			ApplicationEventPublisher publisher, ObjectProvider<WebhookMetrics> metrics, ObjectProvider<Clock> clock) {
		String path = properties.webhook().path();
		ReactiveWebhookHandler handler = new ReactiveWebhookHandler(
				WebhookProcessors.create(properties.webhook(), publisher,
						metrics.getIfUnique(() -> WebhookMetrics.NONE), clock.getIfUnique(Clock::systemUTC)),
				Schedulers.boundedElastic());
		return RouterFunctions.route()
			.POST(path, handler)
			.route(RequestPredicates.path(path), handler::methodNotAllowed)
			.build();
	}

}
