package org.opentok.spring.sample.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokConflictException;
import org.opentok.spring.client.core.OpenTokException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.OpenTokRateLimitedException;
import org.opentok.spring.client.core.OpenTokTransportException;
import org.opentok.spring.sample.room.RoomMediaModeConflictException;
import org.opentok.spring.sample.room.RoomNotFoundException;

/**
 * Answers every error with an RFC 9457 problem detail: Spring MVC's own errors (bad JSON,
 * failed validation, unknown routes) through {@link ResponseEntityExceptionHandler}, with
 * each invalid value named, and the app's and OpenTok's errors here.
 *
 * @since 0.1.0
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final String TYPE_BASE = "https://opentok-spring-boot.example/problems/";

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ex.getBody().setDetail(describe(ex.getParameterValidationResults()));
		return super.handleHandlerMethodValidationException(ex, headers, status, request);
	}

	// Spring's detail is only "Validation failure": name each invalid value instead
	private static String describe(List<ParameterValidationResult> results) {
		List<String> invalid = new ArrayList<>();
		for (ParameterValidationResult result : results) {
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				String name = (error instanceof FieldError field) ? field.getField()
						: result.getMethodParameter().getParameterName();
				invalid.add(name + " " + error.getDefaultMessage());
			}
		}
		return "Invalid request: " + String.join("; ", invalid);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = describeInvalidValue(ex);
		if (detail == null) {
			return super.handleHttpMessageNotReadable(ex, headers, status, request);
		}
		ProblemDetail body = createProblemDetail(ex, status, detail, null, null, request);
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	// Spring's detail is only "Failed to read request": name the field and the value.
	// The client's enums refuse a value in their JSON creator, with an
	// IllegalArgumentException that quotes it and lists the values allowed; other types
	// fail Jackson's own conversion
	private static @Nullable String describeInvalidValue(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ValueInstantiationException refused
					&& refused.getCause() instanceof IllegalArgumentException reason) {
				return "Invalid value for " + field(refused) + ": " + reason.getMessage();
			}
			if (cause instanceof InvalidFormatException invalid) {
				return "Invalid value '" + invalid.getValue() + "' for " + field(invalid);
			}
		}
		return null;
	}

	private static String field(JacksonException ex) {
		List<JacksonException.Reference> path = ex.getPath();
		return path.isEmpty() ? "body" : path.get(path.size() - 1).getPropertyName();
	}

	@ExceptionHandler
	ProblemDetail roomNotFound(RoomNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "room-not-found", "Room not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail roomMediaModeConflict(RoomMediaModeConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "room-media-mode-conflict",
				"Room exists with another media mode", ex.getMessage());
		problem.setProperty("mediaMode", ex.getMediaMode());
		return problem;
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
