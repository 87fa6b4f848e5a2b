package org.opentok.spring.sample.room;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.opentok.spring.client.session.MediaMode;

/**
 * Stores rooms with Spring's {@link JdbcClient}.
 *
 * @since 0.1.0
 */
@Repository
public class RoomRepository {

	private final JdbcClient jdbc;

	RoomRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Finds a room by name.
	 * @param name the room's name
	 * @return the room, if it exists
	 */
	public Optional<Room> find(String name) {
		return this.jdbc.sql("SELECT name, session_id, media_mode, created_at, project_id FROM room WHERE name = ?")
			.param(name)
			.query(this::room)
			.optional();
	}

	/**
	 * Lists every room, newest first.
	 * @return the rooms
	 */
	public List<Room> findAll() {
		return this.jdbc
			.sql("SELECT name, session_id, media_mode, created_at, project_id FROM room ORDER BY created_at DESC")
			.query(this::room)
			.list();
	}

	/**
	 * Stores a new room.
	 * @param room the room
	 */
	public void insert(Room room) {
		this.jdbc.sql("INSERT INTO room (name, session_id, media_mode, created_at, project_id) VALUES (?, ?, ?, ?, ?)")
			.params(room.name(), room.sessionId(), room.mediaMode().name(), Timestamp.from(room.createdAt()),
					room.projectId())
			.update();
	}

	/**
	 * Gives a room another session, unless its session changed since it was read: of
	 * callers replacing the same session at once, exactly one succeeds.
	 * @param room the room as it was read
	 * @param sessionId the new session id
	 * @param projectId the project of the new session
	 * @return whether the room now has the new session
	 */
	public boolean replaceSession(Room room, String sessionId, String projectId) {
		return this.jdbc.sql("UPDATE room SET session_id = ?, project_id = ? WHERE name = ? AND session_id = ?")
			.params(sessionId, projectId, room.name(), room.sessionId())
			.update() == 1;
	}

	private Room room(ResultSet row, int rowNumber) throws SQLException {
		return new Room(row.getString("name"), row.getString("session_id"),
				MediaMode.valueOf(row.getString("media_mode")), row.getTimestamp("created_at").toInstant(),
				row.getString("project_id"));
	}

}
