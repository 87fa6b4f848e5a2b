package org.opentok.spring.boot.autoconfigure.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import org.opentok.spring.client.webhook.InvalidOpenTokEventException;
import org.opentok.spring.client.webhook.OpenTokEvent;
import org.opentok.spring.client.webhook.OpenTokEventParser;

/**
 * Receives one callback: checks its credentials, content type and size, reads the body
 * (never more than the limit plus one byte), parses it and publishes the event, unless it
 * is a replay of a signed callback delivered before. Answers 200 once the listeners have
 * run or for a replay, 401 for bad credentials, 415 for a body that is not JSON and 400
 * for a body that is too large or not an OpenTok callback, each rejection logged through
 * a {@link RejectionLog}; any method but POST gets 405. Errors are RFC 9457 problem
 * details whose {@code instance} is the request path.
 *
 * @since 0.1.0
 */
final class WebhookHandler implements HandlerFunction<ServerResponse> {

	private static final Log logger = LogFactory.getLog(WebhookHandler.class);

	private static final String NOT_A_CALLBACK = "The body is not an OpenTok callback";

	private final WebhookGuard guard;

	private final OpenTokEventParser parser;

	private final ApplicationEventPublisher publisher;

	private final WebhookMetrics metrics;

	private final RejectionLog rejections;

	private final int maxBodySize;

	private final boolean failOnListenerError;

	WebhookHandler(WebhookGuard guard, OpenTokEventParser parser, ApplicationEventPublisher publisher,
			WebhookMetrics metrics, RejectionLog rejections, int maxBodySize, boolean failOnListenerError) {
		this.guard = guard;
		this.parser = parser;
		this.publisher = publisher;
		this.metrics = metrics;
		this.rejections = rejections;
		this.maxBodySize = maxBodySize;
		this.failOnListenerError = failOnListenerError;
	}

	@Override
	public ServerResponse handle(ServerRequest request) throws IOException {
		WebhookGuard.BodyCheck bodyCheck;
		try {
			bodyCheck = this.guard.admit(request);
		}
		catch (WebhookRejectedException ex) {
			return rejected(request, ex);
		}
		if (!isJson(request)) {
			String reason = "The body must be JSON (application/json)";
			return invalid(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, reason, reason);
		}
		byte[] body = readBody(request);
		if (body == null) {
			String reason = "The body is larger than " + this.maxBodySize + " bytes";
			return invalid(request, HttpStatus.BAD_REQUEST, reason, reason);
		}
		try {
			bodyCheck.verify(body);
		}
		catch (WebhookRejectedException ex) {
			return rejected(request, ex);
		}
		OpenTokEvent event;
		try {
			event = this.parser.parse(body);
		}
		catch (InvalidOpenTokEventException ex) {
			// the parser's message may quote the body: the log gets a fixed reason
			return invalid(request, HttpStatus.BAD_REQUEST, NOT_A_CALLBACK, ex.getMessage());
		}
		if (!bodyCheck.firstDelivery(body)) {
			this.metrics.replayed(event.kind());
			if (logger.isDebugEnabled()) {
				logger.debug("Answered a replayed OpenTok " + event.kind().value() + " callback without publishing it");
			}
			return ServerResponse.ok().build();
		}
		return publish(request, event, bodyCheck, body);
	}

	/**
	 * Answers a request with any method but POST.
	 * @param request the request
	 * @return 405 with an {@code Allow: POST} header
	 */
	ServerResponse methodNotAllowed(ServerRequest request) {
		ProblemDetail problem = problem(request, HttpStatus.METHOD_NOT_ALLOWED,
				"The OpenTok webhook endpoint accepts POST only");
		return problemResponse(problem).header(HttpHeaders.ALLOW, HttpMethod.POST.name()).body(problem);
	}

	private ServerResponse publish(ServerRequest request, OpenTokEvent event, WebhookGuard.BodyCheck bodyCheck,
			byte[] body) {
		try {
			this.publisher.publishEvent(event);
		}
		catch (RuntimeException ex) {
			this.metrics.failed(event.kind());
			logger.error("A listener of an OpenTok " + event.kind().value() + " event failed", ex);
			if (this.failOnListenerError) {
				// OpenTok sends it again: that delivery is no replay
				bodyCheck.forget(body);
				return answer(problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "A listener of the event failed"));
			}
			return ServerResponse.ok().build();
		}
		this.metrics.published(event.kind());
		return ServerResponse.ok().build();
	}

	private static boolean isJson(ServerRequest request) {
		try {
			MediaType contentType = request.headers().contentType().orElse(null);
			return contentType != null && contentType.getType().equals("application")
					&& (contentType.getSubtype().equals("json") || "json".equals(contentType.getSubtypeSuffix()));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	// a body announced or found to be over the limit is never read in full
	private byte @Nullable [] readBody(ServerRequest request) throws IOException {
		if (request.servletRequest().getContentLengthLong() > this.maxBodySize) {
			return null;
		}
		InputStream in = request.servletRequest().getInputStream();
		byte[] body = in.readNBytes(this.maxBodySize + 1);
		return (body.length > this.maxBodySize) ? null : body;
	}

	private ServerResponse rejected(ServerRequest request, WebhookRejectedException ex) {
		this.metrics.rejected();
		String reason = ex.getMessage();
		this.rejections.rejected(HttpStatus.UNAUTHORIZED.value(), reason, remoteAddress(request));
		ProblemDetail problem = problem(request, HttpStatus.UNAUTHORIZED, reason);
		ServerResponse.BodyBuilder response = problemResponse(problem);
		String challenge = this.guard.challenge();
		if (challenge != null) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
		}
		return response.body(problem);
	}

	private ServerResponse invalid(ServerRequest request, HttpStatus status, String reason, @Nullable String detail) {
		this.metrics.invalid();
		this.rejections.rejected(status.value(), reason, remoteAddress(request));
		return answer(problem(request, status, detail));
	}

	private static String remoteAddress(ServerRequest request) {
		return request.servletRequest().getRemoteAddr();
	}

	private static ProblemDetail problem(ServerRequest request, HttpStatus status, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		// the path without the query, which may hold a shared token
		problem.setInstance(URI.create(request.servletRequest().getRequestURI()));
		return problem;
	}

	private static ServerResponse.BodyBuilder problemResponse(ProblemDetail problem) {
		return ServerResponse.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static ServerResponse answer(ProblemDetail problem) {
		return problemResponse(problem).body(problem);
	}

}
