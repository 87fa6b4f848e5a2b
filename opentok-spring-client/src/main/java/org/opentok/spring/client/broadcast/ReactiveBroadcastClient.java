package org.opentok.spring.client.broadcast;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.PageQuery;
import org.opentok.spring.client.core.ReactiveOpenTokTransport;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.internal.ReactivePages;

/**
 * The reactive twin of {@link BroadcastClient}: the same calls, requests and errors, as
 * {@link Mono}s and {@link Flux}es that send nothing before subscription. Arguments are
 * validated when a method is called, with the {@link IllegalArgumentException} the
 * blocking client throws; OpenTok's refusals and I/O failures arrive as error signals
 * with the exceptions {@link BroadcastClient} documents. Thread-safe.
 *
 * @since 0.1.0
 */
public class ReactiveBroadcastClient {

	private final ReactiveOpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ReactiveBroadcastClient(ReactiveOpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Starts broadcasting a session, as {@link BroadcastClient#start(BroadcastOptions)}
	 * does.
	 * @param options the session, outputs and layout
	 * @return the broadcast
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 */
	public Mono<Broadcast> start(BroadcastOptions options) {
		return this.transport.execute(BroadcastCalls.start(options));
	}

	/**
	 * Stops a broadcast, as {@link BroadcastClient#stop(String)} does.
	 * @param broadcastId the broadcast id
	 * @return the broadcast
	 * @throws IllegalArgumentException if {@code broadcastId} is not an OpenTok id
	 */
	public Mono<Broadcast> stop(String broadcastId) {
		return this.transport.execute(BroadcastCalls.stop(broadcastId));
	}

	/**
	 * Returns a broadcast, as {@link BroadcastClient#get(String)} does.
	 * @param broadcastId the broadcast id
	 * @return the broadcast
	 * @throws IllegalArgumentException if {@code broadcastId} is not an OpenTok id
	 */
	public Mono<Broadcast> get(String broadcastId) {
		return this.transport.execute(BroadcastCalls.get(broadcastId));
	}

	/**
	 * Lists one page of broadcasts, as {@link BroadcastClient#list(BroadcastQuery)} does.
	 * @param query the session filter and page; values not set are not sent
	 * @return the page
	 * @throws IllegalArgumentException if {@code query} is {@code null}
	 */
	public Mono<Page<Broadcast>> list(BroadcastQuery query) {
		return this.transport.execute(BroadcastCalls.list(query));
	}

	/**
	 * Emits every broadcast of the project, fetching a page of 1000 only when the
	 * subscriber asks for more broadcasts than the pages fetched so far hold.
	 * @return the broadcasts
	 */
	public Flux<Broadcast> listAll() {
		return listAll(null, PageQuery.MAX_COUNT);
	}

	/**
	 * Emits every broadcast of a session, fetching pages of 1000 on demand.
	 * @param sessionId the session id
	 * @return the broadcasts
	 * @throws IllegalArgumentException if {@code sessionId} is not an OpenTok session id
	 */
	public Flux<Broadcast> listAll(String sessionId) {
		return listAll(Arguments.requireSessionId(sessionId, "sessionId"), PageQuery.MAX_COUNT);
	}

	Flux<Broadcast> listAll(@Nullable String sessionId, int pageSize) {
		return ReactivePages.fluxAll(pageSize, (page) -> list(new BroadcastQuery(sessionId, page)));
	}

	/**
	 * Changes the layout of a broadcast, as
	 * {@link BroadcastClient#setLayout(String, Layout)} does.
	 * @param broadcastId the broadcast id
	 * @param layout the new layout
	 * @return completes when OpenTok has accepted the layout
	 * @throws IllegalArgumentException if {@code broadcastId} is not an OpenTok id or
	 * {@code layout} is {@code null}
	 */
	public Mono<Void> setLayout(String broadcastId, Layout layout) {
		return this.transport.execute(BroadcastCalls.setLayout(broadcastId, layout));
	}

	/**
	 * Adds a stream, with its audio and video, to a broadcast in manual stream mode.
	 * @param broadcastId the broadcast id
	 * @param streamId the stream id
	 * @return completes when OpenTok has added it
	 * @throws IllegalArgumentException if an id is not an OpenTok id
	 */
	public Mono<Void> addStream(String broadcastId, String streamId) {
		return this.transport.execute(BroadcastCalls.addStream(broadcastId, streamId));
	}

	/**
	 * Adds a stream to a broadcast in manual stream mode, or changes which of its tracks
	 * are broadcast.
	 * @param broadcastId the broadcast id
	 * @param streamId the stream id
	 * @param hasAudio whether the stream's audio is broadcast
	 * @param hasVideo whether the stream's video is broadcast
	 * @return completes when OpenTok has accepted the change
	 * @throws IllegalArgumentException if an id is not an OpenTok id
	 */
	public Mono<Void> addStream(String broadcastId, String streamId, boolean hasAudio, boolean hasVideo) {
		return this.transport.execute(BroadcastCalls.addStream(broadcastId, streamId, hasAudio, hasVideo));
	}

	/**
	 * Removes a stream from a broadcast in manual stream mode.
	 * @param broadcastId the broadcast id
	 * @param streamId the stream id
	 * @return completes when OpenTok has removed it
	 * @throws IllegalArgumentException if an id is not an OpenTok id
	 */
	public Mono<Void> removeStream(String broadcastId, String streamId) {
		return this.transport.execute(BroadcastCalls.removeStream(broadcastId, streamId));
	}

}
