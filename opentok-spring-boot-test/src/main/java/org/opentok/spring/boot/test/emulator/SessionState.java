package org.opentok.spring.boot.test.emulator;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An emulated session: its settings, connected clients and published streams. Guarded by
 * the {@link EmulatorState} lock.
 *
 * @since 0.1.0
 */
final class SessionState {

	private final String id;

	private final ProjectState project;

	private final boolean routed;

	private final boolean archivedAlways;

	private final @Nullable String archiveName;

	private final @Nullable String archiveResolution;

	private final Instant createdAt;

	private final Map<String, ConnectionRecord> connections = new LinkedHashMap<>();

	private final Map<String, StreamRecord> streams = new LinkedHashMap<>();

	private boolean forceMuted;

	private Set<String> excludedFromMute = Set.of();

	private @Nullable String automaticArchiveId;

	SessionState(String id, ProjectState project, boolean routed, boolean archivedAlways, @Nullable String archiveName,
			@Nullable String archiveResolution, Instant createdAt) {
		this.id = id;
		this.project = project;
		this.routed = routed;
		this.archivedAlways = archivedAlways;
		this.archiveName = archiveName;
		this.archiveResolution = archiveResolution;
		this.createdAt = createdAt;
	}

	String id() {
		return this.id;
	}

	ProjectState project() {
		return this.project;
	}

	boolean isRouted() {
		return this.routed;
	}

	boolean isArchivedAlways() {
		return this.archivedAlways;
	}

	@Nullable String archiveName() {
		return this.archiveName;
	}

	@Nullable String archiveResolution() {
		return this.archiveResolution;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Map<String, ConnectionRecord> connections() {
		return this.connections;
	}

	Map<String, StreamRecord> streams() {
		return this.streams;
	}

	ConnectionRecord connection(String connectionId) {
		ConnectionRecord connection = this.connections.get(connectionId);
		if (connection == null) {
			throw ApiError.notFound("Connection " + connectionId + " is not connected to session " + this.id);
		}
		return connection;
	}

	StreamRecord stream(String streamId) {
		StreamRecord stream = this.streams.get(streamId);
		if (stream == null) {
			throw ApiError.notFound("Stream " + streamId + " was not found in session " + this.id);
		}
		return stream;
	}

	/**
	 * The stream a stream call ({@code GET} or mute) names: OpenTok answers such a call
	 * for an unknown stream with {@code 408}, not {@code 404}.
	 */
	StreamRecord requestedStream(String streamId) {
		StreamRecord stream = this.streams.get(streamId);
		if (stream == null) {
			throw new ApiError(408, "Stream not found: " + streamId + " is not published in session " + this.id);
		}
		return stream;
	}

	void requireRouted(String what) {
		if (!this.routed) {
			throw ApiError.conflict(what + " needs a routed session (media mode ROUTED, p2p.preference=disabled); "
					+ "session " + this.id + " is relayed");
		}
	}

	boolean isForceMuted() {
		return this.forceMuted;
	}

	boolean isExcludedFromMute(String streamId) {
		return this.excludedFromMute.contains(streamId);
	}

	void forceMute(boolean active, Set<String> excluded) {
		this.forceMuted = active;
		this.excludedFromMute = active ? new HashSet<>(excluded) : Set.of();
	}

	@Nullable String automaticArchiveId() {
		return this.automaticArchiveId;
	}

	void automaticArchiveId(@Nullable String archiveId) {
		this.automaticArchiveId = archiveId;
	}

}
