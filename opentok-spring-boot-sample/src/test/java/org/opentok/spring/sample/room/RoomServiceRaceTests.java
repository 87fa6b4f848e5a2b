package org.opentok.spring.sample.room;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.Session;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.sample.AbstractSampleHttpTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * {@link RoomService} losing races to another instance that shares the database: while it
 * makes a session, the other instance stores its own. The caller gets the other
 * instance's session, never the one made here.
 */
class RoomServiceRaceTests extends AbstractSampleHttpTests {

	@Autowired
	private RoomRepository repository;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private OpenTokTransport openTokTransport;

	private final SessionClient sessions = mock(SessionClient.class);

	@Test
	void aFirstUseThatLosesTheInsertAnswersWithTheOtherInstancesRoom() {
		String name = uniqueName("lost-insert");
		String winner = this.emulator.createSession(MediaMode.ROUTED);
		given(this.sessions.create(any(SessionOptions.class))).willAnswer((invocation) -> {
			this.repository.insert(new Room(name, winner, MediaMode.ROUTED, Instant.now(), apiKey()));
			return session("1_made-here-and-discarded");
		});
		RoomService.RoomLookup lookup = service().getOrCreate(name, MediaMode.ROUTED);
		assertThat(lookup.created()).isFalse();
		assertThat(lookup.room().sessionId()).isEqualTo(winner);
		assertThat(storedSession(name)).isEqualTo(winner);
		verify(this.sessions, times(1)).create(any(SessionOptions.class));
	}

	@Test
	void aReplacementThatLosesTheUpdateAnswersWithTheOtherInstancesSession() {
		String name = uniqueName("lost-update");
		this.repository.insert(new Room(name, "1_of-another-project", MediaMode.ROUTED, Instant.now(), "11111111"));
		String winner = this.emulator.createSession(MediaMode.ROUTED);
		given(this.sessions.create(any(SessionOptions.class))).willAnswer((invocation) -> {
			this.repository.replaceSession(this.repository.find(name).orElseThrow(), winner, apiKey());
			return session("1_made-here-and-discarded");
		});
		Room room = service().get(name);
		assertThat(room.sessionId()).isEqualTo(winner);
		assertThat(room.projectId()).isEqualTo(apiKey());
		assertThat(storedSession(name)).isEqualTo(winner);
		verify(this.sessions, times(1)).create(any(SessionOptions.class));
	}

	private RoomService service() {
		return new RoomService(this.repository, this.sessions, this.openTokTransport);
	}

	private String apiKey() {
		return this.emulator.credentials().apiKey();
	}

	private Session session(String sessionId) {
		return new Session(sessionId, apiKey(), null, null, SessionOptions.defaults());
	}

	private String storedSession(String name) {
		return this.jdbc.sql("SELECT session_id FROM room WHERE name = ?").param(name).query(String.class).single();
	}

}
