package org.opentok.spring.boot.autoconfigure.webhook;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of how {@link ReactiveWebhookHandler} reads a body: never past the chunk that
 * crosses the limit.
 */
class ReactiveWebhookHandlerTests {

	private static final int CHUNK = 1024;

	@Test
	void stopsReadingAtTheChunkThatCrossesTheLimit() {
		AtomicInteger emitted = new AtomicInteger();
		Flux<DataBuffer> oneMegabyte = chunks(1024, emitted);
		StepVerifier.create(ReactiveWebhookHandler.readBody(oneMegabyte, 64 * 1024))
			.expectError(DataBufferLimitException.class)
			.verify();
		assertThat(emitted).hasValue(64 + 1);
	}

	@Test
	void readsABodyUpToTheLimit() {
		AtomicInteger emitted = new AtomicInteger();
		StepVerifier.create(ReactiveWebhookHandler.readBody(chunks(64, emitted), 64 * 1024))
			.assertNext((body) -> assertThat(body).hasSize(64 * 1024))
			.verifyComplete();
	}

	@Test
	void readsAnEmptyBodyAsNoBytes() {
		StepVerifier.create(ReactiveWebhookHandler.readBody(Flux.empty(), 10))
			.assertNext((body) -> assertThat(body).isEmpty())
			.verifyComplete();
	}

	private static Flux<DataBuffer> chunks(int count, AtomicInteger emitted) {
		return Flux.range(0, count)
			.<DataBuffer>map((index) -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[CHUNK]))
			.doOnNext((chunk) -> emitted.incrementAndGet());
	}

}
