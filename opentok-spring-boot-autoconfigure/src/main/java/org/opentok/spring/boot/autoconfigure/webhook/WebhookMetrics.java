package org.opentok.spring.boot.autoconfigure.webhook;

import org.opentok.spring.client.webhook.OpenTokEventKind;

/**
 * Counts what the webhook endpoint did with each request.
 *
 * @since 0.1.0
 */
interface WebhookMetrics {

	/**
	 * Metrics that count nothing, for apps without Micrometer.
	 */
	WebhookMetrics NONE = new WebhookMetrics() {
	};

	/**
	 * An event was published and every listener returned.
	 * @param kind the event's kind
	 */
	default void published(OpenTokEventKind kind) {
	}

	/**
	 * An event was published and a listener threw.
	 * @param kind the event's kind
	 */
	default void failed(OpenTokEventKind kind) {
	}

	/**
	 * A signed callback delivered before was answered without being published again.
	 * @param kind the event's kind
	 */
	default void replayed(OpenTokEventKind kind) {
	}

	/**
	 * A request was turned away for missing or wrong credentials.
	 */
	default void rejected() {
	}

	/**
	 * A request's body or content type was not an OpenTok callback.
	 */
	default void invalid() {
	}

}
