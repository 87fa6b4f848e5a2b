package org.opentok.spring.boot.test.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The archives and broadcasts of the projects as {@code activity.json} holds them: each
 * with its settings and where it is in its lifecycle, so that an emulator started again
 * on the state directory lists, gets, stops and deletes them. The streams of a manual
 * stream mode selection are not kept. The caller holds the state lock.
 *
 * @since 0.1.0
 */
final class SavedActivity {

	private SavedActivity() {
	}

	static ObjectNode toJson(Collection<ProjectState> projects) {
		ObjectNode root = Json.object();
		root.put("version", 1);
		ArrayNode archives = root.putArray("archives");
		ArrayNode broadcasts = root.putArray("broadcasts");
		for (ProjectState project : projects) {
			for (ArchiveRecord archive : project.archives().values()) {
				ObjectNode node = archives.addObject();
				node.put("projectId", project.id());
				node.put("id", archive.id());
				node.put("sessionId", archive.sessionId());
				node.put("createdAt", archive.createdAt().toEpochMilli());
				node.set("settings", Json.MAPPER.valueToTree(archive.settings()));
				archive.saveLifecycle(node);
			}
			for (BroadcastRecord broadcast : project.broadcasts().values()) {
				ObjectNode node = broadcasts.addObject();
				node.put("projectId", project.id());
				node.put("id", broadcast.id());
				node.put("sessionId", broadcast.sessionId());
				node.put("createdAt", broadcast.createdAt().toEpochMilli());
				node.set("settings", Json.MAPPER.valueToTree(broadcast.settings()));
				broadcast.saveLifecycle(node);
			}
		}
		return root;
	}

	/**
	 * Gives the saved archives and broadcasts back to the projects this emulator has.
	 * @param root the saved JSON
	 * @param state the state, with its projects restored
	 * @throws IllegalArgumentException if an entry cannot be understood
	 */
	static void restore(JsonNode root, EmulatorState state) {
		for (JsonNode node : root.path("archives")) {
			ProjectState project = state.project(node.path("projectId").asString());
			if (project != null) {
				ArchiveRecord archive = new ArchiveRecord(text(node, "id"), text(node, "sessionId"),
						Instant.ofEpochMilli(node.path("createdAt").asLong()),
						Json.MAPPER.treeToValue(node.path("settings"), ArchiveRecord.Settings.class));
				archive.restoreLifecycle(text(node, "status"), Instant.ofEpochMilli(node.path("updatedAt").asLong()),
						Duration.ofMillis(node.path("durationMillis").asLong()), node.path("reason").asString(""),
						node.path("url").isString() ? node.path("url").asString() : null, node.path("size").asLong());
				project.archives().put(archive.id(), archive);
			}
		}
		for (JsonNode node : root.path("broadcasts")) {
			ProjectState project = state.project(node.path("projectId").asString());
			if (project != null) {
				BroadcastRecord broadcast = new BroadcastRecord(text(node, "id"), text(node, "sessionId"),
						Instant.ofEpochMilli(node.path("createdAt").asLong()),
						Json.MAPPER.treeToValue(node.path("settings"), BroadcastRecord.Settings.class));
				broadcast.restoreLifecycle(text(node, "status"), Instant.ofEpochMilli(node.path("updatedAt").asLong()),
						node.path("live").asBoolean());
				project.broadcasts().put(broadcast.id(), broadcast);
			}
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isString() || value.asString().isEmpty()) {
			throw new IllegalArgumentException("'" + field + "' is missing");
		}
		return value.asString();
	}

}
