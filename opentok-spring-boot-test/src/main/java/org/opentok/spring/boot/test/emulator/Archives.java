package org.opentok.spring.boot.test.emulator;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * The archive lifecycle: {@code started} (on a routed session with a connected client; an
 * archive with a {@code multiArchiveTag} may run next to others of other tags), then
 * {@code stopped}, then {@code available} with a download URL (or {@code uploaded} when
 * the project has a storage target), each change sent as an {@code archive} callback. The
 * caller holds the state lock.
 *
 * @since 0.1.0
 */
final class Archives {

	static final String DOWNLOAD_PATH = "/_emulator/archives/";

	private final EmulatorState state;

	Archives(EmulatorState state) {
		this.state = state;
	}

	ArchiveRecord start(SessionState session, ArchiveRecord.Settings settings) {
		session.requireRouted("Archiving");
		if (session.connections().isEmpty()) {
			throw ApiError.notFound("Not found. No clients are actively connected to the OpenTok session.");
		}
		ProjectState project = session.project();
		String tag = settings.multiArchiveTag();
		for (ArchiveRecord other : project.archives().values()) {
			if (other.sessionId().equals(session.id()) && other.isRecording()
					&& (tag == null || tag.equals(other.settings().multiArchiveTag()))) {
				throw ApiError.conflict("Session " + session.id() + " is already being recorded by archive "
						+ other.id() + "; give each simultaneous archive a distinct multiArchiveTag");
			}
		}
		ArchiveRecord archive = new ArchiveRecord(Ids.uuid(), session.id(), this.state.now(), settings);
		project.archives().put(archive.id(), archive);
		announce(project, archive);
		return archive;
	}

	ArchiveRecord require(ProjectState project, String archiveId) {
		ArchiveRecord archive = project.archives().get(archiveId);
		if (archive == null) {
			throw ApiError.notFound("Archive " + archiveId + " was not found");
		}
		return archive;
	}

	ArchiveRecord stop(ProjectState project, ArchiveRecord archive, String reason) {
		if (!archive.isRecording()) {
			throw ApiError
				.conflict("Archive " + archive.id() + " is not being recorded (status " + archive.status() + ")");
		}
		archive.stop(this.state.now(), reason);
		announce(project, archive);
		this.state.later(this.state.archiveProcessingTime(), () -> finish(project, archive));
		return archive;
	}

	private void finish(ProjectState project, ArchiveRecord archive) {
		if (!"stopped".equals(archive.status()) || project.archives().get(archive.id()) != archive) {
			return;
		}
		if (project.storage() != null) {
			archive.upload(this.state.now());
		}
		else {
			archive.makeAvailable(this.state.now(),
					this.state.baseUrl() + DOWNLOAD_PATH + archive.id() + "/" + archive.fileName());
		}
		announce(project, archive);
	}

	void fail(ProjectState project, ArchiveRecord archive, String reason) {
		archive.fail(this.state.now(), reason);
		announce(project, archive);
	}

	void delete(ProjectState project, ArchiveRecord archive) {
		if (!archive.isDeletable()) {
			throw ApiError.conflict("Archive " + archive.id() + " has status " + archive.status()
					+ "; only uploaded or available archives can be deleted");
		}
		archive.delete(this.state.now());
	}

	void startAutomatic(SessionState session) {
		if (session.automaticArchiveId() == null) {
			session.automaticArchiveId(start(session, ArchiveRecord.Settings.automatic(session)).id());
		}
	}

	void stopAutomatic(SessionState session) {
		String archiveId = session.automaticArchiveId();
		if (archiveId == null) {
			return;
		}
		session.automaticArchiveId(null);
		ArchiveRecord archive = session.project().archives().get(archiveId);
		if (archive != null && archive.isRecording()) {
			stop(session.project(), archive, "session ended");
		}
	}

	void stopAll(SessionState session, String reason) {
		session.automaticArchiveId(null);
		for (ArchiveRecord archive : List.copyOf(session.project().archives().values())) {
			if (archive.sessionId().equals(session.id()) && archive.isRecording()) {
				stop(session.project(), archive, reason);
			}
		}
	}

	private void announce(ProjectState project, ArchiveRecord archive) {
		ObjectNode payload = archive.toJson(project);
		payload.put("event", "archive");
		this.state.emit(project, "archive", "status", payload);
	}

}
