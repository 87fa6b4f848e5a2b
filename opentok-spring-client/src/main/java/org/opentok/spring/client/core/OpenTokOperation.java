package org.opentok.spring.client.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

import org.opentok.spring.client.internal.WireEnums;

/**
 * Every OpenTok REST operation the client performs, with its HTTP method and the stable
 * name used in error messages and observations (for example {@code session.create}).
 *
 * @since 0.1.0
 */
public enum OpenTokOperation {

	/**
	 * Create a session.
	 */
	SESSION_CREATE("session.create", HttpMethod.POST),

	/**
	 * Start an archive.
	 */
	ARCHIVE_START("archive.start", HttpMethod.POST),

	/**
	 * Stop an archive.
	 */
	ARCHIVE_STOP("archive.stop", HttpMethod.POST),

	/**
	 * Get an archive.
	 */
	ARCHIVE_GET("archive.get", HttpMethod.GET),

	/**
	 * List archives.
	 */
	ARCHIVE_LIST("archive.list", HttpMethod.GET),

	/**
	 * Delete an archive.
	 */
	ARCHIVE_DELETE("archive.delete", HttpMethod.DELETE),

	/**
	 * Change an archive's layout.
	 */
	ARCHIVE_SET_LAYOUT("archive.setLayout", HttpMethod.PUT),

	/**
	 * Add a stream to an archive.
	 */
	ARCHIVE_ADD_STREAM("archive.addStream", HttpMethod.PATCH),

	/**
	 * Remove a stream from an archive.
	 */
	ARCHIVE_REMOVE_STREAM("archive.removeStream", HttpMethod.PATCH),

	/**
	 * Set the archive upload target.
	 */
	ARCHIVE_SET_STORAGE("archive.setStorage", HttpMethod.PUT),

	/**
	 * Delete the archive upload target.
	 */
	ARCHIVE_DELETE_STORAGE("archive.deleteStorage", HttpMethod.DELETE),

	/**
	 * Start a broadcast.
	 */
	BROADCAST_START("broadcast.start", HttpMethod.POST),

	/**
	 * Stop a broadcast.
	 */
	BROADCAST_STOP("broadcast.stop", HttpMethod.POST),

	/**
	 * Get a broadcast.
	 */
	BROADCAST_GET("broadcast.get", HttpMethod.GET),

	/**
	 * List broadcasts.
	 */
	BROADCAST_LIST("broadcast.list", HttpMethod.GET),

	/**
	 * Change a broadcast's layout.
	 */
	BROADCAST_SET_LAYOUT("broadcast.setLayout", HttpMethod.PUT),

	/**
	 * Add a stream to a broadcast.
	 */
	BROADCAST_ADD_STREAM("broadcast.addStream", HttpMethod.PATCH),

	/**
	 * Remove a stream from a broadcast.
	 */
	BROADCAST_REMOVE_STREAM("broadcast.removeStream", HttpMethod.PATCH),

	/**
	 * Get a stream of a session.
	 */
	STREAM_GET("stream.get", HttpMethod.GET),

	/**
	 * List the streams of a session.
	 */
	STREAM_LIST("stream.list", HttpMethod.GET),

	/**
	 * Set the layout classes of streams.
	 */
	STREAM_SET_LAYOUT_CLASSES("stream.setLayoutClasses", HttpMethod.PUT),

	/**
	 * List the connections of a session.
	 */
	CONNECTION_LIST("connection.list", HttpMethod.GET),

	/**
	 * Send a signal to every client of a session.
	 */
	SIGNAL_SEND("signal.send", HttpMethod.POST),

	/**
	 * Send a signal to one connection.
	 */
	SIGNAL_SEND_TO_CONNECTION("signal.sendToConnection", HttpMethod.POST),

	/**
	 * Disconnect a client from a session.
	 */
	MODERATION_FORCE_DISCONNECT("moderation.forceDisconnect", HttpMethod.DELETE),

	/**
	 * Mute one stream.
	 */
	MODERATION_MUTE_STREAM("moderation.muteStream", HttpMethod.POST),

	/**
	 * Mute every stream of a session.
	 */
	MODERATION_MUTE_ALL("moderation.muteAll", HttpMethod.POST),

