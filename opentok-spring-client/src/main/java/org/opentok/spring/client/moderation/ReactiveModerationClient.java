package org.opentok.spring.client.moderation;

import java.util.Collection;
import java.util.List;

import reactor.core.publisher.Mono;

import org.opentok.spring.client.core.ReactiveOpenTokTransport;

/**
 * The reactive twin of {@link ModerationClient}: the same calls, requests and errors, as
 * {@link Mono}s that send nothing before subscription. Arguments are validated when a
 * method is called, with the {@link IllegalArgumentException} the blocking client throws.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public class ReactiveModerationClient {

	private final ReactiveOpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ReactiveModerationClient(ReactiveOpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Disconnects a client from a session, as
	 * {@link ModerationClient#forceDisconnect(String, String)} does.
	 * @param sessionId the session id
	 * @param connectionId the client's connection id
	 * @return completes when OpenTok has disconnected the client
	 * @throws IllegalArgumentException if an id is blank or not an OpenTok id
	 */
	public Mono<Void> forceDisconnect(String sessionId, String connectionId) {
		return this.transport.execute(ModerationCalls.forceDisconnect(sessionId, connectionId));
	}

	/**
	 * Mutes the audio of one stream, as
	 * {@link ModerationClient#muteStream(String, String)} does.
	 * @param sessionId the session id
	 * @param streamId the stream id
	 * @return completes when OpenTok has muted the stream
	 * @throws IllegalArgumentException if an id is blank or not an OpenTok id
	 */
	public Mono<Void> muteStream(String sessionId, String streamId) {
		return this.transport.execute(ModerationCalls.muteStream(sessionId, streamId));
	}

	/**
	 * Mutes the audio of every stream of a session, as
	 * {@link ModerationClient#muteAll(String)} does.
	 * @param sessionId the session id
	 * @return completes when OpenTok has muted the session
	 * @throws IllegalArgumentException if the id is blank or not an OpenTok id
	 */
	public Mono<Void> muteAll(String sessionId) {
		return muteAll(sessionId, List.of());
	}

	/**
	 * Mutes the audio of every stream of a session but the excluded ones, as
	 * {@link ModerationClient#muteAll(String, Collection)} does.
	 * @param sessionId the session id
	 * @param excludedStreamIds the streams to leave unmuted, possibly none
	 * @return completes when OpenTok has muted the session
	 * @throws IllegalArgumentException if an id is blank or not an OpenTok id, or the
	 * collection is too large
	 */
	public Mono<Void> muteAll(String sessionId, Collection<String> excludedStreamIds) {
		return this.transport.execute(ModerationCalls.muteAll(sessionId, excludedStreamIds));
	}

	/**
	 * Ends a mute-all, as {@link ModerationClient#disableForceMute(String)} does.
	 * @param sessionId the session id
	 * @return completes when OpenTok has ended the mute-all
	 * @throws IllegalArgumentException if the id is blank or not an OpenTok id
	 */
	public Mono<Void> disableForceMute(String sessionId) {
		return this.transport.execute(ModerationCalls.disableForceMute(sessionId));
	}

}
