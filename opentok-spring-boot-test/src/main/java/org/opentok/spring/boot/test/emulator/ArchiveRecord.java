package org.opentok.spring.boot.test.emulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One emulated archive and where it is in its lifecycle. Guarded by the
 * {@link EmulatorState} lock.
 *
 * @since 0.1.0
 */
final class ArchiveRecord {

	private final String id;

	private final String sessionId;

	private final Instant createdAt;

	private final Settings settings;

	private final StreamSelection streams = new StreamSelection();

	private String status = "started";

	private Instant updatedAt;

	private Duration duration = Duration.ZERO;

	private String reason = "";

	private @Nullable String url;

	private long size;

	ArchiveRecord(String id, String sessionId, Instant createdAt, Settings settings) {
		this.id = id;
		this.sessionId = sessionId;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
		this.settings = settings;
	}

	String id() {
		return this.id;
	}

	String sessionId() {
		return this.sessionId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	String status() {
		return this.status;
	}

	Settings settings() {
		return this.settings;
	}

	StreamSelection streams() {
		return this.streams;
	}

	boolean isRecording() {
		return "started".equals(this.status) || "paused".equals(this.status);
	}

	boolean isDeletable() {
		return "available".equals(this.status) || "uploaded".equals(this.status) || "deleted".equals(this.status);
	}

	void stop(Instant now, String reason) {
		this.duration = Duration.between(this.createdAt, now);
		this.reason = reason;
		change("stopped", now);
	}

	void upload(Instant now) {
		this.size = content().length;
		change("uploaded", now);
	}

	void makeAvailable(Instant now, String url) {
		this.size = content().length;
		this.url = url;
		change("available", now);
	}

	void fail(Instant now, String reason) {
		this.reason = reason;
		this.url = null;
		change("failed", now);
	}

	void delete(Instant now) {
		this.url = null;
		change("deleted", now);
	}

	void saveLifecycle(ObjectNode node) {
		node.put("status", this.status);
		node.put("updatedAt", this.updatedAt.toEpochMilli());
		node.put("durationMillis", this.duration.toMillis());
		node.put("reason", this.reason);
		// the path only: a restarted emulator may listen on another port
		node.put("url", (this.url != null) ? URI.create(this.url).getRawPath() : null);
		node.put("size", this.size);
	}

	/**
	 * Completes a download URL restored as a path with the emulator's base URL.
	 * @param baseUrl the base URL
	 */
	void rebase(URI baseUrl) {
		if (this.url != null && this.url.startsWith("/")) {
			this.url = baseUrl + this.url;
		}
	}

	void restoreLifecycle(String status, Instant updatedAt, Duration duration, String reason, @Nullable String url,
			long size) {
		this.status = status;
		this.updatedAt = updatedAt;
		this.duration = duration;
		this.reason = reason;
		this.url = url;
		this.size = size;
	}

	private void change(String status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	/**
	 * Returns what the emulator serves at the archive's download URL.
	 * @return the placeholder content
	 */
	byte[] content() {
		return ("OpenTok emulator placeholder for archive " + this.id + "\n").getBytes(StandardCharsets.UTF_8);
	}

	String fileName() {
		return this.settings.composed() ? "archive.mp4" : "archive.zip";
	}

	ObjectNode toJson(ProjectState project) {
		ObjectNode node = Json.object();
		node.put("id", this.id);
		node.put("status", this.status);
		node.put("name", this.settings.name());
		node.put("sessionId", this.sessionId);
		project.putIds(node, true);
		node.put("createdAt", this.createdAt.toEpochMilli());
		node.put("updatedAt", this.updatedAt.toEpochMilli());
		node.put("duration", this.duration.toSeconds());
		node.put("size", this.size);
		node.put("url", this.url);
		node.put("reason", this.reason);
		node.put("hasAudio", this.settings.hasAudio());
		node.put("hasVideo", this.settings.hasVideo());
		node.put("outputMode", this.settings.outputMode());
		node.put("streamMode", this.settings.streamMode());
		if (this.settings.composed()) {
			node.put("resolution", this.settings.resolution());
		}
		if (this.settings.maxBitrate() != null) {
			node.put("maxBitrate", this.settings.maxBitrate());
		}
		if (this.settings.quantizationParameter() != null) {
			node.put("quantizationParameter", this.settings.quantizationParameter());
		}
		if (this.settings.multiArchiveTag() != null) {
			node.put("multiArchiveTag", this.settings.multiArchiveTag());
		}
		if ("manual".equals(this.settings.streamMode())) {
			node.set("streams", this.streams.toJson());
		}
		node.put("hasTranscription", this.settings.hasTranscription());
		if (this.settings.hasTranscription()) {
			ObjectNode transcription = node.putObject("transcription");
			transcription.put("status", "available".equals(this.status) ? "available" : "requested");
			transcription.put("primaryLanguageCode", this.settings.transcriptionLanguage());
			transcription.put("hasSummary", this.settings.transcriptionSummary());
		}
		return node;
	}

	/**
	 * How an archive records, fixed when it starts.
	 *
	 * @param name the name, or {@code null}
	 * @param hasAudio whether audio is recorded
	 * @param hasVideo whether video is recorded
	 * @param outputMode {@code composed} or {@code individual}
	 * @param streamMode {@code auto} or {@code manual}
	 * @param resolution the resolution of a composed archive
	 * @param maxBitrate the video bitrate cap, or {@code null}
	 * @param quantizationParameter the quantization parameter, or {@code null}
	 * @param multiArchiveTag the tag for simultaneous archives, or {@code null}
	 * @param hasTranscription whether a transcription is made
	 * @param transcriptionLanguage the transcription's language
	 * @param transcriptionSummary whether the transcription has a summary
	 */
	record Settings(@Nullable String name, boolean hasAudio, boolean hasVideo, String outputMode, String streamMode,
			String resolution, @Nullable Integer maxBitrate, @Nullable Integer quantizationParameter,
			@Nullable String multiArchiveTag, boolean hasTranscription, String transcriptionLanguage,
			boolean transcriptionSummary) {

		static Settings automatic(SessionState session) {
			String resolution = (session.archiveResolution() != null) ? session.archiveResolution() : "640x480";
			return new Settings(session.archiveName(), true, true, "composed", "auto", resolution, null, null, null,
					false, "en-US", false);
		}

		boolean composed() {
			return "composed".equals(this.outputMode);
		}

	}

}
