package org.opentok.spring.client.audio;

import reactor.core.publisher.Mono;

import org.opentok.spring.client.core.ReactiveOpenTokTransport;

/**
 * The reactive twin of {@link AudioConnectorClient}: the same call, request and errors,
 * as a {@link Mono} that sends nothing before subscription. Thread-safe.
 *
 * @since 0.1.0
 */
public class ReactiveAudioConnectorClient {

	private final ReactiveOpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ReactiveAudioConnectorClient(ReactiveOpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Streams a session's audio to a WebSocket, as
	 * {@link AudioConnectorClient#connect(AudioConnectorOptions)} does.
	 * @param options the session, token and WebSocket
	 * @return the Audio Connector connection
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 */
	public Mono<AudioConnection> connect(AudioConnectorOptions options) {
		return this.transport.execute(AudioConnectorCalls.connect(options));
	}

}
