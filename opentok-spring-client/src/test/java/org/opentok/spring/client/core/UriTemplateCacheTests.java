package org.opentok.spring.client.core;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.web.util.DefaultUriBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link UriTemplateCache}: every expansion equals what Spring's
 * {@link DefaultUriBuilderFactory} (what {@code RestClient} uses) makes of the same base
 * URL, template and values, for the API's own templates and for awkward ones.
 */
class UriTemplateCacheTests {

	private static final List<String> TEMPLATES = List.of("/session/create",
			"/v2/project/{projectId}/archive/{archiveId}", "/v2/project/{projectId}/archive/{archiveId}/stop",
			"/v2/project/{projectId}/render?offset={offset}&count={count}",
			"/v2/project/{projectId}/archive?offset={offset}&count={count}&sessionId={sessionId}",
			"/v2/project/{projectId}/session/{sessionId}/stream/{streamId}", "/v2/project/{projectKey}",
			"/v2/project/{projectId}/broadcast/{broadcastId}/streams", "/a b/{id}/ä ö?q=x y&r={r}",
			"/two//slashes/{id}", "/regex/{id:[a-z]+}/end", "/{first}{second}", "/literal?only=query&and=more",
			"/plus+comma,semi;colon/{id}");

	private static final List<String> VALUES = List.of("b40ef09b-3811-4726-b508-e41a0f96c68f",
			"1_MX4xMjM0NTZ-fjE3MDAwMDAwMDB-QUJD-fg", "", "a b", "a/b", "a?b", "a&b=c", "100%", "+plus+", "ü€😀",
			"{braces}", "semi;colon", "comma,list", "quote\"and'", "~unreserved._-", "#hash", "  ");

	@ParameterizedTest
	@ValueSource(strings = { "https://api.opentok.com", "http://localhost:12345", "http://localhost:12345/",
			"https://proxy.example.com/opentok", "https://proxy.example.com/opentok/" })
	void expandsLikeSpringsUriBuilderFactory(String baseUrl) {
		DefaultUriBuilderFactory spring = new DefaultUriBuilderFactory(baseUrl);
		UriTemplateCache cache = new UriTemplateCache(URI.create(baseUrl), Map.of());
		Random random = new Random(42);
		for (String template : TEMPLATES) {
			for (int round = 0; round < 40; round++) {
				Map<String, Object> variables = new HashMap<>();
				for (String name : List.of("projectId", "projectKey", "archiveId", "offset", "count", "sessionId",
						"streamId", "broadcastId", "id", "r", "first", "second")) {
					variables.put(name, VALUES.get(random.nextInt(VALUES.size())));
				}
				variables.put("count", random.nextInt(1000));
				UriTemplateCache.Expansion expansion = cache.expand(template, variables);
				assertThat(expansion.uri()).as("%s with %s", template, variables)
					.isEqualTo(spring.expand(template, variables));
				assertThat(expansion.absoluteTemplate()).isEqualTo(spring.uriString(template).toUriString());
			}
		}
	}

	@Test
	void fixedVariablesWinOverTheCallers() {
		UriTemplateCache cache = new UriTemplateCache(URI.create("https://api.opentok.com"),
				Map.of("projectId", "123456"));
		assertThat(cache
			.expand("/v2/project/{projectId}/archive/{archiveId}", Map.of("projectId", "999", "archiveId", "abc"))
			.uri()).isEqualTo(URI.create("https://api.opentok.com/v2/project/123456/archive/abc"));
	}

	@Test
	void nullValuesExpandToNothingAsInSpring() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("id", null);
		assertThat(new UriTemplateCache(URI.create("http://localhost"), Map.of()).expand("/x/{id}/y", variables).uri())
			.isEqualTo(new DefaultUriBuilderFactory("http://localhost").expand("/x/{id}/y", variables));
	}

	@Test
	void refusesMissingVariablesAndTemplatesThatAreNotPaths() {
		UriTemplateCache cache = new UriTemplateCache(URI.create("http://localhost"), Map.of("projectId", "1"));
		assertThatIllegalArgumentException().isThrownBy(() -> cache.expand("/v2/{archiveId}", Map.of()))
			.withMessage("Map has no value for 'archiveId'");
		assertThatIllegalArgumentException().isThrownBy(() -> cache.expand("v2/archive", Map.of()))
			.withMessage("URI template must start with '/', got 'v2/archive'");
		assertThatIllegalArgumentException().isThrownBy(() -> cache.expand("/v2/{archiveId", Map.of()))
			.withMessage("URI template '/v2/{archiveId' has an unclosed variable");
	}

}
