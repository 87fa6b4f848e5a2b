package org.opentok.spring.client.caption;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokTransport;

/**
 * Starts and stops live captions of a routed session
 * ({@code /v2/project/{projectId}/captions}). Captions reach clients through the client
 * SDKs. Thread-safe.
 *
 * @since 0.1.0
 */
public class CaptionClient {

	private final OpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public CaptionClient(OpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Starts live captions of a session; a session has at most one captioner at a time.
	 * @param options the session, moderator token and caption settings
	 * @return the captions, with the id to stop them
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException (400) for invalid
	 * options
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException (403) for bad
	 * credentials
	 * @throws org.opentok.spring.client.core.OpenTokConflictException (409) if captions
	 * already run for the session
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Captions start(CaptionOptions options) {
		return this.transport.execute(CaptionCalls.start(options));
	}

	/**
	 * Stops live captions.
	 * @param captionsId the id {@link #start(CaptionOptions)} returned
	 * @throws IllegalArgumentException if {@code captionsId} is not an id
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException (404) if there are
	 * no such captions
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void stop(String captionsId) {
		this.transport.send(CaptionCalls.stop(captionsId));
	}

}
