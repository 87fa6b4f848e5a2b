package org.opentok.spring.docs.firstuse;

import java.time.Duration;
import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.Session;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenGenerator;
import org.opentok.spring.client.token.TokenOptions;

// tag::first-use[]
@RestController
class RoomController {

	private final SessionClient sessions;

	private final TokenGenerator tokens;

	RoomController(SessionClient sessions, TokenGenerator tokens) {
		this.sessions = sessions;
		this.tokens = tokens;
	}

	@PostMapping("/rooms")
	Map<String, String> create() {
		Session session = this.sessions.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build());
		String token = this.tokens.generate(session.sessionId(),
				TokenOptions.builder().role(Role.MODERATOR).data("name=Alice").ttl(Duration.ofHours(2)).build());
		return Map.of("sessionId", session.sessionId(), "token", token);
	}

}
// end::first-use[]
