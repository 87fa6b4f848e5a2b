package org.opentok.spring.sample;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokException;

/**
 * Answers OpenTok failures with RFC 9457 problem details: 502 when OpenTok refused or
 * failed, 504 when it could not be reached.
 *
 * @since 0.1.0
 */
@RestControllerAdvice
class OpenTokErrorHandler {

	@ExceptionHandler
	ProblemDetail handle(OpenTokException ex) {
		HttpStatus status = (ex instanceof OpenTokApiException) ? HttpStatus.BAD_GATEWAY : HttpStatus.GATEWAY_TIMEOUT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle("OpenTok call failed");
		if (ex instanceof OpenTokApiException api) {
			problem.setProperty("opentokStatus", api.getStatusCode());
		}
		return problem;
	}

}
