package org.opentok.spring.client.core;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * Which page of a list to fetch, the one paging shape of every list call: {@code offset}
 * items skipped, at most {@code count} returned. A value left {@code null} is not sent,
 * so the server's default applies (offset 0, {@value #DEFAULT_COUNT} items). Areas add
 * their own filters around it, such as the session of
 * {@link org.opentok.spring.client.archive.ArchiveQuery}.
 *
 * @param offset how many items to skip, at least 0, or {@code null}
 * @param count how many items to return, 0 to {@value #MAX_COUNT}, or {@code null}
 * @since 0.1.0
 */
public record PageQuery(@Nullable Integer offset, @Nullable Integer count) {

	/**
	 * The most items one page can hold.
	 */
	public static final int MAX_COUNT = 1000;

	/**
	 * How many items OpenTok returns when a query leaves {@code count} out.
	 */
	public static final int DEFAULT_COUNT = 50;

	private static final PageQuery SERVER_DEFAULT = new PageQuery(null, null);

	/**
	 * Validates the bounds.
	 * @param offset how many items to skip, or {@code null}
	 * @param count how many items to return, or {@code null}
	 */
	public PageQuery {
		if (offset != null) {
			Arguments.requireRange(offset, 0, Integer.MAX_VALUE, "offset");
		}
		if (count != null) {
			Arguments.requireRange(count, 0, MAX_COUNT, "count");
		}
	}

	/**
	 * Returns the first page of up to {@code count} items.
	 * @param count how many items to return, 0 to {@value #MAX_COUNT}
	 * @return the query
	 * @throws IllegalArgumentException if {@code count} is out of bounds
	 */
	public static PageQuery first(int count) {
		return new PageQuery(0, count);
	}

	/**
	 * Returns the query that sends neither offset nor count: the server's first page.
	 * @return the query
	 */
	public static PageQuery serverDefault() {
		return SERVER_DEFAULT;
	}

}
