package org.opentok.spring.boot.test.emulator;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import org.opentok.spring.client.stream.VideoType;

/**
 * A stream published in an emulated session. Guarded by the {@link EmulatorState} lock.
 *
 * @since 0.1.0
 */
final class StreamRecord {

	private final String id;

	private final ConnectionRecord connection;

	private final Instant createdAt;

	private final @Nullable VideoType videoType;

	private final String name;

	private List<String> layoutClassList = List.of();

	private boolean audioMuted;

	StreamRecord(String id, ConnectionRecord connection, Instant createdAt, @Nullable VideoType videoType,
			String name) {
		this.id = id;
		this.connection = connection;
		this.createdAt = createdAt;
		this.videoType = videoType;
		this.name = name;
	}

	String id() {
		return this.id;
	}

	ConnectionRecord connection() {
		return this.connection;
	}

	void layoutClassList(List<String> layoutClassList) {
		this.layoutClassList = List.copyOf(layoutClassList);
	}

	void muteAudio() {
		this.audioMuted = true;
	}

	ObjectNode toJson() {
		ObjectNode node = Json.object();
		node.put("id", this.id);
		if (this.videoType != null) {
			node.put("videoType", this.videoType.wireValue());
		}
		node.put("name", this.name);
		node.set("layoutClassList", Json.strings(this.layoutClassList));
		return node;
	}

	ObjectNode toWebhookJson() {
		ObjectNode node = Json.object();
		node.put("id", this.id);
		node.set("connection", this.connection.toWebhookJson());
		node.put("createdAt", this.createdAt.toEpochMilli());
		node.put("name", this.name);
		if (this.videoType != null) {
			node.put("videoType", this.videoType.wireValue());
		}
		return node;
	}

	SimulatedStream toSimulated(String sessionId) {
		return new SimulatedStream(sessionId, this.id, this.connection.id(), this.videoType, this.name,
				this.layoutClassList, this.audioMuted);
	}

}
