package org.opentok.spring.client.caption;

import reactor.core.publisher.Mono;

import org.opentok.spring.client.core.ReactiveOpenTokTransport;

/**
 * The reactive twin of {@link CaptionClient}: the same calls, requests and errors, as
 * {@link Mono}s that send nothing before subscription. Thread-safe.
 *
 * @since 0.1.0
 */
public class ReactiveCaptionClient {

	private final ReactiveOpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ReactiveCaptionClient(ReactiveOpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Starts live captions, as {@link CaptionClient#start(CaptionOptions)} does.
	 * @param options the session, token and caption settings
	 * @return the captions, with their id
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 */
	public Mono<Captions> start(CaptionOptions options) {
		return this.transport.execute(CaptionCalls.start(options));
	}

	/**
	 * Stops live captions, as {@link CaptionClient#stop(String)} does.
	 * @param captionsId the captions id
	 * @return completes when OpenTok has stopped them
	 * @throws IllegalArgumentException if {@code captionsId} is not an OpenTok id
	 */
	public Mono<Void> stop(String captionsId) {
		return this.transport.execute(CaptionCalls.stop(captionsId));
	}

}
