package org.opentok.spring.client.signal;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokTransport;

/**
 * Sends signals to every client of a session or to one connection ({@code POST
 * /v2/project/{projectId}/session/{sessionId}/signal}). Thread-safe.
 *
 * @since 0.1.0
 */
public class SignalClient {

	private final OpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public SignalClient(OpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Sends a signal to every client connected to a session.
	 * @param sessionId the session id
	 * @param signal the signal
	 * @throws IllegalArgumentException if the id is invalid or the signal is {@code null}
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * a field invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException if the
	 * credentials are refused (401, 403)
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException if the session is
	 * not found (404)
	 * @throws org.opentok.spring.client.core.OpenTokPayloadTooLargeException if OpenTok
	 * finds the type or data too long (413)
	 * @throws OpenTokApiException for any other refusal
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void sendToSession(String sessionId, Signal signal) {
		this.transport.send(SignalCalls.sendToSession(sessionId, signal));
	}

	/**
	 * Sends a signal to one client of a session.
	 * @param sessionId the session id
	 * @param connectionId the client's connection id
	 * @param signal the signal
	 * @throws IllegalArgumentException if an id is invalid or the signal is {@code null}
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * a field invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException if the
	 * credentials are refused (401, 403)
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException if the client is
	 * not connected, or the session is not found (404)
	 * @throws org.opentok.spring.client.core.OpenTokPayloadTooLargeException if OpenTok
	 * finds the type or data too long (413)
	 * @throws OpenTokApiException for any other refusal
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void sendToConnection(String sessionId, String connectionId, Signal signal) {
		this.transport.send(SignalCalls.sendToConnection(sessionId, connectionId, signal));
	}

}
