package org.opentok.spring.client.stream;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import org.opentok.spring.client.core.Arguments;
import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokInvalidResponseException;
import org.opentok.spring.client.core.OpenTokOperation;
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

	private static final ParameterizedTypeReference<Page<SessionStream>> STREAM_PAGE = new ParameterizedTypeReference<>() {
	};

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
		Arguments.requireSessionId(sessionId, "sessionId");
		Arguments.requireId(streamId, "streamId");
		SessionStream stream = this.transport.call(OpenTokOperation.STREAM_GET,
				"/v2/project/{projectId}/session/{sessionId}/stream/{streamId}",
				Map.of("sessionId", sessionId, "streamId", streamId),
				(request) -> request.retrieve().body(SessionStream.class));
		if (stream == null) {
			throw new OpenTokInvalidResponseException(OpenTokOperation.STREAM_GET, "expected a stream, got no body",
					null);
		}
		return stream;
	}

	/**
	 * Returns every stream currently published in a session. OpenTok does not page this
	 * list.
	 * @param sessionId the session id
	 * @return the streams, empty when nobody publishes
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
	public List<SessionStream> list(String sessionId) {
		Arguments.requireSessionId(sessionId, "sessionId");
		Page<SessionStream> page = this.transport.call(OpenTokOperation.STREAM_LIST,
				"/v2/project/{projectId}/session/{sessionId}/stream", Map.of("sessionId", sessionId),
				(request) -> request.retrieve().body(STREAM_PAGE));
		if (page == null) {
			throw new OpenTokInvalidResponseException(OpenTokOperation.STREAM_LIST,
					"expected a list of streams, got no body", null);
		}
		return page.items();
	}

	/**
	 * Sets the layout classes of one stream, replacing the ones it had.
	 * @param sessionId the session id
	 * @param streamId the stream id
	 * @param layoutClasses the classes, such as {@code ["full", "focus"]}; empty clears
	 * them
	 * @throws IllegalArgumentException if an id is invalid, or a class name is blank
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * the request invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException if the
	 * credentials are refused (401, 403)
	 * @throws OpenTokApiException for any other refusal
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void setLayoutClasses(String sessionId, String streamId, Collection<String> layoutClasses) {
		Arguments.requireSessionId(sessionId, "sessionId");
		Arguments.requireId(streamId, "streamId");
		setLayoutClasses(sessionId, Map.of(streamId, Arguments.requireNonNull(layoutClasses, "layoutClasses")));
	}

	/**
	 * Sets the layout classes of several streams in one call, replacing the ones they
	 * had. Streams not named keep their classes.
	 * @param sessionId the session id
	 * @param classesByStreamId the classes per stream id; an empty collection clears a
	 * stream's classes. Entries are sent in the map's iteration order
	 * @throws IllegalArgumentException if the map is empty, an id is invalid, or a class
	 * name is blank
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException if OpenTok finds
	 * the request invalid (400)
	 * @throws org.opentok.spring.client.core.OpenTokAuthenticationException if the
	 * credentials are refused (401, 403)
	 * @throws OpenTokApiException for any other refusal
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void setLayoutClasses(String sessionId, Map<String, ? extends Collection<String>> classesByStreamId) {
		Arguments.requireSessionId(sessionId, "sessionId");
		LayoutClassesRequest body = LayoutClassesRequest.of(classesByStreamId);
		this.transport.call(OpenTokOperation.STREAM_SET_LAYOUT_CLASSES,
				"/v2/project/{projectId}/session/{sessionId}/stream", Map.of("sessionId", sessionId),
				(request) -> request.contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity());
	}

}
