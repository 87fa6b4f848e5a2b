package org.opentok.spring.client.archive;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import org.opentok.spring.client.core.ReactiveOpenTokTransport;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.opentok.spring.client.support.MockOpenTok.json;

/**
 * {@link ReactiveArchiveClient#listAll(int)} fetches a page only when its subscriber asks
 * for archives no fetched page holds, and validates its arguments before subscription as
 * {@link ArchiveClient} does.
 */
class ReactiveArchiveClientTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final ReactiveOpenTokTransport transport = openTok.reactiveTransport();

	private static final ReactiveArchiveClient client = new ReactiveArchiveClient(transport);

	@AfterAll
	static void closeTransport() {
		transport.close();
	}

	@Test
	void listAllFetchesOnePagePerDemandThatNoFetchedPageMeets() {
		respondWithFiveArchivesInPagesOfTwo();
		StepVerifier.create(client.listAll(2), 0)
			.expectSubscription()
			.then(() -> assertThat(pageRequests()).isZero())
			.thenRequest(1)
			.assertNext((archive) -> assertThat(archive.id()).isEqualTo("archive-0"))
			.then(() -> assertThat(pageRequests()).isEqualTo(1))
			.thenRequest(1)
			.assertNext((archive) -> assertThat(archive.id()).isEqualTo("archive-1"))
			.then(() -> assertThat(pageRequests()).isEqualTo(1))
			.thenRequest(1)
			.assertNext((archive) -> assertThat(archive.id()).isEqualTo("archive-2"))
			.then(() -> assertThat(pageRequests()).isEqualTo(2))
			.thenCancel()
			.verify();
		assertThat(pageRequests()).isEqualTo(2);
	}

	@Test
	void listAllStopsAfterTheLastPage() {
		respondWithFiveArchivesInPagesOfTwo();
		StepVerifier.create(client.listAll(2)).expectNextCount(5).verifyComplete();
		assertThat(openTok.server().retrieveRecordedRequests(request()))
			.extracting((sent) -> sent.getFirstQueryStringParameter("offset"))
			.containsExactly("0", "2", "4");
	}

	@Test
	void listAllValidatesBeforeSubscription() {
		assertThatIllegalArgumentException().isThrownBy(() -> client.listAll(0)).withMessageContaining("'pageSize'");
		assertThatIllegalArgumentException().isThrownBy(() -> client.listAll(null, 10))
			.withMessage("'sessionId' must not be null (to list the archives of every session, use listAll(pageSize))");
		assertThatIllegalArgumentException().isThrownBy(() -> client.stop("../x")).withMessageContaining("'archiveId'");
		openTok.assertNoRequest();
	}

	private static void respondWithFiveArchivesInPagesOfTwo() {
		for (int offset = 0; offset < 5; offset += 2) {
			String items = IntStream.range(offset, Math.min(offset + 2, 5))
				.mapToObj((i) -> "{\"id\":\"archive-" + i + "\",\"status\":\"available\"}")
				.collect(Collectors.joining(","));
			openTok.respond(request().withQueryStringParameter("offset", String.valueOf(offset)),
					json(200, "{\"count\":5,\"items\":[" + items + "]}"));
		}
	}

	private static int pageRequests() {
		return openTok.server().retrieveRecordedRequests(request()).length;
	}

}
