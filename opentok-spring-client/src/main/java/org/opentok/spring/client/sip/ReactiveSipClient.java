package org.opentok.spring.client.sip;

import reactor.core.publisher.Mono;

import org.opentok.spring.client.core.ReactiveOpenTokTransport;

/**
 * The reactive twin of {@link SipClient}: the same calls, requests and errors, as
 * {@link Mono}s that send nothing before subscription. Arguments are validated when a
 * method is called, with the {@link IllegalArgumentException} the blocking client throws.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public class ReactiveSipClient {

	private final ReactiveOpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ReactiveSipClient(ReactiveOpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Dials a SIP endpoint into a routed session, as
	 * {@link SipClient#dial(SipDialOptions)} does.
	 * @param options the session, token and SIP endpoint
	 * @return the SIP call
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 */
	public Mono<SipCall> dial(SipDialOptions options) {
		return this.transport.execute(SipCalls.dial(options));
	}

	/**
	 * Plays DTMF tones to every client of a session, as
	 * {@link SipClient#playDtmf(String, String)} does.
	 * @param sessionId the session
	 * @param digits the tones: {@code 0-9}, {@code *}, {@code #}, and {@code p} for a 500
	 * ms pause
	 * @return completes when OpenTok has accepted the tones
	 * @throws IllegalArgumentException if {@code sessionId} is not a session id or
	 * {@code digits} holds other characters
	 */
	public Mono<Void> playDtmf(String sessionId, String digits) {
		return this.transport.execute(SipCalls.playDtmf(sessionId, digits));
	}

	/**
	 * Plays DTMF tones to one connection of a session, as
	 * {@link SipClient#playDtmf(String, String, String)} does.
	 * @param sessionId the session
	 * @param connectionId the connection
	 * @param digits the tones
	 * @return completes when OpenTok has accepted the tones
	 * @throws IllegalArgumentException if an id is invalid or {@code digits} holds other
	 * characters
	 */
	public Mono<Void> playDtmf(String sessionId, String connectionId, String digits) {
		return this.transport.execute(SipCalls.playDtmf(sessionId, connectionId, digits));
	}

}