	/**
	 * End a mute-all.
	 */
	MODERATION_DISABLE_FORCE_MUTE("moderation.disableForceMute", HttpMethod.POST),

	/**
	 * Dial a SIP endpoint into a session.
	 */
	SIP_DIAL("sip.dial", HttpMethod.POST),

	/**
	 * Play DTMF tones to every client of a session.
	 */
	SIP_PLAY_DTMF("sip.playDtmf", HttpMethod.POST),

	/**
	 * Play DTMF tones to one connection.
	 */
	SIP_PLAY_DTMF_TO_CONNECTION("sip.playDtmfToConnection", HttpMethod.POST),

	/**
	 * Connect a session's audio to a WebSocket.
	 */
	AUDIO_CONNECT("audio.connect", HttpMethod.POST),

	/**
	 * Start an Experience Composer render.
	 */
	RENDER_START("render.start", HttpMethod.POST),

	/**
	 * Stop an Experience Composer render.
	 */
	RENDER_STOP("render.stop", HttpMethod.DELETE),

	/**
	 * Get an Experience Composer render.
	 */
	RENDER_GET("render.get", HttpMethod.GET),

	/**
	 * List Experience Composer renders.
	 */
	RENDER_LIST("render.list", HttpMethod.GET),

	/**
	 * Start live captions.
	 */
	CAPTION_START("caption.start", HttpMethod.POST),

	/**
	 * Stop live captions.
	 */
	CAPTION_STOP("caption.stop", HttpMethod.POST),

	/**
	 * Register a callback URL.
	 */
	CALLBACK_REGISTER("callback.register", HttpMethod.POST),

	/**
	 * Unregister a callback URL.
	 */
	CALLBACK_UNREGISTER("callback.unregister", HttpMethod.DELETE),

	/**
	 * List registered callbacks.
	 */
	CALLBACK_LIST("callback.list", HttpMethod.GET),

	/**
	 * Create a project (account credentials).
	 */
	PROJECT_CREATE("project.create", HttpMethod.POST),

	/**
	 * Get a project (account credentials).
	 */
	PROJECT_GET("project.get", HttpMethod.GET),

	/**
	 * List projects (account credentials).
	 */
	PROJECT_LIST("project.list", HttpMethod.GET),

	/**
	 * Activate or suspend a project (account credentials).
	 */
	PROJECT_CHANGE_STATUS("project.changeStatus", HttpMethod.PUT),

	/**
	 * Delete a project (account credentials).
	 */
	PROJECT_DELETE("project.delete", HttpMethod.DELETE),

	/**
	 * Replace a project's secret (account credentials).
	 */
	PROJECT_REFRESH_SECRET("project.refreshSecret", HttpMethod.POST);

	private final String operationName;

	private final HttpMethod method;

	OpenTokOperation(String operationName, HttpMethod method) {
		this.operationName = operationName;
		this.method = method;
	}

	/**
	 * Returns the stable, low-cardinality name of the operation, such as
	 * {@code session.create}.
	 * @return the operation name
	 */
	public String operationName() {
		return this.operationName;
	}

	/**
	 * Returns the HTTP method the operation uses.
	 * @return the HTTP method
	 */
	public HttpMethod method() {
		return this.method;
	}

	/**
	 * Whether repeating the operation has the same effect as doing it once (GET, PUT,
	 * DELETE).
	 * @return {@code true} for idempotent operations
	 */
	public boolean isIdempotent() {
		return this.method == HttpMethod.GET || this.method == HttpMethod.PUT || this.method == HttpMethod.DELETE;
	}

	/**
	 * Returns the operation a user named, by constant name or wire string
	 * ({@code SESSION_CREATE} or {@code session.create}), matched exactly: how Jackson
	 * reads this type from JSON.
	 * @param value the constant name or wire string
	 * @return the operation
	 * @throws IllegalArgumentException if {@code value} names no operation, with a
	 * message that lists the values allowed
	 */
	@JsonCreator
	public static OpenTokOperation parse(@Nullable String value) {
		return WireEnums.parse(values(), OpenTokOperation::operationName, null, value);
	}

}
