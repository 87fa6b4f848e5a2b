package org.opentok.spring.docs.reactive;

import java.time.Duration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveOptions;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.archive.ReactiveArchiveClient;
import org.opentok.spring.client.core.OpenTokConflictException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.Resolution;

/**
 * The README's reactive archive snippets.
 */
final class ReactiveArchiveSnippets {

	private ReactiveArchiveSnippets() {
	}

	static Mono<Archive> recordForAMoment(ReactiveArchiveClient archives, String sessionId) {
		// tag::reactive-archives[]
		Mono<Archive> stopped = archives
			.start(ArchiveOptions.builder().sessionId(sessionId).resolution(Resolution.HD_HORIZONTAL).build())
			.delayElement(Duration.ofSeconds(1))
			.flatMap((archive) -> archives.stop(archive.id()));
		// end::reactive-archives[]
		return stopped;
	}

	static Flux<Archive> firstAvailable(ReactiveArchiveClient archives, String sessionId) {
		// tag::reactive-list-archives[]
		// one page per demand: taking 10 stops fetching pages once 10 have come
		Flux<Archive> available = archives.listAll(sessionId, 50)
			.filter((archive) -> archive.status() == ArchiveStatus.AVAILABLE)
			.take(10);
		// end::reactive-list-archives[]
		return available;
	}

	static Mono<ServerResponse> stop(ReactiveArchiveClient archives, String archiveId) {
		// tag::reactive-errors[]
		// 429 and 503 answers are retried already, as opentok.retry.* says
		Mono<ServerResponse> answer = archives.stop(archiveId)
			.flatMap((archive) -> ServerResponse.ok().bodyValue(archive))
			.onErrorResume(OpenTokNotFoundException.class, (ex) -> ServerResponse.notFound().build())
			.onErrorResume(OpenTokConflictException.class, (ex) -> ServerResponse.status(HttpStatus.CONFLICT).build());
		// end::reactive-errors[]
		return answer;
	}

}
