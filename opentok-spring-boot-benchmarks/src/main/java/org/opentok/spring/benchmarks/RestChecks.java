package org.opentok.spring.benchmarks;

import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.session.Session;

/**
 * Checks that a REST benchmark's answer was really read: the parsed results carry the
 * stub's values.
 *
 * @since 0.1.0
 */
final class RestChecks {

	private RestChecks() {
	}

	static void check(Session session) {
		require(Fixtures.SESSION_ID.equals(session.sessionId()), "session id", session);
	}

	static void check(Archive archive) {
		require(Fixtures.ARCHIVE_ID.equals(archive.id()) && archive.status() == ArchiveStatus.AVAILABLE
				&& archive.size() == 123456789L && archive.duration().getSeconds() == 600, "archive", archive);
	}

	static void check(com.opentok.Session session) {
		require(Fixtures.SESSION_ID.equals(session.getSessionId()), "official session id", session);
	}

	static void check(com.opentok.Archive archive) {
		require(Fixtures.ARCHIVE_ID.equals(archive.getId())
				&& archive.getStatus() == com.opentok.Archive.Status.AVAILABLE && archive.getSize() == 123456789L
				&& archive.getDuration() == 600, "official archive", archive);
	}

	static void checkBody(String body, String expected) {
		require(body.equals(expected), "raw body", body);
	}

	private static void require(boolean condition, String what, Object actual) {
		if (!condition) {
			throw new IllegalStateException("Unexpected " + what + ": " + actual);
		}
	}

}
