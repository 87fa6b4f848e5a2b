package org.opentok.spring.boot.autoconfigure.webhook;

import java.net.InetSocketAddress;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The webhook endpoint on Spring WebFlux: checks a callback's headers on the thread that
 * received it, reads its body without holding more than the limit (the read stops, and
 * the buffers are released, as soon as the limit is passed), then hands the body to the
 * {@link WebhookProcessor} on the given scheduler, where its listeners run, and writes
 * the answer. Listeners are ordinary, often blocking, {@code @EventListener} methods, and
 * the answer waits for them (a failure may answer 500), so they never run on an event
 * loop.
 *
 * @since 0.1.0
 */
final class ReactiveWebhookHandler implements HandlerFunction<ServerResponse> {

	private final WebhookProcessor processor;

	private final Scheduler listenerScheduler;

	/**
	 * Creates the handler.
	 * @param processor what decides the answers
	 * @param listenerScheduler where bodies are checked and events published, one that
	 * allows blocking such as {@code Schedulers.boundedElastic()}
	 */
	ReactiveWebhookHandler(WebhookProcessor processor, Scheduler listenerScheduler) {
		this.processor = processor;
		this.listenerScheduler = listenerScheduler;
	}

	@Override
	public Mono<ServerResponse> handle(ServerRequest request) {
		WebhookRequest webhookRequest = webhookRequest(request);
		WebhookProcessor.Admission admission = this.processor.admit(webhookRequest);
		WebhookAnswer refusal = admission.refusal();
		if (refusal != null) {
			return respond(refusal);
		}
		WebhookGuard.BodyCheck bodyCheck = admission.bodyCheck();
		return readBody(request.bodyToFlux(DataBuffer.class), this.processor.maxBodySize())
			.publishOn(this.listenerScheduler)
			.map((body) -> this.processor.receive(webhookRequest, bodyCheck, body))
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(this.processor.tooLarge(webhookRequest)))
			.flatMap(ReactiveWebhookHandler::respond);
	}

	/**
	 * Answers a request with any method but POST.
	 * @param request the request
	 * @return 405 with an {@code Allow: POST} header
	 */
	Mono<ServerResponse> methodNotAllowed(ServerRequest request) {
		return respond(this.processor.methodNotAllowed(webhookRequest(request)));
	}

	/**
	 * Reads a body of at most {@code maxBodySize} bytes.
	 * @param buffers the body
	 * @param maxBodySize the limit
	 * @return the body, empty for none, or a {@link DataBufferLimitException} once more
	 * than the limit has arrived, without asking for more
	 */
	static Mono<byte[]> readBody(Flux<DataBuffer> buffers, int maxBodySize) {
		return DataBufferUtils.join(buffers, maxBodySize).map((joined) -> {
			try {
				byte[] body = new byte[joined.readableByteCount()];
				joined.read(body);
				return body;
			}
			finally {
				DataBufferUtils.release(joined);
			}
		}).defaultIfEmpty(new byte[0]);
	}

	private static WebhookRequest webhookRequest(ServerRequest request) {
		ServerHttpRequest httpRequest = request.exchange().getRequest();
		return new WebhookRequest(request.headers().asHttpHeaders(), httpRequest.getURI().getRawQuery(),
				httpRequest.getPath().value(), request.headers().contentLength().orElse(-1),
				request.remoteAddress().map(ReactiveWebhookHandler::address).orElse("unknown"));
	}

	private static String address(InetSocketAddress address) {
		return (address.getAddress() != null) ? address.getAddress().getHostAddress() : address.getHostString();
	}

	private static Mono<ServerResponse> respond(WebhookAnswer answer) {
		ServerResponse.BodyBuilder response = ServerResponse.status(answer.status())
			.headers((headers) -> headers.addAll(answer.headers()));
		if (answer.problem() == null) {
			return response.build();
		}
		return response.contentType(MediaType.APPLICATION_PROBLEM_JSON).bodyValue(answer.problem());
	}

}
