package org.opentok.spring.boot.autoconfigure.webhook;

/**
 * A callback's credentials are missing or wrong. The message says why in terms safe to
 * send back: it never holds a token or a secret.
 *
 * @since 0.1.0
 */
final class WebhookRejectedException extends RuntimeException {

	WebhookRejectedException(String reason) {
		// a routine answer to bad requests: no stack trace to fill
		super(reason, null, false, false);
	}

}
