package org.opentok.spring.boot.autoconfigure.webhook;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
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
 * for a body that is too large or not an OpenTok callback, the errors as RFC 9457 problem
 * details.
 *
 * @since 0.1.0
 */
final class WebhookHandler implements HandlerFunction<ServerResponse> {

	private static final Log logger = LogFactory.getLog(WebhookHandler.class);

	private final WebhookGuard guard;

	private final OpenTokEventParser parser;

	private final ApplicationEventPublisher publisher;

	private final WebhookMetrics metrics;

	private final int maxBodySize;

	private final boolean failOnListenerError;

	WebhookHandler(WebhookGuard guard, OpenTokEventParser parser, ApplicationEventPublisher publisher,
			WebhookMetrics metrics, int maxBodySize, boolean failOnListenerError) {
		this.guard = guard;
		this.parser = parser;
		this.publisher = publisher;
		this.metrics = metrics;
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
			return rejected(ex);
		}
		if (!isJson(request)) {
			this.metrics.invalid();
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body must be JSON (application/json)");
		}
		byte[] body = readBody(request);
		if (body == null) {
			this.metrics.invalid();
			return problem(HttpStatus.BAD_REQUEST, "The body is larger than " + this.maxBodySize + " bytes");
		}
		try {
			bodyCheck.verify(body);
		}
		catch (WebhookRejectedException ex) {
			return rejected(ex);
		}
		OpenTokEvent event;
		try {
			event = this.parser.parse(body);
		}
		catch (InvalidOpenTokEventException ex) {
			this.metrics.invalid();
			return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		if (!bodyCheck.firstDelivery(body)) {
			this.metrics.replayed(event.kind());
			if (logger.isDebugEnabled()) {
				logger.debug("Answered a replayed OpenTok " + event.kind().value() + " callback without publishing it");
			}
			return ServerResponse.ok().build();
		}
		return publish(event, bodyCheck, body);
	}

	private ServerResponse publish(OpenTokEvent event, WebhookGuard.BodyCheck bodyCheck, byte[] body) {
		try {
			this.publisher.publishEvent(event);
		}
		catch (RuntimeException ex) {
			this.metrics.failed(event.kind());
			logger.error("A listener of an OpenTok " + event.kind().value() + " event failed", ex);
			if (this.failOnListenerError) {
				// OpenTok sends it again: that delivery is no replay
				bodyCheck.forget(body);
				return problem(HttpStatus.INTERNAL_SERVER_ERROR, "A listener of the event failed");
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

	private ServerResponse rejected(WebhookRejectedException ex) {
		this.metrics.rejected();
		if (logger.isDebugEnabled()) {
			logger.debug("Rejected an OpenTok callback: " + ex.getMessage());
		}
		ServerResponse.BodyBuilder response = ServerResponse.status(HttpStatus.UNAUTHORIZED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		String challenge = this.guard.challenge();
		if (challenge != null) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
		}
		return response.body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage()));
	}

	private static ServerResponse problem(HttpStatus status, @Nullable String detail) {
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
