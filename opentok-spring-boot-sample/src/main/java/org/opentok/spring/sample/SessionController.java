package org.opentok.spring.sample;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.Session;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.client.token.TokenGenerator;

/**
 * Creates a routed OpenTok session and returns it with a publisher token, everything a
 * browser needs to join.
 *
 * @since 0.1.0
 */
@RestController
class SessionController {

	private final SessionClient sessions;

	private final TokenGenerator tokens;

	SessionController(SessionClient sessions, TokenGenerator tokens) {
		this.sessions = sessions;
		this.tokens = tokens;
	}

	@PostMapping("/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	SessionResponse create() {
		Session session = this.sessions.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build());
		return new SessionResponse(session.projectId(), session.sessionId(), this.tokens.generate(session.sessionId()));
	}

	record SessionResponse(String apiKey, String sessionId, String token) {
	}

}
