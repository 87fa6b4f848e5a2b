package org.opentok.spring.boot.test.emulator;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code offset} and {@code count} of a list call, and the
 * {@code {"count":total,"items":[...]}} answer.
 *
 * @param offset how many items to skip
 * @param count the page size
 * @since 0.1.0
 */
record Paging(int offset, int count) {

	private static final int DEFAULT_COUNT = 50;

	private static final int MAX_COUNT = 1000;

	static Paging of(ApiCall call, int minCount) {
		return new Paging(number(call, "offset", 0, Integer.MAX_VALUE, 0),
				number(call, "count", minCount, MAX_COUNT, DEFAULT_COUNT));
	}

	private static int number(ApiCall call, String name, int min, int max, int absent) {
		String value = call.query(name);
		if (value == null || value.isEmpty()) {
			return absent;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ApiError.badRequest("'" + name + "' must be between " + min + " and " + max + ", got '" + value + "'");
	}

	ObjectNode page(List<ObjectNode> all, @Nullable ObjectNode into) {
		ObjectNode page = (into != null) ? into : Json.object();
		page.put("count", all.size());
		ArrayNode items = page.putArray("items");
		all.stream().skip(this.offset).limit(this.count).forEach(items::add);
		return page;
	}

}
