package org.opentok.spring.boot.test.emulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One emulated Experience Composer: {@code starting}, then {@code started} once it
 * publishes its stream, then {@code stopped}. Guarded by the {@link EmulatorState} lock.
 *
 * @since 0.1.0
 */
final class RenderRecord {

	private final String id;

	private final String sessionId;

	private final Instant createdAt;

	private final String url;

	private final String resolution;

	private final @Nullable String name;

	private final @Nullable String callbackUrl;

	private String status = "starting";

	private Instant updatedAt;

	private @Nullable String streamId;

	private @Nullable String connectionId;

	private @Nullable String reason;

	RenderRecord(String id, String sessionId, Instant createdAt, String url, String resolution, @Nullable String name,
			@Nullable String callbackUrl) {
		this.id = id;
		this.sessionId = sessionId;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
		this.url = url;
		this.resolution = resolution;
		this.name = name;
		this.callbackUrl = callbackUrl;
	}

	String id() {
		return this.id;
	}

	String sessionId() {
		return this.sessionId;
	}

	String status() {
		return this.status;
	}

	@Nullable String name() {
		return this.name;
	}

	@Nullable String connectionId() {
		return this.connectionId;
	}

	void started(Instant now, String connectionId, String streamId) {
		this.status = "started";
		this.updatedAt = now;
		this.connectionId = connectionId;
		this.streamId = streamId;
	}

	void stopped(Instant now) {
		this.status = "stopped";
		this.updatedAt = now;
		this.reason = "Stop Requested";
	}

	ObjectNode toJson(ProjectState project) {
		ObjectNode node = Json.object();
		node.put("id", this.id);
		node.put("sessionId", this.sessionId);
		node.put(project.isVonage() ? "applicationId" : "projectId", project.id());
		node.put("createdAt", this.createdAt.toEpochMilli());
		node.put("updatedAt", this.updatedAt.toEpochMilli());
		node.put("url", this.url);
		node.put("resolution", this.resolution);
		node.put("status", this.status);
		if (this.streamId != null) {
			node.put("streamId", this.streamId);
		}
		if (this.reason != null) {
			node.put("reason", this.reason);
		}
		if (this.name != null) {
			node.put("name", this.name);
		}
		if (this.callbackUrl != null) {
			node.put("callbackUrl", this.callbackUrl);
		}
		return node;
	}

}
