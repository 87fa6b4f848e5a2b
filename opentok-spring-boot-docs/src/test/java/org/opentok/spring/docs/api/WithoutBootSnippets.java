package org.opentok.spring.docs.api;

import java.net.URI;
import java.time.Duration;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.Session;
import org.opentok.spring.client.session.SessionOptions;

/**
 * The README's snippet of the client without Spring Boot.
 */
final class WithoutBootSnippets {

	private WithoutBootSnippets() {
	}

	static Started withoutBoot(String apiKey, String apiSecret, URI apiUrl) {
		// tag::without-boot[]
		OpenTok openTok = OpenTok.builder(apiKey, apiSecret)
			.apiUrl(apiUrl) // optional: https://api.opentok.com by default
			.readTimeout(Duration.ofSeconds(10))
			.build();
		Session session = openTok.sessions().create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build());
		String token = openTok.tokens().generate(session.sessionId());
		// end::without-boot[]
		return new Started(openTok, session.sessionId(), token);
	}

	static Archive record(OpenTok openTok, String sessionId) {
		// tag::without-boot-archive[]
		Archive archive = openTok.archives().start(sessionId);
		openTok.close(); // releases its HTTP connections; OpenTok is AutoCloseable
		// end::without-boot-archive[]
		return archive;
	}

	record Started(OpenTok openTok, String sessionId, String token) {
	}

}
