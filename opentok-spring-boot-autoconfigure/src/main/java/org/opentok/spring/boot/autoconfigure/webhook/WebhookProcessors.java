package org.opentok.spring.boot.autoconfigure.webhook;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.StringUtils;

import org.opentok.spring.boot.autoconfigure.OpenTokProperties;
import org.opentok.spring.client.webhook.OpenTokEventParser;

/**
 * Builds the {@link WebhookProcessor} that the servlet and the reactive endpoints share,
 * from {@code opentok.webhook.*}: the guard the secrets call for (warning at start-up
 * when the endpoint accepts anyone or a secret goes unused), the parser, the limits.
 *
 * @since 0.1.0
 */
final class WebhookProcessors {

	private static final Log logger = LogFactory.getLog(WebhookProcessors.class);

	private WebhookProcessors() {
	}

	static WebhookProcessor create(OpenTokProperties.Webhook webhook, ApplicationEventPublisher publisher,
			WebhookMetrics metrics, Clock clock) {
		return new WebhookProcessor(guard(webhook, webhook.path(), clock), new OpenTokEventParser(), publisher, metrics,
				new RejectionLog(clock), (int) webhook.maxBodySize().toBytes(), webhook.failOnListenerError());
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

}
