package org.opentok.spring.boot.test.emulator;

import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One emulated project (API key and secret) or Vonage application (id and public key),
 * and what lives in it. Guarded by the {@link EmulatorState} lock.
 *
 * @since 0.1.0
 */
final class ProjectState {

	private final String id;

	private final @Nullable RSAPublicKey publicKey;

	private final Instant createdAt;

	private @Nullable String secret;

	private @Nullable String name;

	private String status = "VALID";

	private final Map<String, ArchiveRecord> archives = new LinkedHashMap<>();

	private final Map<String, BroadcastRecord> broadcasts = new LinkedHashMap<>();

	private final Map<String, RenderRecord> renders = new LinkedHashMap<>();

	private final Map<String, String> activeCaptions = new LinkedHashMap<>();

	private final Map<String, ObjectNode> callbacks = new LinkedHashMap<>();

	private @Nullable ObjectNode storage;

	private ProjectState(String id, @Nullable String secret, @Nullable RSAPublicKey publicKey, Instant createdAt) {
		this.id = id;
		this.secret = secret;
		this.publicKey = publicKey;
		this.createdAt = createdAt;
	}

	static ProjectState openTok(EmulatorCredentials credentials, Instant createdAt) {
		return new ProjectState(credentials.apiKey(), credentials.apiSecret(), null, createdAt);
	}

	static ProjectState vonage(String applicationId, RSAPublicKey publicKey, Instant createdAt) {
		return new ProjectState(applicationId, null, publicKey, createdAt);
	}

	String id() {
		return this.id;
	}

	boolean isVonage() {
		return this.publicKey != null;
	}

	@Nullable String secret() {
		return this.secret;
	}

	void secret(String secret) {
		this.secret = secret;
	}

	@Nullable RSAPublicKey publicKey() {
		return this.publicKey;
	}

	String status() {
		return this.status;
	}

	void status(String status) {
		this.status = status;
	}

	@Nullable String name() {
		return this.name;
	}

	void name(@Nullable String name) {
		this.name = name;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	boolean isSuspended() {
		return "SUSPENDED".equals(this.status);
	}

	Map<String, ArchiveRecord> archives() {
		return this.archives;
	}

	Map<String, BroadcastRecord> broadcasts() {
		return this.broadcasts;
	}

	Map<String, RenderRecord> renders() {
		return this.renders;
	}

	Map<String, String> activeCaptions() {
		return this.activeCaptions;
	}

	Map<String, ObjectNode> callbacks() {
		return this.callbacks;
	}

	@Nullable ObjectNode storage() {
		return this.storage;
	}

	void storage(@Nullable ObjectNode storage) {
		this.storage = storage;
	}

	void clearActivity() {
		this.archives.clear();
		this.broadcasts.clear();
		this.renders.clear();
		this.activeCaptions.clear();
		this.callbacks.clear();
		this.storage = null;
	}

	/**
	 * Adds the fields that name the project to a resource: {@code projectId} (a number,
	 * as the service sends it) or {@code applicationId}.
	 * @param node the resource
	 * @param partnerId whether to add the legacy {@code partnerId} too
	 */
	void putIds(ObjectNode node, boolean partnerId) {
		if (isVonage()) {
			node.put("applicationId", this.id);
			return;
		}
		long number = Long.parseLong(this.id);
		node.put("projectId", number);
		if (partnerId) {
			node.put("partnerId", number);
		}
	}

	ObjectNode toJson() {
		ObjectNode node = Json.object();
		node.put("id", this.id);
		node.put("secret", this.secret);
		node.put("status", this.status);
		node.put("name", this.name);
		node.put("createdAt", this.createdAt.toEpochMilli());
		node.put("environmentName", "default");
		node.put("environmentDescription", "Standard Environment");
		return node;
	}

}
