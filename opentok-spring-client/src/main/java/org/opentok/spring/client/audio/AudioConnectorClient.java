package org.opentok.spring.client.audio;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokTransport;

/**
 * Streams the audio of a routed session to a WebSocket server ({@code POST
 * /v2/project/{projectId}/connect}). Thread-safe.
 *
 * @since 0.1.0
 */
public class AudioConnectorClient {

	private final OpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public AudioConnectorClient(OpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Connects a session's audio to a WebSocket server. The connector joins the session
	 * with the options' client token; disconnect its connection to stop it.
	 * @param options the session, token and WebSocket
	 * @return the connector, with its connection id
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException (400) if OpenTok
	 * refuses the options
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException (403) for bad
	 * credentials
	 * @throws org.opentok.spring.client.core.OpenTokConflictException (409) if the
	 * session is not routed
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public AudioConnection connect(AudioConnectorOptions options) {
		return this.transport.execute(AudioConnectorCalls.connect(options));
	}

}
