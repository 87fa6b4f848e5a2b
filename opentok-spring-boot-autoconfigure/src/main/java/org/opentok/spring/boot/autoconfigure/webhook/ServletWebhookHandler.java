package org.opentok.spring.boot.autoconfigure.webhook;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The webhook endpoint on Spring MVC: reads the body of an admitted callback from the
 * servlet request, never more than the limit plus one byte, and writes the
 * {@link WebhookProcessor}'s answers. Listeners run on the container's request thread.
 *
 * @since 0.1.0
 */
final class ServletWebhookHandler implements HandlerFunction<ServerResponse> {

	private final WebhookProcessor processor;

	ServletWebhookHandler(WebhookProcessor processor) {
		this.processor = processor;
	}

	@Override
	public ServerResponse handle(ServerRequest request) throws IOException {
		WebhookRequest webhookRequest = webhookRequest(request);
		WebhookProcessor.Admission admission = this.processor.admit(webhookRequest);
		if (admission.refusal() != null) {
			return respond(admission.refusal());
		}
		byte[] body = readBody(request.servletRequest());
		if (body == null) {
			return respond(this.processor.tooLarge(webhookRequest));
		}
		return respond(this.processor.receive(webhookRequest, admission.bodyCheck(), body));
	}

	/**
	 * Answers a request with any method but POST.
	 * @param request the request
	 * @return 405 with an {@code Allow: POST} header
	 */
	ServerResponse methodNotAllowed(ServerRequest request) {
		return respond(this.processor.methodNotAllowed(webhookRequest(request)));
	}

	// the announced length was checked on admission: a body found to be over the limit
	// is not read further
	private byte @Nullable [] readBody(HttpServletRequest request) throws IOException {
		InputStream in = request.getInputStream();
		byte[] body = in.readNBytes(this.processor.maxBodySize() + 1);
		return (body.length > this.processor.maxBodySize()) ? null : body;
	}

	private static WebhookRequest webhookRequest(ServerRequest request) {
		HttpServletRequest servletRequest = request.servletRequest();
		return new WebhookRequest(request.headers().asHttpHeaders(), servletRequest.getQueryString(),
				servletRequest.getRequestURI(), servletRequest.getContentLengthLong(), servletRequest.getRemoteAddr());
	}

	private static ServerResponse respond(WebhookAnswer answer) {
		ServerResponse.BodyBuilder response = ServerResponse.status(answer.status())
			.headers((headers) -> headers.addAll(answer.headers()));
		if (answer.problem() == null) {
			return response.build();
		}
		return response.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(answer.problem());
	}

}
