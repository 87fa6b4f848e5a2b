package org.opentok.spring.client.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opentok.spring.client.core.PageQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link PageUri} and {@link PageQuery}: the one query string of every list
 * call and its one set of bounds.
 */
class PageUriTests {

	private static final String PATH = "/v2/project/{projectId}/archive";

	@Test
	void sendsOffsetCountAndSessionInThatOrder() {
		PageUri uri = PageUri.of(PATH, new PageQuery(10, 0), "1_session");
		assertThat(uri.uriTemplate()).isEqualTo(PATH + "?offset={offset}&count={count}&sessionId={sessionId}");
		assertThat(uri.uriVariables()).containsExactly(Map.entry("offset", 10), Map.entry("count", 0),
				Map.entry("sessionId", "1_session"));
	}

	@Test
	void leavesOutWhatIsNotSet() {
		assertThat(PageUri.of(PATH, PageQuery.serverDefault(), null)).isEqualTo(new PageUri(PATH, Map.of()));
		assertThat(PageUri.of(PATH, new PageQuery(null, 5), null).uriTemplate()).isEqualTo(PATH + "?count={count}");
		assertThat(PageUri.of(PATH, PageQuery.serverDefault(), "1_s").uriTemplate())
			.isEqualTo(PATH + "?sessionId={sessionId}");
	}

	@Test
	void boundsAreTheSameForEveryList() {
		assertThat(PageQuery.first(0).count()).isZero();
		assertThat(new PageQuery(Integer.MAX_VALUE, PageQuery.MAX_COUNT).offset()).isEqualTo(Integer.MAX_VALUE);
		assertThatIllegalArgumentException().isThrownBy(() -> new PageQuery(-1, null))
			.withMessage("'offset' must be between 0 and 2147483647, got -1");
		assertThatIllegalArgumentException().isThrownBy(() -> new PageQuery(null, 1001))
			.withMessage("'count' must be between 0 and 1000, got 1001");
	}

}
