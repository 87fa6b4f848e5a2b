package org.opentok.spring.client.render;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.PageQuery;
import org.opentok.spring.client.core.ReactiveOpenTokTransport;
import org.opentok.spring.client.internal.ReactivePages;

/**
 * The reactive twin of {@link RenderClient}: the same Experience Composer calls, requests
 * and errors, as {@link Mono}s and {@link Flux}es that send nothing before subscription.
 * Arguments are validated when a method is called, with the
 * {@link IllegalArgumentException} the blocking client throws. Thread-safe.
 *
 * @since 0.1.0
 */
public class ReactiveRenderClient {

	private final ReactiveOpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ReactiveRenderClient(ReactiveOpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Starts rendering a web page into a session, as
	 * {@link RenderClient#start(RenderOptions)} does.
	 * @param options the session, token and page
	 * @return the render
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 */
	public Mono<Render> start(RenderOptions options) {
		return this.transport.execute(RenderCalls.start(options));
	}

	/**
	 * Stops a render, as {@link RenderClient#stop(String)} does.
	 * @param renderId the render's id
	 * @return completes when OpenTok has stopped it
	 * @throws IllegalArgumentException if {@code renderId} is not an id
	 */
	public Mono<Void> stop(String renderId) {
		return this.transport.execute(RenderCalls.stop(renderId));
	}

	/**
	 * Gets a render, as {@link RenderClient#get(String)} does.
	 * @param renderId the render's id
	 * @return the render
	 * @throws IllegalArgumentException if {@code renderId} is not an id
	 */
	public Mono<Render> get(String renderId) {
		return this.transport.execute(RenderCalls.get(renderId));
	}

	/**
	 * Lists one page of the project's renders, as {@link RenderClient#list(PageQuery)}
	 * does.
	 * @param query the offset and the page size
	 * @return the page
	 * @throws IllegalArgumentException if {@code query} is {@code null}
	 */
	public Mono<Page<Render>> list(PageQuery query) {
		return this.transport.execute(RenderCalls.list(query));
	}

	/**
	 * Emits every render of the project, fetching a page of 1000 only when the subscriber
	 * asks for more renders than the pages fetched so far hold.
	 * @return the renders
	 */
	public Flux<Render> listAll() {
		return listAll(PageQuery.MAX_COUNT);
	}

	/**
	 * Emits every render of the project, fetching pages of {@code pageSize} on demand.
	 * @param pageSize how many renders to ask for per request, 1 to 1000
	 * @return the renders
	 * @throws IllegalArgumentException if {@code pageSize} is out of range
	 */
	public Flux<Render> listAll(int pageSize) {
		return ReactivePages.fluxAll(pageSize, this::list);
	}

}
