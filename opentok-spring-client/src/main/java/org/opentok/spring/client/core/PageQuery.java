package org.opentok.spring.client.core;

/**
 * Which page of a list to fetch: {@code offset} items skipped, at most {@code count}
 * returned.
 *
 * @param offset how many items to skip, at least 0
 * @param count how many items to return, 0 to 1000
 * @since 0.1.0
 */
public record PageQuery(int offset, int count) {

	/**
	 * The most items one page can hold.
	 */
	public static final int MAX_COUNT = 1000;

	/**
	 * Validates the bounds.
	 * @param offset how many items to skip
	 * @param count how many items to return
	 */
	public PageQuery {
		Arguments.requireRange(offset, 0, Integer.MAX_VALUE, "offset");
		Arguments.requireRange(count, 0, MAX_COUNT, "count");
	}

	/**
	 * Returns the first page of up to {@code count} items.
	 * @param count how many items to return, 0 to 1000
	 * @return the query
	 */
	public static PageQuery first(int count) {
		return new PageQuery(0, count);
	}

}
