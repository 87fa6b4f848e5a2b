package org.opentok.spring.boot.autoconfigure.webhook;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import org.opentok.spring.boot.autoconfigure.OpenTokConfigurationException;
import org.opentok.spring.boot.autoconfigure.OpenTokProperties;
import org.opentok.spring.client.webhook.OpenTokEventParser;

/**
 * Auto-configuration of the OpenTok webhook endpoint: a {@link RouterFunction} at
 * {@code opentok.webhook.path} that publishes each callback as an
 * {@link org.opentok.spring.client.webhook.OpenTokEvent} application event. On only when
 * {@code opentok.webhook.enabled} is {@code true} in a servlet web application. It does
 * not need the OpenTok API credentials: an application may receive callbacks without
 * calling the API.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ RouterFunction.class, OpenTokEventParser.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty("opentok.webhook.enabled")
@EnableConfigurationProperties(OpenTokProperties.class)
public final class OpenTokWebhookAutoConfiguration {

	private static final Log logger = LogFactory.getLog(OpenTokWebhookAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(name = "openTokWebhookRouterFunction")
	RouterFunction<ServerResponse> openTokWebhookRouterFunction(OpenTokProperties properties,
			ApplicationEventPublisher publisher, ObjectProvider<WebhookMetrics> metrics, ObjectProvider<Clock> clock) {
		OpenTokProperties.Webhook webhook = properties.webhook();
		String path = webhook.path();
		if (!path.startsWith("/")) {
			throw new OpenTokConfigurationException("opentok.webhook.path",
					"The webhook path '" + path + "' does not start with '/'.", "Set a path such as /opentok/events.");
		}
		long maxBodySize = webhook.maxBodySize().toBytes();
		if (maxBodySize < 1 || maxBodySize > Integer.MAX_VALUE - 8) {
			throw new OpenTokConfigurationException("opentok.webhook.max-body-size",
					"The largest webhook body must be between 1B and 2GB.", "Set a size such as 64KB.");
		}
		WebhookGuard guard = guard(webhook, path, clock.getIfUnique(Clock::systemUTC));
		WebhookHandler handler = new WebhookHandler(guard, new OpenTokEventParser(), publisher,
				metrics.getIfUnique(() -> WebhookMetrics.NONE), (int) maxBodySize, webhook.failOnListenerError());
		return RouterFunctions.route().POST(path, handler).build();
	}

	private static WebhookGuard guard(OpenTokProperties.Webhook webhook, String path, Clock clock) {
		String signatureSecret = webhook.signatureSecret();
		String secret = webhook.secret();
		if (StringUtils.hasText(signatureSecret)) {
			if (StringUtils.hasText(secret)) {
				logger.warn("opentok.webhook.secret is not used because opentok.webhook.signature-secret is set: "
						+ "the OpenTok webhook endpoint at " + path + " accepts signed callbacks only");
			}
			return new SignedCallbackGuard(signatureSecret, clock);
		}
		if (StringUtils.hasText(secret)) {
			return new SharedTokenGuard(secret);
		}
		logger.warn("The OpenTok webhook endpoint at " + path + " accepts callbacks from anyone: set "
				+ "opentok.webhook.signature-secret to check OpenTok's signed callbacks, or opentok.webhook.secret "
				+ "to require a shared token");
		return WebhookGuard.OPEN;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class WebhookMetricsConfiguration {

		@Bean
		@ConditionalOnBean(MeterRegistry.class)
		MicrometerWebhookMetrics openTokWebhookMetrics(MeterRegistry meterRegistry) {
			return new MicrometerWebhookMetrics(meterRegistry);
		}

	}

}
