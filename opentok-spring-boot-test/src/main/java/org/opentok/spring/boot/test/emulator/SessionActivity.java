package org.opentok.spring.boot.test.emulator;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import org.opentok.spring.client.stream.VideoType;
import org.opentok.spring.client.token.Role;

/**
 * What happens in sessions: creating them, clients connecting, publishing, leaving, the
 * rotation of their media server, with the session-monitoring callbacks the service sends
 * and the automatic archive of {@code always}-archived sessions. The caller holds the
 * state lock.
 *
 * @since 0.1.0
 */
final class SessionActivity {

	private static final String SERVER_ROTATION = "serverRotation";

	private final EmulatorState state;

	private final Archives archives;

	SessionActivity(EmulatorState state, Archives archives) {
		this.state = state;
		this.archives = archives;
	}

	SessionState create(ProjectState project, boolean routed, boolean archivedAlways, @Nullable String archiveName,
			@Nullable String archiveResolution, @Nullable String location) {
		String id = SessionIds.create(project.id(), location, this.state.now());
		SessionState session = new SessionState(id, project, routed, archivedAlways, archiveName, archiveResolution,
				this.state.now());
		this.state.addSession(session);
		return session;
	}

	ConnectionRecord connect(SessionState session, String data, Role role) {
		ConnectionRecord connection = new ConnectionRecord(Ids.uuid(), this.state.now(), data, role);
		session.connections().put(connection.id(), connection);
		ObjectNode event = event(session, "connectionCreated", null);
		event.set("connection", connection.toWebhookJson());
		this.state.emit(session.project(), "connection", "created", event);
		if (session.isArchivedAlways()) {
			this.archives.startAutomatic(session);
		}
		return connection;
	}

	StreamRecord publish(SessionState session, ConnectionRecord connection, @Nullable VideoType videoType,
			String name) {
		StreamRecord stream = new StreamRecord(Ids.uuid(), connection, this.state.now(), videoType, name);
		if (session.isForceMuted()) {
			stream.muteAudio();
		}
		session.streams().put(stream.id(), stream);
		ObjectNode event = event(session, "streamCreated", null);
		event.set("stream", stream.toWebhookJson());
		this.state.emit(session.project(), "stream", "created", event);
		return stream;
	}

	void unpublish(SessionState session, StreamRecord stream, String reason) {
		if (session.streams().remove(stream.id()) == null) {
			return;
		}
		ObjectNode event = event(session, "streamDestroyed", reason);
		event.set("stream", stream.toWebhookJson());
		this.state.emit(session.project(), "stream", "destroyed", event);
	}

	void disconnect(SessionState session, ConnectionRecord connection, String reason) {
		if (leave(session, connection, reason) && session.connections().isEmpty()) {
			this.archives.stopAutomatic(session);
		}
	}

	void notifyServerRotation(SessionState session) {
		this.state.emit(session.project(), "session", "notification",
				event(session, "sessionNotification", SERVER_ROTATION));
	}

	// clients that did not migrate are cut off, the session ends, its archives stop
	void rotateServer(SessionState session) {
		List<ConnectionRecord> connected = List.copyOf(session.connections().values());
		connected.forEach((connection) -> leave(session, connection, "forceDisconnected"));
		if (!connected.isEmpty()) {
			this.state.emit(session.project(), "session", "destroyed",
					event(session, "sessionDestroyed", SERVER_ROTATION));
		}
		this.archives.stopAll(session, "server rotation");
	}

	private boolean leave(SessionState session, ConnectionRecord connection, String reason) {
		List<StreamRecord> published = session.streams()
			.values()
			.stream()
			.filter((stream) -> stream.connection().id().equals(connection.id()))
			.toList();
		published.forEach((stream) -> unpublish(session, stream, reason));
		if (session.connections().remove(connection.id()) == null) {
			return false;
		}
		ObjectNode event = event(session, "connectionDestroyed", reason);
		event.set("connection", connection.toWebhookJson());
		this.state.emit(session.project(), "connection", "destroyed", event);
		return true;
	}

	private ObjectNode event(SessionState session, String name, @Nullable String reason) {
		ObjectNode event = Json.object();
		event.put("sessionId", session.id());
		event.put("projectId", session.project().id());
		event.put("event", name);
		if (reason != null) {
			event.put("reason", reason);
		}
		event.put("timestamp", this.state.now().toEpochMilli());
		return event;
	}

}
