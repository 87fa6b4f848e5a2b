package org.opentok.spring.client.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.PageQuery;

/**
 * The URI template and variables of a list call: the one place that turns a
 * {@link PageQuery} and a session filter into a query string
 * ({@code ?offset=&count=&sessionId=}, each only when set, in that order).
 *
 * @param uriTemplate the path with its query template
 * @param uriVariables the values of the query's variables
 * @since 0.1.0
 */
public record PageUri(String uriTemplate, Map<String, Object> uriVariables) {

	/**
	 * Builds the template and variables of a list call.
	 * @param path the list's path template
	 * @param page the page to fetch
	 * @param sessionId only items of this session, or {@code null} for all
	 * @return the template and variables
	 */
	public static PageUri of(String path, PageQuery page, @Nullable String sessionId) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		Map<String, Object> variables = new LinkedHashMap<>();
		add(query, variables, "offset", page.offset());
		add(query, variables, "count", page.count());
		add(query, variables, "sessionId", sessionId);
		return new PageUri(path + query, variables);
	}

	private static void add(StringJoiner query, Map<String, Object> variables, String name, @Nullable Object value) {
		if (value != null) {
			query.add(name + "={" + name + "}");
			variables.put(name, value);
		}
	}

}
