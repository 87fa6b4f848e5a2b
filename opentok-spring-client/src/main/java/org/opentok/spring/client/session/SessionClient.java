package org.opentok.spring.client.session;

import java.util.List;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokTransport;

/**
 * Creates OpenTok sessions ({@code POST /session/create}). Thread-safe.
 *
 * @since 0.1.0
 */
public class SessionClient {

	private final OpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public SessionClient(OpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Creates a session with the default options: relayed media, manual archiving.
	 * @return the new session
	 * @throws OpenTokApiException if OpenTok refuses the request
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Session create() {
		return create(SessionOptions.defaults());
	}

	/**
	 * Creates a session.
	 * @param options the session's options
	 * @return the new session
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 * @throws OpenTokApiException if OpenTok refuses the request
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Session create(SessionOptions options) {
		List<CreatedSession> created = this.transport.execute(SessionCalls.create(options));
		return SessionCalls.sessionOf(created, options, this.transport.projectId());
	}

}
