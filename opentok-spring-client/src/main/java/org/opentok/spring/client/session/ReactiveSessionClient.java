package org.opentok.spring.client.session;

import reactor.core.publisher.Mono;

import org.opentok.spring.client.core.ReactiveOpenTokTransport;

/**
 * The reactive twin of {@link SessionClient}: the same call, request and errors, as a
 * {@link Mono} that sends nothing before subscription. Thread-safe.
 *
 * @since 0.1.0
 */
public class ReactiveSessionClient {

	private final ReactiveOpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ReactiveSessionClient(ReactiveOpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Creates a session with the default options, as {@link SessionClient#create()} does.
	 * @return the new session
	 */
	public Mono<Session> create() {
		return create(SessionOptions.defaults());
	}

	/**
	 * Creates a session, as {@link SessionClient#create(SessionOptions)} does.
	 * @param options the session's options
	 * @return the new session
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 */
	public Mono<Session> create(SessionOptions options) {
		return this.transport.execute(SessionCalls.create(options))
			.map((created) -> SessionCalls.sessionOf(created, options, this.transport.projectId()));
	}

}
