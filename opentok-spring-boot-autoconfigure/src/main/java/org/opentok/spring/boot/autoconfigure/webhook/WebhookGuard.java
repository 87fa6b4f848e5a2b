package org.opentok.spring.boot.autoconfigure.webhook;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.function.ServerRequest;

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
	BodyCheck admit(ServerRequest request);

	/**
	 * Returns the {@code WWW-Authenticate} challenge of a rejection.
	 * @return the challenge, or {@code null} for none
	 */
	default @Nullable String challenge() {
		return null;
	}

	/**
	 * Checks a body against the credentials that came with it.
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

	}

}
