package org.opentok.spring.client.connection;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokTransport;

/**
 * Lists the connections of a session ({@code GET
 * /v2/project/{projectId}/session/{sessionId}/connection}). Thread-safe.
 *
 * @since 0.1.0
 */
public class ConnectionClient {

	private final OpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ConnectionClient(OpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Lists the connections of a session. OpenTok does not page this list.
	 * @param sessionId the session id
	 * @return the session's connections
	 * @throws IllegalArgumentException if the id is blank or not an OpenTok id
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * the request invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException if the
	 * credentials are refused (401, 403)
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException if the session is
	 * not found (404)
	 * @throws OpenTokApiException for any other refusal
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public SessionConnections list(String sessionId) {
		return this.transport.execute(ConnectionCalls.list(sessionId));
	}

}
