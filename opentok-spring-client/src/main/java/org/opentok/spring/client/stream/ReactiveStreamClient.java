package org.opentok.spring.client.stream;

import java.util.Collection;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.ReactiveOpenTokTransport;

/**
 * The reactive twin of {@link StreamClient}: the same calls, requests and errors, as
 * {@link Mono}s that send nothing before subscription. Arguments are validated when a
 * method is called, with the {@link IllegalArgumentException} the blocking client throws;
 * OpenTok's refusals and I/O failures arrive as error signals with the exceptions
 * {@link StreamClient} documents. Thread-safe.
 *
 * @since 0.1.0
 */
public class ReactiveStreamClient {

	private final ReactiveOpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ReactiveStreamClient(ReactiveOpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Returns one stream of a session, as {@link StreamClient#get(String, String)} does.
	 * @param sessionId the session id
	 * @param streamId the stream id
	 * @return the stream
	 * @throws IllegalArgumentException if an id is blank or not an OpenTok id
	 */
	public Mono<SessionStream> get(String sessionId, String streamId) {
		return this.transport.execute(StreamCalls.get(sessionId, streamId));
	}

	/**
	 * Returns every stream currently published in a session, as
	 * {@link StreamClient#list(String)} does.
	 * @param sessionId the session id
	 * @return the streams
	 * @throws IllegalArgumentException if the id is blank or not an OpenTok id
	 */
	public Mono<Page<SessionStream>> list(String sessionId) {
		return this.transport.execute(StreamCalls.list(sessionId));
	}

	/**
	 * Sets the layout classes of one stream, as
	 * {@link StreamClient#setLayoutClasses(String, String, Collection)} does.
	 * @param sessionId the session id
	 * @param streamId the stream id
	 * @param layoutClasses the classes
	 * @return completes when OpenTok has accepted them
	 * @throws IllegalArgumentException if an id is invalid, or a class name is blank, or
	 * the list is too long
	 */
	public Mono<Void> setLayoutClasses(String sessionId, String streamId, Collection<String> layoutClasses) {
		return this.transport.execute(StreamCalls.setLayoutClasses(sessionId, streamId, layoutClasses));
	}

	/**
	 * Sets the layout classes of several streams in one call, as
	 * {@link StreamClient#setLayoutClasses(String, Map)} does.
	 * @param sessionId the session id
	 * @param classesByStreamId the classes per stream id
	 * @return completes when OpenTok has accepted them
	 * @throws IllegalArgumentException if the map is empty or too large, an id is
	 * invalid, or a class list is invalid
	 */
	public Mono<Void> setLayoutClasses(String sessionId, Map<String, ? extends Collection<String>> classesByStreamId) {
		return this.transport.execute(StreamCalls.setLayoutClasses(sessionId, classesByStreamId));
	}

}
