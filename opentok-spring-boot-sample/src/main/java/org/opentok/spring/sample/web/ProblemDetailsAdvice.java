package org.opentok.spring.sample.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokConflictException;
import org.opentok.spring.client.core.OpenTokException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.OpenTokRateLimitedException;
import org.opentok.spring.client.core.OpenTokTransportException;
import org.opentok.spring.sample.room.RoomNotFoundException;

/**
 * Answers every error with an RFC 9457 problem detail: Spring MVC's own errors (bad JSON,
 * failed validation, unknown routes) through {@link ResponseEntityExceptionHandler}, and
 * the app's and OpenTok's errors here.
 *
 * @since 0.1.0
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final String TYPE_BASE = "https://opentok-spring-boot.example/problems/";

	@ExceptionHandler
	ProblemDetail roomNotFound(RoomNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "room-not-found", "Room not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidArgument(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-argument", "Invalid argument", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail openTok(OpenTokException ex) {
		ProblemDetail problem;
		if (ex instanceof OpenTokNotFoundException) {
			problem = problem(HttpStatus.NOT_FOUND, "opentok-not-found", "Not found at OpenTok", ex.getMessage());
		}
		else if (ex instanceof OpenTokConflictException) {
			problem = problem(HttpStatus.CONFLICT, "opentok-conflict", "Refused by OpenTok", ex.getMessage());
		}
		else if (ex instanceof OpenTokRateLimitedException) {
			problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "opentok-rate-limited", "OpenTok is busy",
					ex.getMessage());
		}
		else if (ex instanceof OpenTokTransportException) {
			problem = problem(HttpStatus.GATEWAY_TIMEOUT, "opentok-unreachable", "OpenTok did not answer",
					ex.getMessage());
		}
		else {
			problem = problem(HttpStatus.BAD_GATEWAY, "opentok-error", "OpenTok call failed", ex.getMessage());
		}
		if (ex instanceof OpenTokApiException api) {
			problem.setProperty("opentokStatus", api.getStatusCode());
		}
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

}
