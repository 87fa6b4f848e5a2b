package org.opentok.spring.client.webhook;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Live captions changed status (started, paused, stopped, failed): sent to the
 * {@code statusCallbackUrl} given when the captions were started. OpenTok's SDKs do not
 * model this callback; fields this record does not cover are in {@link #json()}.
 *
 * @param captionsId the captions' id, read from {@code captionId} or {@code captionsId}
 * @param sessionId the captioned session
 * @param projectId the API key (or Vonage application id, {@code applicationId} on the
 * wire), or {@code null}
 * @param rawStatus the {@code status} exactly as sent, or {@code null} when there was
 * none; {@link #status()} reads it
 * @param createdAt when the captions were started, or {@code null}
 * @param updatedAt when the captions last changed, or {@code null}
 * @param duration how long captions have run (whole seconds on the wire), or {@code null}
 * @param languageCode the spoken language, such as {@code en-US}, or {@code null}
 * @param provider the transcription provider, or {@code null}
 * @param reason why the captions stopped or failed, or {@code null}
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record CaptionStatusEvent(String captionsId, String sessionId, @Nullable String projectId,
		@Nullable String rawStatus, @Nullable Instant createdAt, @Nullable Instant updatedAt,
		@Nullable Duration duration, @Nullable String languageCode, @Nullable String provider, @Nullable String reason,
		JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.CAPTION_STATUS;
	}

	/**
	 * Returns the captions' new status.
	 * @return the status; {@link CaptionStatus#UNKNOWN} for one this version does not
	 * know, or none, in which case {@link #rawStatus()} holds what arrived
	 */
	public CaptionStatus status() {
		return CaptionStatus.fromWire(this.rawStatus);
	}

}
