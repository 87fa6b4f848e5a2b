package org.opentok.spring.client.render;

import java.util.stream.Stream;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.PageQuery;
import org.opentok.spring.client.internal.Pages;

/**
 * Starts, stops, gets and lists Experience Composer renders
 * ({@code /v2/project/{projectId}/render}). Thread-safe.
 *
 * @since 0.1.0
 */
public class RenderClient {

	private final OpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public RenderClient(OpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Starts rendering a web page into a session. The render starts as
	 * {@link RenderStatus#STARTING}; its stream appears once it is
	 * {@link RenderStatus#STARTED}.
	 * @param options the session, token and page
	 * @return the new render
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException (400) for invalid
	 * options or session id
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException (403) for bad
	 * credentials
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Render start(RenderOptions options) {
		return this.transport.execute(RenderCalls.start(options));
	}

	/**
	 * Stops a render; its stream leaves the session.
	 * @param renderId the render's id
	 * @throws IllegalArgumentException if {@code renderId} is not an id
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException (404) if there is
	 * no such render
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void stop(String renderId) {
		this.transport.send(RenderCalls.stop(renderId));
	}

	/**
	 * Gets a render.
	 * @param renderId the render's id
	 * @return the render
	 * @throws IllegalArgumentException if {@code renderId} is not an id
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException (404) if there is
	 * no such render
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Render get(String renderId) {
		return this.transport.execute(RenderCalls.get(renderId));
	}

	/**
	 * Lists one page of the project's renders.
	 * @param query the offset (at least 0) and the page size (1 to 1000)
	 * @return the page; its total count is the number of renders in all
	 * @throws IllegalArgumentException if {@code query} is {@code null} or asks for 0
	 * items
	 * @throws OpenTokApiException if OpenTok refuses the request
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Page<Render> list(PageQuery query) {
		return this.transport.execute(RenderCalls.list(query));
	}

	/**
	 * Streams every render of the project, fetching pages of 1000 as the stream is
	 * consumed.
	 * @return a lazy stream over all renders
	 * @throws OpenTokApiException if OpenTok refuses a page request, when it is made
	 */
	public Stream<Render> listAll() {
		return listAll(PageQuery.MAX_COUNT);
	}

	/**
	 * Streams every render of the project, fetching pages of {@code pageSize} as the
	 * stream is consumed.
	 * @param pageSize how many renders to ask for per request, 1 to 1000
	 * @return a lazy stream over all renders
	 * @throws IllegalArgumentException if {@code pageSize} is out of range
	 * @throws OpenTokApiException if OpenTok refuses a page request, when it is made
	 */
	public Stream<Render> listAll(int pageSize) {
		return Pages.streamAll(pageSize, this::list);
	}

}
