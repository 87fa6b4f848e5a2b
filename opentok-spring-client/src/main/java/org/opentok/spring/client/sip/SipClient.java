package org.opentok.spring.client.sip;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokTransport;

/**
 * Dials SIP endpoints into routed sessions and plays DTMF tones
 * ({@code /v2/project/{projectId}/dial}, {@code .../play-dtmf}). Thread-safe.
 *
 * @since 0.1.0
 */
public class SipClient {

	private final OpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public SipClient(OpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Dials a SIP endpoint into a routed session. The SIP participant joins the session
	 * with the options' client token.
	 * @param options the session, token and SIP endpoint
	 * @return the call, with the SIP participant's connection and stream ids
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException (400) for an
	 * invalid session id or SIP headers
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException (403) for bad
	 * credentials
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException (404) if the
	 * session does not exist
	 * @throws org.opentok.spring.client.core.OpenTokConflictException (409) if the
	 * session is not routed
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public SipCall dial(SipDialOptions options) {
		return this.transport.execute(SipCalls.dial(options));
	}

	/**
	 * Plays DTMF tones to every client of a session.
	 * @param sessionId the session
	 * @param digits the tones: {@code 0-9}, {@code *}, {@code #}, and {@code p} for a 500
	 * ms pause
	 * @throws IllegalArgumentException if {@code sessionId} is not a session id or
	 * {@code digits} holds other characters
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException (400) for invalid
	 * digits or ids
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException (404) if the
	 * session does not exist
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void playDtmf(String sessionId, String digits) {
		this.transport.send(SipCalls.playDtmf(sessionId, digits));
	}

	/**
	 * Plays DTMF tones to one connection of a session, such as a SIP participant.
	 * @param sessionId the session
	 * @param connectionId the connection
	 * @param digits the tones: {@code 0-9}, {@code *}, {@code #}, and {@code p} for a 500
	 * ms pause
	 * @throws IllegalArgumentException if an id is invalid or {@code digits} holds other
	 * characters
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException (400) for invalid
	 * digits or ids
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException (404) if the
	 * session or the connection does not exist
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void playDtmf(String sessionId, String connectionId, String digits) {
		this.transport.send(SipCalls.playDtmf(sessionId, connectionId, digits));
	}

}
