package org.opentok.spring.boot.autoconfigure.webhook;

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

import org.opentok.spring.client.webhook.InvalidOpenTokEventException;
import org.opentok.spring.client.webhook.OpenTokEvent;
import org.opentok.spring.client.webhook.OpenTokEventParser;

/**
 * Decides what the webhook endpoint does with a callback, for any web stack: checks its
 * credentials, content type and announced size before the body is read, then checks the
 * body against the credentials, parses it and publishes the event, unless it is a replay
 * of a signed callback delivered before. Answers 200 once the listeners have run or for a
 * replay, 401 for bad credentials, 415 for a body that is not JSON and 400 for a body
 * that is too large or not an OpenTok callback, each rejection logged through a
 * {@link RejectionLog}; any method but POST gets 405. Errors are RFC 9457 problem details
 * whose {@code instance} is the request path. Reading the body, within
 * {@link #maxBodySize()} bytes, and writing the answer are left to the web stack's
 * adapter. Thread-safe.
 *
 * @since 0.1.0
 */
final class WebhookProcessor {

	private static final Log logger = LogFactory.getLog(WebhookProcessor.class);

	private static final String NOT_A_CALLBACK = "The body is not an OpenTok callback";

	private final WebhookGuard guard;

	private final OpenTokEventParser parser;

	private final ApplicationEventPublisher publisher;

	private final WebhookMetrics metrics;

	private final RejectionLog rejections;

	private final int maxBodySize;

	private final boolean failOnListenerError;

	WebhookProcessor(WebhookGuard guard, OpenTokEventParser parser, ApplicationEventPublisher publisher,
			WebhookMetrics metrics, RejectionLog rejections, int maxBodySize, boolean failOnListenerError) {
		this.guard = guard;
		this.parser = parser;
		this.publisher = publisher;
		this.metrics = metrics;
		this.rejections = rejections;
		this.maxBodySize = maxBodySize;
		this.failOnListenerError = failOnListenerError;
	}

	/**
	 * Returns the largest body accepted: an adapter reads at most one byte more.
	 * @return the limit in bytes
	 */
	int maxBodySize() {
		return this.maxBodySize;
	}

	/**
	 * Checks a POST before its body is read: credentials, content type and announced
	 * length.
	 * @param request the request
	 * @return the check of the body that the credentials call for, or the answer that
	 * turns the request away without reading its body
	 */
	Admission admit(WebhookRequest request) {
		WebhookGuard.BodyCheck bodyCheck;
		try {
			bodyCheck = this.guard.admit(request);
		}
		catch (WebhookRejectedException ex) {
			return Admission.refused(rejected(request, ex));
		}
		if (!isJson(request.headers())) {
			String reason = "The body must be JSON (application/json)";
			return Admission.refused(invalid(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, reason, reason));
		}
		if (request.contentLength() > this.maxBodySize) {
			return Admission.refused(tooLarge(request));
		}
		return Admission.admitted(bodyCheck);
	}

	/**
	 * Answers a request whose body turned out to be longer than {@link #maxBodySize()}
	 * while it was read.
	 * @param request the request
	 * @return 400
	 */
	WebhookAnswer tooLarge(WebhookRequest request) {
		String reason = "The body is larger than " + this.maxBodySize + " bytes";
		return invalid(request, HttpStatus.BAD_REQUEST, reason, reason);
	}

	/**
	 * Takes in the body of an admitted request: checks it against the credentials, parses
	 * it and publishes the event on the calling thread, unless it is a replay.
	 * @param request the request
	 * @param bodyCheck the check that {@link #admit(WebhookRequest)} returned
	 * @param body the body, of at most {@link #maxBodySize()} bytes
	 * @return the answer
	 */
	WebhookAnswer receive(WebhookRequest request, WebhookGuard.BodyCheck bodyCheck, byte[] body) {
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
			return WebhookAnswer.ok();
		}
		return publish(request, event, bodyCheck, body);
	}

	/**
	 * Answers a request with any method but POST.
	 * @param request the request
	 * @return 405 with an {@code Allow: POST} header
	 */
	WebhookAnswer methodNotAllowed(WebhookRequest request) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ALLOW, HttpMethod.POST.name());
		return WebhookAnswer.problem(
				problem(request, HttpStatus.METHOD_NOT_ALLOWED, "The OpenTok webhook endpoint accepts POST only"),
				headers);
	}

	private WebhookAnswer publish(WebhookRequest request, OpenTokEvent event, WebhookGuard.BodyCheck bodyCheck,
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
				return WebhookAnswer.problem(
						problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "A listener of the event failed"),
						HttpHeaders.EMPTY);
			}
			return WebhookAnswer.ok();
		}
		this.metrics.published(event.kind());
		return WebhookAnswer.ok();
	}

	private static boolean isJson(HttpHeaders headers) {
		try {
			MediaType contentType = headers.getContentType();
			return contentType != null && contentType.getType().equals("application")
					&& (contentType.getSubtype().equals("json") || "json".equals(contentType.getSubtypeSuffix()));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private WebhookAnswer rejected(WebhookRequest request, WebhookRejectedException ex) {
		this.metrics.rejected();
		String reason = ex.getMessage();
		this.rejections.rejected(HttpStatus.UNAUTHORIZED.value(), reason, request.remoteAddress());
		HttpHeaders headers = new HttpHeaders();
		String challenge = this.guard.challenge();
		if (challenge != null) {
			headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge);
		}
		return WebhookAnswer.problem(problem(request, HttpStatus.UNAUTHORIZED, reason), headers);
	}

	private WebhookAnswer invalid(WebhookRequest request, HttpStatus status, String reason, @Nullable String detail) {
		this.metrics.invalid();
		this.rejections.rejected(status.value(), reason, request.remoteAddress());
		return WebhookAnswer.problem(problem(request, status, detail), HttpHeaders.EMPTY);
	}

	private static ProblemDetail problem(WebhookRequest request, HttpStatus status, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		// the path without the query, which may hold a shared token
		problem.setInstance(URI.create(request.path()));
		return problem;
	}

	/**
	 * The outcome of {@link #admit(WebhookRequest)}: the body check to run once the body
	 * is read, or the answer that turns the request away.
	 *
	 * @param bodyCheck the check of the body, or {@code null} when refused
	 * @param refusal the answer, or {@code null} when admitted
	 */
	record Admission(WebhookGuard.@Nullable BodyCheck bodyCheck, @Nullable WebhookAnswer refusal) {

		static Admission admitted(WebhookGuard.BodyCheck bodyCheck) {
			return new Admission(bodyCheck, null);
		}

		static Admission refused(WebhookAnswer refusal) {
			return new Admission(null, refusal);
		}

	}

}
