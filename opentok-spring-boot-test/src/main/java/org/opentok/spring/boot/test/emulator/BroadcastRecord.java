package org.opentok.spring.boot.test.emulator;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One emulated live-streaming broadcast. Its outputs report {@code connecting} in the
 * start answer and {@code live} afterwards. Guarded by the {@link EmulatorState} lock.
 *
 * @since 0.1.0
 */
final class BroadcastRecord {

	static final String PLAYLIST_PATH = "/_emulator/broadcasts/";

	private final String id;

	private final String sessionId;

	private final Instant createdAt;

	private final Settings settings;

	private final StreamSelection streams = new StreamSelection();

	private String status = "started";

	private Instant updatedAt;

	private boolean live;

	BroadcastRecord(String id, String sessionId, Instant createdAt, Settings settings) {
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

	Settings settings() {
		return this.settings;
	}

	StreamSelection streams() {
		return this.streams;
	}

	boolean isStarted() {
		return "started".equals(this.status);
	}

	void goLive() {
		this.live = true;
	}

	void saveLifecycle(ObjectNode node) {
		node.put("status", this.status);
		node.put("updatedAt", this.updatedAt.toEpochMilli());
		node.put("live", this.live);
	}

	void restoreLifecycle(String status, Instant updatedAt, boolean live) {
		this.status = status;
		this.updatedAt = updatedAt;
		this.live = live;
	}

	void stop(Instant now) {
		this.status = "stopped";
		this.updatedAt = now;
	}

	ObjectNode toJson(ProjectState project, URI baseUrl) {
		ObjectNode node = Json.object();
		node.put("id", this.id);
		node.put("sessionId", this.sessionId);
		project.putIds(node, false);
		node.put("createdAt", this.createdAt.toEpochMilli());
		node.put("updatedAt", this.updatedAt.toEpochMilli());
		node.put("status", this.status);
		node.put("resolution", this.settings.resolution());
		node.put("maxDuration", this.settings.maxDuration());
		node.put("maxBitrate", this.settings.maxBitrate());
		node.put("hasAudio", this.settings.hasAudio());
		node.put("hasVideo", this.settings.hasVideo());
		node.put("streamMode", this.settings.streamMode());
		if (this.settings.multiBroadcastTag() != null) {
			node.put("multiBroadcastTag", this.settings.multiBroadcastTag());
		}
		if (isStarted()) {
			node.set("broadcastUrls", urls(baseUrl));
		}
		else {
			node.putNull("broadcastUrls");
		}
		if (this.settings.hls() != null) {
			ObjectNode hls = node.putObject("settings").putObject("hls");
			hls.put("dvr", this.settings.hls().dvr());
			hls.put("lowLatency", this.settings.hls().lowLatency());
		}
		if ("manual".equals(this.settings.streamMode())) {
			node.set("streams", this.streams.toJson());
		}
		return node;
	}

	private ObjectNode urls(URI baseUrl) {
		ObjectNode urls = Json.object();
		Hls hls = this.settings.hls();
		if (hls != null) {
			urls.put("hls", baseUrl + PLAYLIST_PATH + this.id + "/playlist.m3u8" + (hls.dvr() ? "?DVR" : ""));
			urls.put("hlsStatus", this.live ? "live" : "connecting");
		}
		ArrayNode rtmp = urls.putArray("rtmp");
		for (Rtmp target : this.settings.rtmp()) {
			ObjectNode output = rtmp.addObject();
			if (target.id() != null) {
				output.put("id", target.id());
			}
			output.put("serverUrl", target.serverUrl());
			output.put("streamName", target.streamName());
			output.put("status", this.live ? "live" : "connecting");
		}
		return urls;
	}

	/**
	 * How a broadcast streams, fixed when it starts.
	 *
	 * @param hls the HLS output, or {@code null}
	 * @param rtmp the RTMP outputs
	 * @param resolution the resolution
	 * @param maxDuration the maximum duration in seconds
	 * @param maxBitrate the maximum bitrate
	 * @param hasAudio whether audio is streamed
	 * @param hasVideo whether video is streamed
	 * @param streamMode {@code auto} or {@code manual}
	 * @param multiBroadcastTag the tag for simultaneous broadcasts, or {@code null}
	 */
	record Settings(@Nullable Hls hls, List<Rtmp> rtmp, String resolution, int maxDuration, int maxBitrate,
			boolean hasAudio, boolean hasVideo, String streamMode, @Nullable String multiBroadcastTag) {

	}

	/**
	 * The HLS output's options.
	 *
	 * @param dvr whether DVR is on
	 * @param lowLatency whether low-latency mode is on
	 */
	record Hls(boolean dvr, boolean lowLatency) {

	}

	/**
	 * One RTMP output.
	 *
	 * @param id the id the app gave it, or {@code null}
	 * @param serverUrl the RTMP server URL
	 * @param streamName the stream name
	 */
	record Rtmp(@Nullable String id, String serverUrl, String streamName) {

	}

}
