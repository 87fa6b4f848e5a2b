package org.opentok.spring.boot.test.emulator;

import java.time.Instant;

import tools.jackson.databind.node.ObjectNode;

import org.opentok.spring.client.token.Role;

/**
 * A client connected to an emulated session.
 *
 * @param id the connection id
 * @param createdAt when it connected
 * @param data the token's connection data, {@code ""} if none
 * @param role the token's role
 * @since 0.1.0
 */
record ConnectionRecord(String id, Instant createdAt, String data, Role role) {

	ObjectNode toWebhookJson() {
		ObjectNode node = Json.object();
		node.put("id", this.id);
		node.put("createdAt", this.createdAt.toEpochMilli());
		node.put("data", this.data);
		return node;
	}

	ObjectNode toListJson() {
		ObjectNode node = Json.object();
		node.put("connectionId", this.id);
		node.put("createdAt", this.createdAt.toEpochMilli());
		node.put("connectionState", "Connected");
		return node;
	}

	SimulatedConnection toSimulated(String sessionId) {
		return new SimulatedConnection(sessionId, this.id, this.data, this.role, this.createdAt);
	}

}
