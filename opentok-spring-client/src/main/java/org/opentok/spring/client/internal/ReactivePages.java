package org.opentok.spring.client.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.PageQuery;

/**
 * The reactive twin of {@link Pages}: turns a paged list call into a {@link Flux} over
 * every item that fetches a page only when its subscriber has asked for an item that no
 * fetched page holds, one page request at a time, and stops after the last page.
 * Cancelling the flux cancels the page request in flight.
 *
 * @since 0.1.0
 */
public final class ReactivePages {

	private ReactivePages() {
	}

	/**
	 * Streams every item of a paged list.
	 * @param <T> the item type
	 * @param pageSize how many items to ask for per page, 1 to 1000
	 * @param fetch returns the call that fetches the page for a query
	 * @return a lazy flux over all items, in order
	 * @throws IllegalArgumentException if {@code pageSize} is out of bounds
	 */
	public static <T> Flux<T> fluxAll(int pageSize, Function<PageQuery, Mono<Page<T>>> fetch) {
		Arguments.requireRange(pageSize, 1, PageQuery.MAX_COUNT, "pageSize");
		return Flux.create((sink) -> new PageEmitter<>(sink, pageSize, fetch).start());
	}

	/**
	 * Emits buffered items as far as the demand goes and fetches the next page when the
	 * buffer is empty and demand remains. All state changes happen in {@link #drain()},
	 * which one thread at a time runs (the usual work-in-progress counter).
	 */
	private static final class PageEmitter<T> {

		private final FluxSink<T> sink;

		private final int pageSize;

		private final Function<PageQuery, Mono<Page<T>>> fetch;

		private final Queue<T> buffer = new ConcurrentLinkedQueue<>();

		private final AtomicInteger wip = new AtomicInteger();

		private int nextOffset;

		private volatile boolean fetching;

		private volatile boolean exhausted;

		private volatile @Nullable Throwable failure;

		private volatile @Nullable Disposable inFlight;

		private boolean done;

		PageEmitter(FluxSink<T> sink, int pageSize, Function<PageQuery, Mono<Page<T>>> fetch) {
			this.sink = sink;
			this.pageSize = pageSize;
			this.fetch = fetch;
		}

		void start() {
			this.sink.onRequest((n) -> drain());
			this.sink.onDispose(() -> {
				Disposable request = this.inFlight;
				if (request != null) {
					request.dispose();
				}
			});
		}

		private void onPage(Page<T> page) {
			this.buffer.addAll(page.items());
			this.nextOffset += page.items().size();
			this.exhausted = page.items().isEmpty() || this.nextOffset >= page.totalCount();
			this.fetching = false;
			drain();
		}

		private void onError(Throwable ex) {
			this.failure = ex;
			this.fetching = false;
			drain();
		}

		private void drain() {
			if (this.wip.getAndIncrement() != 0) {
				return;
			}
			int missed = 1;
			do {
				emitWhatIsAskedFor();
				missed = this.wip.addAndGet(-missed);
			}
			while (missed != 0);
		}

		private void emitWhatIsAskedFor() {
			if (this.done || this.sink.isCancelled()) {
				return;
			}
			T item;
			while (this.sink.requestedFromDownstream() > 0 && (item = this.buffer.poll()) != null) {
				this.sink.next(item);
			}
			if (!this.buffer.isEmpty() || this.fetching) {
				return;
			}
			Throwable error = this.failure;
			if (error != null) {
				this.done = true;
				this.sink.error(error);
			}
			else if (this.exhausted) {
				this.done = true;
				this.sink.complete();
			}
			else if (this.sink.requestedFromDownstream() > 0) {
				this.fetching = true;
				this.inFlight = this.fetch.apply(new PageQuery(this.nextOffset, this.pageSize))
					.contextWrite(this.sink.contextView())
					.subscribe(this::onPage, this::onError);
			}
		}

	}

}
