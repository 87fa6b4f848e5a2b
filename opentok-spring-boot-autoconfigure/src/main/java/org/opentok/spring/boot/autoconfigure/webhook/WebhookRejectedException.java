package org.opentok.spring.boot.autoconfigure.webhook;

/**
 * A callback's credentials are missing or wrong. The message says why in terms safe to
 * send back and to log: one of a fixed set of texts, never holding a token, a secret or
 * anything else from the request.
 *
 * @since 0.1.0
 */
final class WebhookRejectedException extends RuntimeException {

	WebhookRejectedException(String reason) {
		// a routine answer to bad requests: no stack trace to fill
		super(reason, null, false, false);
	}

}
