package org.opentok.spring.sample.room;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.Session;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.session.SessionOptions;

/**
 * Maps room names to OpenTok sessions: the first use of a name creates the session, later
 * uses find it.
 *
 * @since 0.1.0
 */
@Service
public class RoomService {

	private final RoomRepository rooms;

	private final SessionClient sessions;

	private final Clock clock;

	private final ConcurrentMap<String, Object> creationLocks = new ConcurrentHashMap<>();

	RoomService(RoomRepository rooms, SessionClient sessions) {
		this.rooms = rooms;
		this.sessions = sessions;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Returns the room with this name, creating it and its OpenTok session on first use.
	 * Concurrent first uses of one name create exactly one session.
	 * @param name the room's name
	 * @param mediaMode the media mode for a new room (ignored for an existing one)
	 * @return the room and whether this call created it
	 */
	public RoomLookup getOrCreate(String name, MediaMode mediaMode) {
		Room existing = this.rooms.find(name).orElse(null);
		if (existing != null) {
			return new RoomLookup(existing, false);
		}
		// one creator per name in this instance; the primary key settles races between
		// instances sharing a database
		synchronized (this.creationLocks.computeIfAbsent(name, (key) -> new Object())) {
			existing = this.rooms.find(name).orElse(null);
			if (existing != null) {
				return new RoomLookup(existing, false);
			}
			Session session = this.sessions.create(SessionOptions.builder().mediaMode(mediaMode).build());
			Room room = new Room(name, session.sessionId(), mediaMode, this.clock.instant());
			try {
				this.rooms.insert(room);
				return new RoomLookup(room, true);
			}
			catch (DuplicateKeyException ex) {
				return new RoomLookup(this.rooms.find(name).orElseThrow(), false);
			}
		}
	}

	/**
	 * Returns an existing room.
	 * @param name the room's name
	 * @return the room
	 * @throws RoomNotFoundException if no room has that name
	 */
	public Room get(String name) {
		return this.rooms.find(name).orElseThrow(() -> new RoomNotFoundException(name));
	}

	/**
	 * Lists every room, newest first.
	 * @return the rooms
	 */
	public List<Room> list() {
		return this.rooms.findAll();
	}

	/**
	 * The answer of {@link #getOrCreate}.
	 *
	 * @param room the room
	 * @param created whether the call created it
	 */
	public record RoomLookup(Room room, boolean created) {
	}

}
