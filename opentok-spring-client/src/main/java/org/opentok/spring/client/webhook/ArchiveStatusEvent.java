package org.opentok.spring.client.webhook;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveStatus;

/**
 * An archive changed status ({@code "event":"archive"}): sent to the archive callback URL
 * on every step of started, paused, stopped, uploaded or available, expired, failed.
 *
 * @param archive the archive as OpenTok described it in the callback
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record ArchiveStatusEvent(Archive archive, JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.ARCHIVE_STATUS;
	}

	@Override
	public String sessionId() {
		return this.archive.sessionId();
	}

	/**
	 * Returns the archive's new status.
	 * @return the status, {@link ArchiveStatus#UNKNOWN} for one this version does not
	 * know, in which case {@link #rawStatus()} holds what arrived
	 */
	public ArchiveStatus status() {
		return this.archive.status();
	}

	/**
	 * Returns the {@code status} of the callback exactly as sent.
	 * @return the status string, or {@code null} when there was none
	 */
	public @Nullable String rawStatus() {
		return EventFields.rawText(this.json, "status");
	}

}
