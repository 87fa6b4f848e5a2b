package org.opentok.spring.client.archive;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockserver.model.HttpRequest;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokAuthenticationException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokServerException;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.opentok.spring.client.archive.ArchiveTestSupport.ARCHIVES;
import static org.opentok.spring.client.archive.ArchiveTestSupport.assertRequest;
import static org.opentok.spring.client.archive.ArchiveTestSupport.error;
import static org.opentok.spring.client.archive.ArchiveTestSupport.json;
import static org.opentok.spring.client.support.MockOpenTok.SESSION_ID;
import static org.opentok.spring.client.support.MockOpenTok.queryNames;

/**
 * {@link ArchiveClient#list(ArchiveQuery)} and the lazy {@code listAll} streams.
 */
class ArchiveClientListTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final ArchiveClient client = new ArchiveClient(openTok.transport());

	private static String archive(String id) {
		return """
				{"id":"%s","status":"available","sessionId":"%s","createdAt":1700000000000,"duration":5,"size":100,
				 "url":"https://archives.example.com/%s.mp4","unknownField":1}
				""".formatted(id, SESSION_ID, id);
	}

	private static String page(int total, String... ids) {
		return "{\"count\":" + total + ",\"items\":["
				+ String.join(",", Stream.of(ids).map(ArchiveClientListTests::archive).toList()) + "]}";
	}

	@Test
	void listWithoutParametersSendsNoQueryString() {
		openTok.respond(request(), json(200, page(60, "a-1", "a-2")));
		Page<Archive> page = client.list(ArchiveQuery.all());
		HttpRequest sent = openTok.onlyRequest();
		assertRequest(sent, "GET", ARCHIVES, false);
		assertThat(queryNames(sent)).isEmpty();
		assertThat(page.totalCount()).isEqualTo(60);
		assertThat(page.items()).extracting(Archive::id).containsExactly("a-1", "a-2");
		assertThat(page.items().get(0).status()).isEqualTo(ArchiveStatus.AVAILABLE);
	}

	@Test
	void listSendsEverySetParameterIncludingZeros() {
		openTok.respond(request(), json(200, page(0)));
		Page<Archive> page = client.list(ArchiveQuery.builder().sessionId(SESSION_ID).offset(0).count(0).build());
		HttpRequest sent = openTok.onlyRequest();
		assertRequest(sent, "GET", ARCHIVES, false);
		assertThat(queryNames(sent)).containsExactlyInAnyOrder("offset", "count", "sessionId");
		assertThat(sent.getFirstQueryStringParameter("offset")).isEqualTo("0");
		assertThat(sent.getFirstQueryStringParameter("count")).isEqualTo("0");
		assertThat(sent.getFirstQueryStringParameter("sessionId")).isEqualTo(SESSION_ID);
		assertThat(page.totalCount()).isZero();
		assertThat(page.items()).isEmpty();
	}

	@Test
	void listSendsOnlyTheParametersThatAreSet() {
		openTok.respond(request(), json(200, page(1, "a-1")));
		client.list(ArchiveQuery.forSession(SESSION_ID));
		client.list(ArchiveQuery.builder().offset(50).count(1000).build());
		HttpRequest[] sent = openTok.server().retrieveRecordedRequests(request());
		assertThat(queryNames(sent[0])).containsExactly("sessionId");
		assertThat(sent[0].getFirstQueryStringParameter("sessionId")).isEqualTo(SESSION_ID);
		assertThat(queryNames(sent[1])).containsExactlyInAnyOrder("offset", "count");
		assertThat(sent[1].getFirstQueryStringParameter("offset")).isEqualTo("50");
		assertThat(sent[1].getFirstQueryStringParameter("count")).isEqualTo("1000");
	}

	@Test
	void refusesOutOfBoundsQueriesBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> client.list(null))
			.withMessage("'query' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> ArchiveQuery.builder().offset(-1).build())
			.withMessage("'offset' must be between 0 and 2147483647, got -1");
		assertThatIllegalArgumentException().isThrownBy(() -> ArchiveQuery.builder().count(-1).build())
			.withMessage("'count' must be between 0 and 1000, got -1");
		assertThatIllegalArgumentException().isThrownBy(() -> ArchiveQuery.builder().count(1001).build())
			.withMessage("'count' must be between 0 and 1000, got 1001");
		assertThatIllegalArgumentException().isThrownBy(() -> ArchiveQuery.forSession("a/b"))
			.withMessageStartingWith("'sessionId' must be an OpenTok session id");
		assertThatIllegalArgumentException().isThrownBy(() -> client.listAll(" "))
			.withMessage("'sessionId' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> client.listAll(0))
			.withMessage("'pageSize' must be between 1 and 1000, got 0");
		assertThatIllegalArgumentException().isThrownBy(() -> client.listAll(SESSION_ID, 1001))
			.withMessage("'pageSize' must be between 1 and 1000, got 1001");
		openTok.assertNoRequest();
	}

	@Test
	void refusesANullSessionInsteadOfListingEveryArchive() {
		assertThatIllegalArgumentException().isThrownBy(() -> ArchiveQuery.forSession(null))
			.withMessage("'sessionId' must not be null (to list the archives of every session, leave it out)");
		assertThatIllegalArgumentException().isThrownBy(() -> ArchiveQuery.builder().sessionId(null))
			.withMessage("'sessionId' must not be null (to list the archives of every session, leave it out)");
		assertThatIllegalArgumentException().isThrownBy(() -> client.listAll(null, 10))
			.withMessage("'sessionId' must not be null (to list the archives of every session, use listAll(pageSize))");
		openTok.assertNoRequest();
		assertThat(ArchiveQuery.all().sessionId()).isNull();
		assertThat(ArchiveQuery.builder().count(5).build().sessionId()).isNull();
	}

	@ParameterizedTest
	@ValueSource(ints = { 403, 500 })
	void mapsTheDocumentedErrorStatuses(int status) {
		openTok.respond(request(), error(status, "Something went wrong"));
		Class<? extends OpenTokApiException> type = (status == 403) ? OpenTokAuthenticationException.class
				: OpenTokServerException.class;
		assertThatExceptionOfType(OpenTokApiException.class).isThrownBy(() -> client.list(ArchiveQuery.all()))
			.isExactlyInstanceOf(type)
			.withMessage("archive.list failed: " + status + " Something went wrong")
			.satisfies((ex) -> {
				assertThat(ex.getOperation()).isEqualTo(OpenTokOperation.ARCHIVE_LIST);
				assertThat(ex.getStatusCode()).isEqualTo(status);
				assertThat(ex.getErrorCode()).isEqualTo(15001);
			});
	}

	@Test
	void listAllFetchesExactlyThePagesNeeded() {
		openTok.respond(request().withQueryStringParameter("offset", "0"), json(200, page(3, "a-1", "a-2")));
		openTok.respond(request().withQueryStringParameter("offset", "2"), json(200, page(3, "a-3")));
		List<String> ids = client.listAll(2).map(Archive::id).toList();
		assertThat(ids).containsExactly("a-1", "a-2", "a-3");
		HttpRequest[] sent = openTok.server().retrieveRecordedRequests(request());
		assertThat(sent).hasSize(2);
		assertThat(sent).allSatisfy((request) -> {
			assertRequest(request, "GET", ARCHIVES, false);
			assertThat(queryNames(request)).containsExactlyInAnyOrder("offset", "count");
			assertThat(request.getFirstQueryStringParameter("count")).isEqualTo("2");
		});
		assertThat(sent).extracting((request) -> request.getFirstQueryStringParameter("offset"))
			.containsExactly("0", "2");
	}

	@Test
	void listAllFetchesNothingUntilConsumedAndOnlyTheFirstPageForTheFirstItem() {
		openTok.respond(request().withQueryStringParameter("offset", "0"), json(200, page(3, "a-1", "a-2")));
		openTok.respond(request().withQueryStringParameter("offset", "2"), json(200, page(3, "a-3")));
		Stream<Archive> all = client.listAll(2);
		openTok.assertNoRequest();
		assertThat(all.findFirst()).get().extracting(Archive::id).isEqualTo("a-1");
		assertThat(openTok.onlyRequest().getFirstQueryStringParameter("offset")).isEqualTo("0");
	}

	@Test
	void listAllOfASessionAsksForFullPagesOfThatSession() {
		openTok.respond(request(), json(200, page(1, "a-1")));
		assertThat(client.listAll(SESSION_ID)).extracting(Archive::id).containsExactly("a-1");
		HttpRequest sent = openTok.onlyRequest();
		assertThat(queryNames(sent)).containsExactlyInAnyOrder("offset", "count", "sessionId");
		assertThat(sent.getFirstQueryStringParameter("offset")).isEqualTo("0");
		assertThat(sent.getFirstQueryStringParameter("count")).isEqualTo("1000");
		assertThat(sent.getFirstQueryStringParameter("sessionId")).isEqualTo(SESSION_ID);
	}

	@Test
	void listAllOfAnEmptyProjectMakesOneRequest() {
		openTok.respond(request(), json(200, page(0)));
		assertThat(client.listAll()).isEmpty();
		HttpRequest sent = openTok.onlyRequest();
		assertThat(queryNames(sent)).containsExactlyInAnyOrder("offset", "count");
		assertThat(sent.getFirstQueryStringParameter("offset")).isEqualTo("0");
		assertThat(sent.getFirstQueryStringParameter("count")).isEqualTo("1000");
	}

	@Test
	void listAllThrowsAPageErrorFromTheStream() {
		openTok.respond(request(), error(500, "Internal error"));
		Stream<Archive> all = client.listAll();
		Consumer<Stream<Archive>> consume = Stream::count;
		assertThatExceptionOfType(OpenTokServerException.class).isThrownBy(() -> consume.accept(all))
			.withMessage("archive.list failed: 500 Internal error");
	}

}
