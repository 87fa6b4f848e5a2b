package org.opentok.spring.sample.room;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.Lock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.session.SessionOptions;

/**
 * Maps room names to OpenTok sessions: the first use of a name creates the session, later
 * uses find it. A room whose session belongs to another OpenTok project (the app now runs
 * with other credentials, or the emulator of another data directory) is never handed out
 * for use: its next use gives it a new session of the current project.
 * <p>
 * Within one instance, work on a name is done one caller at a time ({@link NameLocks}),
 * so concurrent first uses create exactly one session. Between instances sharing a
 * database, the room's primary key and a conditional update settle races: a caller that
 * loses one discards the session it made and answers with the winner's, so no caller ever
 * sees a discarded session.
 *
 * @since 0.1.0
 */
@Service
public class RoomService {

	private static final int MAX_REPLACEMENTS = 3;

	private final RoomRepository rooms;

	private final SessionClient sessions;

	private final String projectId;

	private final Clock clock;

	private final NameLocks locks = new NameLocks();

	RoomService(RoomRepository rooms, SessionClient sessions, OpenTokTransport openTokTransport) {
		this.rooms = rooms;
		this.sessions = sessions;
		this.projectId = openTokTransport.projectId();
		this.clock = Clock.systemUTC();
	}

	/**
	 * Returns the room with this name, creating it and its OpenTok session on first use,
	 * and giving it a new session if its session belongs to another project. Concurrent
	 * first uses of one name create exactly one session.
	 * @param name the room's name
	 * @param mediaMode the media mode for a new room (ignored for an existing one)
	 * @return the room and whether this call created it
	 */
	public RoomLookup getOrCreate(String name, MediaMode mediaMode) {
		Room existing = this.rooms.find(name).orElse(null);
		if (existing != null && existing.belongsTo(this.projectId)) {
			return new RoomLookup(existing, false);
		}
		Lock lock = this.locks.lockFor(name);
		lock.lock();
		try {
			existing = this.rooms.find(name).orElse(null);
			if (existing != null) {
				return new RoomLookup(usable(existing), false);
			}
			Room room = new Room(name, newSession(mediaMode), mediaMode, this.clock.instant(), this.projectId);
			try {
				this.rooms.insert(room);
				return new RoomLookup(room, true);
			}
			catch (DuplicateKeyException ex) {
				// another instance created it first
				return new RoomLookup(usable(this.rooms.find(name).orElseThrow()), false);
			}
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Returns an existing room, ready for use: a room whose session belongs to another
	 * project gets a new session of the current one first.
	 * @param name the room's name
	 * @return the room, with a session of the current project
	 * @throws RoomNotFoundException if no room has that name
	 */
	public Room get(String name) {
		Room room = this.rooms.find(name).orElseThrow(() -> new RoomNotFoundException(name));
		if (room.belongsTo(this.projectId)) {
			return room;
		}
		Lock lock = this.locks.lockFor(name);
		lock.lock();
		try {
			return usable(this.rooms.find(name).orElseThrow(() -> new RoomNotFoundException(name)));
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Lists every room, newest first, as stored: rooms of other projects included.
	 * @return the rooms
	 */
	public List<Room> list() {
		return this.rooms.findAll();
	}

	// the caller holds the name's lock
	private Room usable(Room room) {
		Room current = room;
		for (int attempt = 0; !current.belongsTo(this.projectId); attempt++) {
			if (attempt == MAX_REPLACEMENTS) {
				throw new IllegalStateException("Room '" + room.name() + "' keeps getting sessions of another "
						+ "project: do instances with different OpenTok credentials share this database?");
			}
			String sessionId = newSession(current.mediaMode());
			if (this.rooms.replaceSession(current, sessionId, this.projectId)) {
				return new Room(current.name(), sessionId, current.mediaMode(), current.createdAt(), this.projectId);
			}
			// another instance replaced it first: its
			// session wins, this one is never used
			String name = current.name();
			current = this.rooms.find(name).orElseThrow(() -> new RoomNotFoundException(name));
		}
		return current;
	}

	private String newSession(MediaMode mediaMode) {
		return this.sessions.create(SessionOptions.builder().mediaMode(mediaMode).build()).sessionId();
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
