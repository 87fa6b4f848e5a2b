package org.opentok.spring.docs.api;

import java.util.function.Consumer;

import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenGenerator;
import org.opentok.spring.client.token.TokenOptions;

/**
 * The README's token streaming snippet.
 */
final class TokenSnippets {

	private TokenSnippets() {
	}

	static void streamTokens(TokenGenerator tokens, String sessionId, int count, Consumer<String> seats) {
		// tag::tokens-stream[]
		// made as the stream is consumed and held by nothing: a million take no more
		// memory than one
		tokens.stream(sessionId, TokenOptions.builder().role(Role.SUBSCRIBER).build(), count).parallel().forEach(seats);
		// end::tokens-stream[]
	}

}
