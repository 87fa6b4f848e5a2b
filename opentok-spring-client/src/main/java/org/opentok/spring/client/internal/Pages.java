package org.opentok.spring.client.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.PageQuery;

/**
 * Turns a paged list call into a lazy {@link Stream} over every item: a page is fetched
 * only when the stream needs its first item, and fetching stops after the last page.
 *
 * @since 0.1.0
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * Streams every item of a paged list.
	 * @param <T> the item type
	 * @param pageSize how many items to ask for per page, 1 to 1000
	 * @param fetch fetches the page for a query
	 * @return a lazy, sequential stream over all items
	 */
	public static <T> Stream<T> streamAll(int pageSize, Function<PageQuery, Page<T>> fetch) {
		Arguments.requireRange(pageSize, 1, PageQuery.MAX_COUNT, "pageSize");
		return StreamSupport.stream(new PageSpliterator<>(pageSize, fetch), false);
	}

	private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

		private final int pageSize;

		private final Function<PageQuery, Page<T>> fetch;

		private final Deque<T> buffer = new ArrayDeque<>();

		private int nextOffset;

		private boolean exhausted;

		PageSpliterator(int pageSize, Function<PageQuery, Page<T>> fetch) {
			super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
			this.pageSize = pageSize;
			this.fetch = fetch;
		}

		@Override
		public boolean tryAdvance(Consumer<? super T> action) {
			if (this.buffer.isEmpty() && !this.exhausted) {
				Page<T> page = this.fetch.apply(new PageQuery(this.nextOffset, this.pageSize));
				this.buffer.addAll(page.items());
				this.nextOffset += page.items().size();
				this.exhausted = page.items().isEmpty() || this.nextOffset >= page.totalCount();
			}
			T next = this.buffer.poll();
			if (next == null) {
				return false;
			}
			action.accept(next);
			return true;
		}

	}

}
