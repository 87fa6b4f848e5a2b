package org.opentok.spring.docs.reactive;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.opentok.spring.client.ReactiveOpenTok;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;

// tag::reactive-room-handler[]
@Component
class RoomHandler {

	private final ReactiveOpenTok openTok;

	RoomHandler(ReactiveOpenTok openTok) {
		this.openTok = openTok;
	}

	Mono<ServerResponse> createRoom(ServerRequest request) {
		return this.openTok.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
			// tokens are signed in memory, without I/O: fine on the event loop
			.map((session) -> Map.of("sessionId", session.sessionId(), "token",
					this.openTok.tokens().generate(session.sessionId())))
			.flatMap((room) -> ServerResponse.ok().bodyValue(room));
	}

}
// end::reactive-room-handler[]
