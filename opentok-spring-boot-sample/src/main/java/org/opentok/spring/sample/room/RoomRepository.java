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
		return this.jdbc.sql("SELECT name, session_id, media_mode, created_at FROM room WHERE name = ?")
			.param(name)
			.query(this::room)
			.optional();
	}

	/**
	 * Lists every room, newest first.
	 * @return the rooms
	 */
	public List<Room> findAll() {
		return this.jdbc.sql("SELECT name, session_id, media_mode, created_at FROM room ORDER BY created_at DESC")
			.query(this::room)
			.list();
	}

	/**
	 * Stores a new room.
	 * @param room the room
	 */
	public void insert(Room room) {
		this.jdbc.sql("INSERT INTO room (name, session_id, media_mode, created_at) VALUES (?, ?, ?, ?)")
			.params(room.name(), room.sessionId(), room.mediaMode().name(), Timestamp.from(room.createdAt()))
			.update();
	}

	private Room room(ResultSet row, int rowNumber) throws SQLException {
		return new Room(row.getString("name"), row.getString("session_id"),
				MediaMode.valueOf(row.getString("media_mode")), row.getTimestamp("created_at").toInstant());
	}

}
