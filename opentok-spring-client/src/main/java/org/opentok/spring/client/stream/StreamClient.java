package org.opentok.spring.client.stream;

import java.util.Collection;
import java.util.Map;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.Page;

/**
 * Reads the streams published in a session and sets their layout classes
 * ({@code /v2/project/{projectId}/session/{sessionId}/stream}). Thread-safe.
 *
 * <p>
 * OpenTok answers {@code 408} (not {@code 404}) for a stream or session id it does not
 * know; that surfaces as a plain {@link OpenTokApiException} with
 * {@link OpenTokApiException#getStatusCode() status} 408.
 *
 * @since 0.1.0
 */
public class StreamClient {

	/**
	 * The most streams one call can set the layout classes of.
	 */
	public static final int MAX_STREAMS = 1000;

	/**
	 * The longest one stream's layout classes may be joined with spaces, in characters,
	 * as for the initial layout classes of a token.
	 */
	public static final int MAX_LAYOUT_CLASS_LIST_LENGTH = 1000;

	private final OpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public StreamClient(OpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Returns one stream of a session.
	 * @param sessionId the session id
	 * @param streamId the stream id
	 * @return the stream
	 * @throws IllegalArgumentException if an id is blank or not an OpenTok id
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * the request invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException if the
	 * credentials are refused (401, 403)
	 * @throws OpenTokApiException with status 408 for an unknown stream or session id, or
	 * for any other refusal
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public SessionStream get(String sessionId, String streamId) {
		return this.transport.execute(StreamCalls.get(sessionId, streamId));
	}

	/**
	 * Returns every stream currently published in a session. OpenTok does not page this
	 * list: the page holds every stream, and its {@link Page#totalCount() total count} is
	 * the count OpenTok sent with them.
	 * @param sessionId the session id
	 * @return the streams, with no items when nobody publishes
	 * @throws IllegalArgumentException if the id is blank or not an OpenTok id
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * the request invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException if the
	 * credentials are refused (401, 403)
	 * @throws org.opentok.spring.client.core.OpenTokNotFoundException if the session is
	 * not found (404)
	 * @throws OpenTokApiException with status 408 for an invalid session id, or for any
	 * other refusal
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Page<SessionStream> list(String sessionId) {
		return this.transport.execute(StreamCalls.list(sessionId));
	}

	/**
	 * Sets the layout classes of one stream, replacing the ones it had.
	 * @param sessionId the session id
	 * @param streamId the stream id
	 * @param layoutClasses the classes, such as {@code ["full", "focus"]}, at most
	 * {@value #MAX_LAYOUT_CLASS_LIST_LENGTH} characters joined with spaces; empty clears
	 * them
	 * @throws IllegalArgumentException if an id is invalid, or a class name is blank, or
	 * the classes are too long
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * the request invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException if the
	 * credentials are refused (401, 403)
	 * @throws OpenTokApiException for any other refusal
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void setLayoutClasses(String sessionId, String streamId, Collection<String> layoutClasses) {
		this.transport.send(StreamCalls.setLayoutClasses(sessionId, streamId, layoutClasses));
	}

	/**
	 * Sets the layout classes of several streams in one call, replacing the ones they
	 * had. Streams not named keep their classes.
	 * @param sessionId the session id
	 * @param classesByStreamId the classes per stream id, at most {@value #MAX_STREAMS}
	 * streams, each stream's classes at most {@value #MAX_LAYOUT_CLASS_LIST_LENGTH}
	 * characters joined with spaces; an empty collection clears a stream's classes.
	 * Entries are sent in the map's iteration order
	 * @throws IllegalArgumentException if the map is empty or too large, an id is
	 * invalid, or a class name is blank, or a stream's classes are too long
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * the request invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException if the
	 * credentials are refused (401, 403)
	 * @throws OpenTokApiException for any other refusal
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void setLayoutClasses(String sessionId, Map<String, ? extends Collection<String>> classesByStreamId) {
		this.transport.send(StreamCalls.setLayoutClasses(sessionId, classesByStreamId));
	}

}
