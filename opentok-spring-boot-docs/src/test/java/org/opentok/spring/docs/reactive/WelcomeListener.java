package org.opentok.spring.docs.reactive;

import reactor.core.publisher.Mono;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.opentok.spring.client.ReactiveOpenTok;
import org.opentok.spring.client.signal.Signal;
import org.opentok.spring.client.webhook.ConnectionCreatedEvent;

// tag::reactive-webhook-listener[]
@Component
class WelcomeListener {

	private final ReactiveOpenTok openTok;

	WelcomeListener(ReactiveOpenTok openTok) {
		this.openTok = openTok;
	}

	// Spring subscribes to the returned Mono
	@EventListener
	Mono<Void> on(ConnectionCreatedEvent event) {
		return this.openTok.signals()
			.sendToConnection(event.sessionId(), event.connection().id(), Signal.of("welcome", "Hello!"));
	}

}
// end::reactive-webhook-listener[]
