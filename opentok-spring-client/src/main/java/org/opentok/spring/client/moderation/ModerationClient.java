package org.opentok.spring.client.moderation;

import java.util.Collection;
import java.util.List;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokTransport;

/**
 * Moderates a session: disconnects clients, mutes one stream or every stream
 * ({@code /v2/project/{projectId}/session/{sessionId}/...}). Thread-safe.
 *
 * <p>
 * OpenTok may answer the mute calls with an empty body or with details of the project;
 * neither is read. It answers {@code 408} for an unknown stream id; that surfaces as a
 * plain {@link OpenTokApiException} with {@link OpenTokApiException#getStatusCode()
 * status} 408.
 *
 * @since 0.1.0
 */
public class ModerationClient {

	/**
	 * The most streams one mute-all can leave unmuted.
	 */
	public static final int MAX_EXCLUDED_STREAMS = 1000;

	private final OpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ModerationClient(OpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Disconnects a client from a session.
	 * @param sessionId the session id
	 * @param connectionId the client's connection id
	 * @throws IllegalArgumentException if an id is blank or not an OpenTok id
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * the request invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException if the
	 * credentials are refused (401, 403)
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException if the connection
	 * is not in the session (404)
	 * @throws OpenTokApiException for any other refusal
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void forceDisconnect(String sessionId, String connectionId) {
		this.transport.send(ModerationCalls.forceDisconnect(sessionId, connectionId));
	}

	/**
	 * Mutes the audio of one stream.
	 * @param sessionId the session id
	 * @param streamId the stream id
	 * @throws IllegalArgumentException if an id is blank or not an OpenTok id
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * the request invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException if the
	 * credentials are refused (401, 403)
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException if the session or
	 * stream is not found (404)
	 * @throws OpenTokApiException with status 408 for an unknown stream id, or for any
	 * other refusal
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void muteStream(String sessionId, String streamId) {
		this.transport.send(ModerationCalls.muteStream(sessionId, streamId));
	}

	/**
	 * Mutes the audio of every stream of a session, including streams published later,
	 * until {@link #disableForceMute(String)} is called.
	 * @param sessionId the session id
	 * @throws IllegalArgumentException if the id is blank or not an OpenTok id
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * the request invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException if the
	 * credentials are refused (401, 403)
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException if the session is
	 * not found (404)
	 * @throws OpenTokApiException with status 408 for an invalid id, or for any other
	 * refusal
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void muteAll(String sessionId) {
		muteAll(sessionId, List.of());
	}

	/**
	 * Mutes the audio of every stream of a session but the excluded ones, including
	 * streams published later, until {@link #disableForceMute(String)} is called.
	 * @param sessionId the session id
	 * @param excludedStreamIds the streams to leave unmuted, possibly none, at most
	 * {@value #MAX_EXCLUDED_STREAMS}
	 * @throws IllegalArgumentException if an id is blank or not an OpenTok id, or the
	 * collection is {@code null} or too large
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * the request invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException if the
	 * credentials are refused (401, 403)
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException if the session is
	 * not found (404)
	 * @throws OpenTokApiException with status 408 for an invalid id, or for any other
	 * refusal
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void muteAll(String sessionId, Collection<String> excludedStreamIds) {
		this.transport.send(ModerationCalls.muteAll(sessionId, excludedStreamIds));
	}

	/**
	 * Ends a mute-all, so that streams published from now on are no longer muted.
	 * @param sessionId the session id
	 * @throws IllegalArgumentException if the id is blank or not an OpenTok id
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * the request invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException if the
	 * credentials are refused (401, 403)
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException if the session is
	 * not found (404)
	 * @throws OpenTokApiException with status 408 for an invalid id, or for any other
	 * refusal
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void disableForceMute(String sessionId) {
		this.transport.send(ModerationCalls.disableForceMute(sessionId));
	}

}
