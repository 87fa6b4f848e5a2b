package org.opentok.spring.boot.autoconfigure.webhook;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * What the webhook endpoint answers, whichever web stack writes it: a status, extra
 * headers, and an RFC 9457 problem detail as the body of an error.
 *
 * @param status the status
 * @param headers headers to add ({@code Allow}, {@code WWW-Authenticate})
 * @param problem the body of an error, or {@code null} for an empty body
 * @since 0.1.0
 */
record WebhookAnswer(HttpStatus status, HttpHeaders headers, @Nullable ProblemDetail problem) {

	private static final WebhookAnswer OK = new WebhookAnswer(HttpStatus.OK, HttpHeaders.EMPTY, null);

	/**
	 * Returns the answer to a callback taken in: 200 with an empty body.
	 * @return the answer
	 */
	static WebhookAnswer ok() {
		return OK;
	}

	/**
	 * Returns an error answer.
	 * @param problem the problem, whose status is the answer's
	 * @param headers headers to add
	 * @return the answer
	 */
	static WebhookAnswer problem(ProblemDetail problem, HttpHeaders headers) {
		return new WebhookAnswer(HttpStatus.valueOf(problem.getStatus()), headers, problem);
	}

}
