package org.opentok.spring.client.connection;

import reactor.core.publisher.Mono;

import org.opentok.spring.client.core.ReactiveOpenTokTransport;

/**
 * The reactive twin of {@link ConnectionClient}: the same call, request and errors, as a
 * {@link Mono} that sends nothing before subscription. Thread-safe.
 *
 * @since 0.1.0
 */
public class ReactiveConnectionClient {

	private final ReactiveOpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ReactiveConnectionClient(ReactiveOpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Lists the connections of a session, as {@link ConnectionClient#list(String)} does.
	 * @param sessionId the session id
	 * @return the session's connections
	 * @throws IllegalArgumentException if {@code sessionId} is not an OpenTok session id
	 */
	public Mono<SessionConnections> list(String sessionId) {
		return this.transport.execute(ConnectionCalls.list(sessionId));
	}

}
