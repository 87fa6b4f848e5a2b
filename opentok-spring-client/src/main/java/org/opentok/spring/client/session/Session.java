package org.opentok.spring.client.session;

import org.jspecify.annotations.Nullable;

/**
 * A session OpenTok created.
 *
 * @param sessionId the session id, to generate tokens for and to pass to clients
 * @param projectId the API key (or Vonage application id) that owns the session
 * @param createdAt the creation date as OpenTok wrote it (a human-readable date, not
 * ISO), or {@code null}
 * @param mediaServerUrl the media server URL OpenTok returned, usually empty, or
 * {@code null}
 * @param options the options the session was created with
 * @since 0.1.0
 */
public record Session(String sessionId, String projectId, @Nullable String createdAt, @Nullable String mediaServerUrl,
		SessionOptions options) {

	/**
	 * Returns the session's media mode.
	 * @return the media mode it was created with
	 */
	public MediaMode mediaMode() {
		return this.options.mediaMode();
	}

	/**
	 * Returns the session's archive mode.
	 * @return the archive mode it was created with
	 */
	public ArchiveMode archiveMode() {
		return this.options.archiveMode();
	}

}
