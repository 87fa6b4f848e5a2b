package org.opentok.spring.client.broadcast;

import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.PageQuery;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.internal.Pages;

/**
 * Live-streams sessions to HLS and RTMP: starts, stops, gets and lists broadcasts,
 * changes their layout and, in manual stream mode, their streams. Thread-safe.
 *
 * @since 0.1.0
 */
public class BroadcastClient {

	private final OpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public BroadcastClient(OpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Starts broadcasting a session.
	 * @param options the session, the outputs and the other options
	 * @return the started broadcast, with its HLS URL and RTMP outputs
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * the options invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokConflictException if the session
	 * already has a broadcast without a distinct multi-broadcast tag, or is relayed (409)
	 * @throws OpenTokApiException if OpenTok refuses the request otherwise
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Broadcast start(BroadcastOptions options) {
		return this.transport.execute(BroadcastCalls.start(options));
	}

	/**
	 * Stops a broadcast.
	 * @param broadcastId the broadcast id
	 * @return the stopped broadcast; its {@link Broadcast#broadcastUrls()} may be
	 * {@code null}
	 * @throws IllegalArgumentException if {@code broadcastId} is not an id
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException if the broadcast
	 * does not exist or has already stopped (404)
	 * @throws org.opentok.spring.client.core.OpenTokConflictException if the broadcast
	 * does not exist or has already stopped, as some OpenTok versions answer (409)
	 * @throws OpenTokApiException if OpenTok refuses the request otherwise
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Broadcast stop(String broadcastId) {
		return this.transport.execute(BroadcastCalls.stop(broadcastId));
	}

	/**
	 * Gets a broadcast.
	 * @param broadcastId the broadcast id
	 * @return the broadcast
	 * @throws IllegalArgumentException if {@code broadcastId} is not an id
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException if the broadcast
	 * does not exist (404)
	 * @throws org.opentok.spring.client.core.OpenTokConflictException if the broadcast
	 * does not exist, as some OpenTok versions answer (409)
	 * @throws OpenTokApiException if OpenTok refuses the request otherwise
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Broadcast get(String broadcastId) {
		return this.transport.execute(BroadcastCalls.get(broadcastId));
	}

	/**
	 * Lists one page of broadcasts. OpenTok lists only broadcasts in progress.
	 * @param query the page and, optionally, the session
	 * @return the page; its {@link Page#totalCount()} counts every matching broadcast
	 * @throws IllegalArgumentException if {@code query} is {@code null}
	 * @throws OpenTokApiException if OpenTok refuses the request
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Page<Broadcast> list(BroadcastQuery query) {
		return this.transport.execute(BroadcastCalls.list(query));
	}

	/**
	 * Streams every broadcast in progress, fetching pages of 1000 as the stream is
	 * consumed.
	 * @return a lazy stream over all broadcasts
	 * @throws OpenTokApiException if OpenTok refuses a page request (thrown while the
	 * stream is consumed)
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts (thrown while the stream is consumed)
	 */
	public Stream<Broadcast> listAll() {
		return listAll(null, PageQuery.MAX_COUNT);
	}

	/**
	 * Streams every broadcast in progress of one session, fetching pages of 1000 as the
	 * stream is consumed.
	 * @param sessionId the session id
	 * @return a lazy stream over the session's broadcasts
	 * @throws IllegalArgumentException if {@code sessionId} is not a session id
	 * @throws OpenTokApiException if OpenTok refuses a page request (thrown while the
	 * stream is consumed)
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts (thrown while the stream is consumed)
	 */
	public Stream<Broadcast> listAll(String sessionId) {
		return listAll(Arguments.requireSessionId(sessionId, "sessionId"), PageQuery.MAX_COUNT);
	}

	Stream<Broadcast> listAll(@Nullable String sessionId, int pageSize) {
		return Pages.streamAll(pageSize, (page) -> list(new BroadcastQuery(sessionId, page)));
	}

	/**
	 * Changes the layout of a broadcast.
	 * @param broadcastId the broadcast id
	 * @param layout the new layout
	 * @throws IllegalArgumentException if {@code broadcastId} is not an id or
	 * {@code layout} is {@code null}
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * the layout invalid (400)
	 * @throws OpenTokApiException if OpenTok refuses the request otherwise
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void setLayout(String broadcastId, Layout layout) {
		this.transport.send(BroadcastCalls.setLayout(broadcastId, layout));
	}

	/**
	 * Adds a stream, with its audio and video, to a broadcast in manual stream mode.
	 * @param broadcastId the broadcast id
	 * @param streamId the stream id
	 * @throws IllegalArgumentException if an id is not an id
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException if the broadcast or
	 * the stream does not exist (404)
	 * @throws OpenTokApiException with status 405 if the broadcast is in automatic stream
	 * mode, or if OpenTok refuses the request otherwise
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void addStream(String broadcastId, String streamId) {
		this.transport.send(BroadcastCalls.addStream(broadcastId, streamId));
	}

	/**
	 * Adds a stream to a broadcast in manual stream mode, or changes which of its tracks
	 * are included if it is already there.
	 * @param broadcastId the broadcast id
	 * @param streamId the stream id
	 * @param hasAudio whether the stream's audio is included
	 * @param hasVideo whether the stream's video is included
	 * @throws IllegalArgumentException if an id is not an id
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException if the broadcast or
	 * the stream does not exist (404)
	 * @throws OpenTokApiException with status 405 if the broadcast is in automatic stream
	 * mode, or if OpenTok refuses the request otherwise
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void addStream(String broadcastId, String streamId, boolean hasAudio, boolean hasVideo) {
		this.transport.send(BroadcastCalls.addStream(broadcastId, streamId, hasAudio, hasVideo));
	}

	/**
	 * Removes a stream from a broadcast in manual stream mode.
	 * @param broadcastId the broadcast id
	 * @param streamId the stream id
	 * @throws IllegalArgumentException if an id is not an id
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException if the broadcast or
	 * the stream does not exist (404)
	 * @throws OpenTokApiException with status 405 if the broadcast is in automatic stream
	 * mode, or if OpenTok refuses the request otherwise
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void removeStream(String broadcastId, String streamId) {
		this.transport.send(BroadcastCalls.removeStream(broadcastId, streamId));
	}

}
