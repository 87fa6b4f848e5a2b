package org.opentok.spring.boot.autoconfigure.webhook;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether a callback comes from OpenTok: first from its headers, before the body
 * is read, then from the body.
 *
 * @since 0.1.0
 */
interface WebhookGuard {

	/**
	 * A guard that lets every request in.
	 */
	WebhookGuard OPEN = (request) -> BodyCheck.NONE;

	/**
	 * Checks the request's credentials.
	 * @param request the request, whose body is not read yet
	 * @return the check of the body that the credentials call for
	 * @throws WebhookRejectedException if the credentials are missing or wrong
	 */
	BodyCheck admit(WebhookRequest request);

	/**
	 * Returns the {@code WWW-Authenticate} challenge of a rejection.
	 * @return the challenge, or {@code null} for none
	 */
	default @Nullable String challenge() {
		return null;
	}

	/**
	 * Checks a body against the credentials that came with it, and tells a first delivery
	 * from a replay where the credentials allow it.
	 *
	 * @since 0.1.0
	 */
	@FunctionalInterface
	interface BodyCheck {

		/**
		 * A check that accepts any body.
		 */
		BodyCheck NONE = (body) -> {
		};

		/**
		 * Checks the body.
		 * @param body the raw body
		 * @throws WebhookRejectedException if the body is not the one the credentials
		 * were issued for
		 */
		void verify(byte[] body);

		/**
		 * Records that the callback made of these credentials and this body is about to
		 * be published.
		 * @param body the raw body, verified
		 * @return {@code false} when the same callback was delivered before (a replay),
		 * {@code true} otherwise or when the credentials cannot tell
		 */
		default boolean firstDelivery(byte[] body) {
			return true;
		}

		/**
		 * Forgets the callback made of these credentials and this body, so that its next
		 * delivery is published: its listeners failed and OpenTok is asked to send it
		 * again.
		 * @param body the raw body
		 */
		default void forget(byte[] body) {
		}

	}

}
