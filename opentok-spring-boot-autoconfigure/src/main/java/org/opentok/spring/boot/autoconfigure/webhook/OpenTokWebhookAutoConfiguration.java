package org.opentok.spring.boot.autoconfigure.webhook;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

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
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

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
		Clock time = clock.getIfUnique(Clock::systemUTC);
		WebhookHandler handler = new WebhookHandler(guard(webhook, path, time), new OpenTokEventParser(), publisher,
				metrics.getIfUnique(() -> WebhookMetrics.NONE), new RejectionLog(time),
				(int) webhook.maxBodySize().toBytes(), webhook.failOnListenerError());
		return RouterFunctions.route()
			.POST(path, handler)
			.route(RequestPredicates.path(path), handler::methodNotAllowed)
			.build();
	}

	private static WebhookGuard guard(OpenTokProperties.Webhook webhook, String path, Clock clock) {
		List<String> signatureSecrets = union(webhook.signatureSecret(), webhook.signatureSecrets());
		List<String> secrets = union(webhook.secret(), webhook.secrets());
		if (!signatureSecrets.isEmpty()) {
			if (!secrets.isEmpty()) {
				logger.warn(keysSet(webhook.secret(), webhook.secrets(), "secret") + " not used because "
						+ keysSet(webhook.signatureSecret(), webhook.signatureSecrets(), "signature-secret")
						+ " set: the OpenTok webhook endpoint at " + path + " accepts signed callbacks only");
			}
			return new SignedCallbackGuard(signatureSecrets, clock, new ReplayMemory(ReplayMemory.DEFAULT_MAX_ENTRIES));
		}
		if (!secrets.isEmpty()) {
			return new SharedTokenGuard(secrets);
		}
		logger.warn("The OpenTok webhook endpoint at " + path + " accepts callbacks from anyone: set "
				+ "opentok.webhook.signature-secret (or signature-secrets) to check OpenTok's signed callbacks, or "
				+ "opentok.webhook.secret (or secrets) to require a shared token");
		return WebhookGuard.OPEN;
	}

	// the single secret and the listed ones, without blanks (never a key) or repeats
	private static List<String> union(@Nullable String single, List<String> listed) {
		Set<String> secrets = new LinkedHashSet<>();
		if (StringUtils.hasText(single)) {
			secrets.add(single);
		}
		listed.stream().filter(StringUtils::hasText).forEach(secrets::add);
		return List.copyOf(secrets);
	}

	// names the keys that hold a secret, such as "opentok.webhook.secret is"
	private static String keysSet(@Nullable String single, List<String> listed, String key) {
		List<String> keys = new ArrayList<>();
		if (StringUtils.hasText(single)) {
			keys.add("opentok.webhook." + key);
		}
		if (listed.stream().anyMatch(StringUtils::hasText)) {
			keys.add("opentok.webhook." + key + "s");
		}
		return String.join(" and ", keys) + ((keys.size() > 1) ? " are" : " is");
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
