package org.opentok.spring.client.signal;

import reactor.core.publisher.Mono;

import org.opentok.spring.client.core.ReactiveOpenTokTransport;

/**
 * The reactive twin of {@link SignalClient}: the same calls, requests and errors, as
 * {@link Mono}s that send nothing before subscription. Arguments are validated when a
 * method is called, with the {@link IllegalArgumentException} the blocking client throws.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public class ReactiveSignalClient {

	private final ReactiveOpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ReactiveSignalClient(ReactiveOpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Sends a signal to every client connected to a session, as
	 * {@link SignalClient#sendToSession(String, Signal)} does.
	 * @param sessionId the session id
	 * @param signal the signal
	 * @return completes when OpenTok has accepted the signal
	 * @throws IllegalArgumentException if the id is invalid or the signal is {@code null}
	 */
	public Mono<Void> sendToSession(String sessionId, Signal signal) {
		return this.transport.execute(SignalCalls.sendToSession(sessionId, signal));
	}

	/**
	 * Sends a signal to one connection, as
	 * {@link SignalClient#sendToConnection(String, String, Signal)} does.
	 * @param sessionId the session id
	 * @param connectionId the connection id
	 * @param signal the signal
	 * @return completes when OpenTok has accepted the signal
	 * @throws IllegalArgumentException if an id is invalid or the signal is {@code null}
	 */
	public Mono<Void> sendToConnection(String sessionId, String connectionId, Signal signal) {
		return this.transport.execute(SignalCalls.sendToConnection(sessionId, connectionId, signal));
	}

}
