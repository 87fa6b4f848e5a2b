package org.opentok.spring.boot.test.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The files that keep an emulator's projects, sessions, archives and broadcasts across
 * restarts: {@code projects.json} (the account and the projects with their secrets,
 * replaced atomically at each change), {@code sessions.jsonl} (one line per session,
 * appended; rewritten atomically when the emulator starts and on reset) and
 * {@code activity.json} (the archives and broadcasts, replaced atomically). All are
 * readable by the owner only where the file system has POSIX permissions. One emulator at
 * a time uses a directory: it holds a lock on {@code emulator.lock} until it is closed.
 * The caller holds the state lock.
 *
 * @since 0.1.0
 */
final class StateDirectory implements AutoCloseable {

	static final String PROJECTS = "projects.json";

	static final String SESSIONS = "sessions.jsonl";

	static final String ACTIVITY = "activity.json";

	static final String LOCK = "emulator.lock";

	private static final int VERSION = 1;

	private final Path directory;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private StateDirectory(Path directory, FileChannel lockChannel, FileLock lock) {
		this.directory = directory;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	/**
	 * Creates the directory if needed (owner-only) and takes its lock.
	 * @param directory the directory
	 * @return the state directory, locked
	 * @throws IllegalStateException if another emulator uses the directory
	 * @throws UncheckedIOException if the directory cannot be created or locked
	 */
	static StateDirectory open(Path directory) {
		Path absolute = directory.toAbsolutePath().normalize();
		FileChannel channel = null;
		try {
			if (!Files.isDirectory(absolute)) {
				Files.createDirectories(absolute, ownerOnly(absolute, "rwx------"));
			}
			channel = FileChannel.open(absolute.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				throw new IllegalStateException("The OpenTok emulator state directory " + absolute
						+ " is in use by another emulator: give each running emulator its own directory");
			}
			return new StateDirectory(absolute, channel, lock);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("Cannot use " + absolute + " as the OpenTok emulator state directory", ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(channel);
			throw ex;
		}
	}

	private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// an emulator of this JVM holds it
			return null;
		}
	}

	Path directory() {
		return this.directory;
	}

	/**
	 * Reads what an earlier emulator saved here.
	 * @return the saved state, or {@code null} if nothing was saved
	 * @throws IllegalStateException if a file cannot be understood
	 */
	@Nullable Saved load() {
		Path projectsFile = this.directory.resolve(PROJECTS);
		if (!Files.exists(projectsFile)) {
			return null;
		}
		try {
			JsonNode root = Json.MAPPER.readTree(Files.readString(projectsFile));
			EmulatorCredentials account = credentials(root.path("account"));
			List<SavedProject> projects = new ArrayList<>();
			for (JsonNode project : root.path("projects")) {
				projects.add(new SavedProject(credentials(project), text(project, "name"), required(project, "status"),
						Instant.ofEpochMilli(project.path("createdAt").asLong())));
			}
			return new Saved(account, projects, loadSessions());
		}
		catch (IOException | JacksonException | IllegalArgumentException ex) {
			throw unreadable(projectsFile, ex);
		}
	}

	private List<SavedSession> loadSessions() {
		Path sessionsFile = this.directory.resolve(SESSIONS);
		List<SavedSession> sessions = new ArrayList<>();
		if (!Files.exists(sessionsFile)) {
			return sessions;
		}
		String text;
		try {
			text = Files.readString(sessionsFile);
		}
		catch (IOException ex) {
			throw unreadable(sessionsFile, ex);
		}
		// appends are not atomic: a line without its newline was cut short by a crash
		int end = text.lastIndexOf('\n') + 1;
		for (String line : text.substring(0, end).split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			try {
				JsonNode session = Json.MAPPER.readTree(line);
				sessions.add(new SavedSession(required(session, "id"), required(session, "projectId"),
						session.path("routed").asBoolean(), session.path("archivedAlways").asBoolean(),
						text(session, "archiveName"), text(session, "archiveResolution"),
						Instant.ofEpochMilli(session.path("createdAt").asLong())));
			}
			catch (JacksonException | IllegalArgumentException ex) {
				throw unreadable(sessionsFile, ex);
			}
		}
		return sessions;
	}

	/**
	 * Replaces the saved account and projects.
	 * @param account the account
	 * @param projects the projects; Vonage applications are left out (their keys come
	 * from the builder)
	 */
	void saveProjects(EmulatorCredentials account, Collection<ProjectState> projects) {
		ObjectNode root = Json.object();
		root.put("version", VERSION);
		root.set("account", credentials(account.apiKey(), account.apiSecret()));
		ArrayNode saved = root.putArray("projects");
		for (ProjectState project : projects) {
			if (!project.isVonage() && project.secret() != null) {
				ObjectNode node = credentials(project.id(), project.secret());
				node.put("name", project.name());
				node.put("status", project.status());
				node.put("createdAt", project.createdAt().toEpochMilli());
				saved.add(node);
			}
		}
		replace(PROJECTS, Json.bytes(root));
	}

	/**
	 * Replaces the saved archives and broadcasts.
	 * @param projects the projects
	 */
	void saveActivity(Collection<ProjectState> projects) {
		replace(ACTIVITY, Json.bytes(SavedActivity.toJson(projects)));
	}

	/**
	 * Reads the saved archives and broadcasts.
	 * @return their JSON, or {@code null} if none were saved
	 * @throws IllegalStateException if the file cannot be understood
	 */
	@Nullable JsonNode loadActivity() {
		Path file = this.directory.resolve(ACTIVITY);
		if (!Files.exists(file)) {
			return null;
		}
		try {
			return Json.MAPPER.readTree(Files.readString(file));
		}
		catch (IOException | JacksonException ex) {
			throw unreadable(file, ex);
		}
	}

	/**
	 * Replaces the saved sessions.
	 * @param sessions the sessions
	 */
	void saveSessions(Collection<SessionState> sessions) {
		StringBuilder lines = new StringBuilder();
		sessions.forEach((session) -> lines.append(line(session)));
		replace(SESSIONS, lines.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Adds a session to the saved ones.
	 * @param session the session
	 */
	void append(SessionState session) {
		Path file = this.directory.resolve(SESSIONS);
		try {
			Files.write(file, line(session).getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot save session " + session.id() + " to " + file, ex);
		}
	}

	private static String line(SessionState session) {
		ObjectNode node = Json.object();
		node.put("id", session.id());
		node.put("projectId", session.project().id());
		node.put("routed", session.isRouted());
		node.put("archivedAlways", session.isArchivedAlways());
		node.put("archiveName", session.archiveName());
		node.put("archiveResolution", session.archiveResolution());
		node.put("createdAt", session.createdAt().toEpochMilli());
		return Json.text(node) + "\n";
	}

	// written to a temporary file, flushed to disk, then renamed over the old one: a
	// reader sees the old content or the new, never a part
	private void replace(String name, byte[] content) {
		Path target = this.directory.resolve(name);
		Path temporary = null;
		try {
			temporary = Files.createTempFile(this.directory, "." + name + "-", ".tmp",
					ownerOnly(this.directory, "rw-------"));
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			move(temporary, target);
		}
		catch (IOException ex) {
			deleteQuietly(temporary);
			throw new UncheckedIOException("Cannot save the OpenTok emulator's state to " + target, ex);
		}
	}

	private static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static FileAttribute<?>[] ownerOnly(Path path, String permissions) {
		if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[0];
		}
		return new FileAttribute<?>[] {
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)) };
	}

	private static ObjectNode credentials(String apiKey, @Nullable String apiSecret) {
		ObjectNode node = Json.object();
		node.put("apiKey", apiKey);
		node.put("apiSecret", apiSecret);
		return node;
	}

	private static EmulatorCredentials credentials(JsonNode node) {
		return new EmulatorCredentials(required(node, "apiKey"), required(node, "apiSecret"));
	}

	private static String required(JsonNode node, String field) {
		String value = text(node, field);
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException("'" + field + "' is missing");
		}
		return value;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.asString() : null;
	}

	static IllegalStateException unreadable(Path file, Exception cause) {
		return new IllegalStateException("Cannot read the OpenTok emulator's saved state in " + file + " ("
				+ cause.getMessage() + "): repair the file, or delete the directory's " + PROJECTS + " and " + SESSIONS
				+ " to start with a new project", cause);
	}

	private static void deleteQuietly(@Nullable Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// the temporary file stays: nothing reads it
			}
		}
	}

	private static void closeQuietly(@Nullable FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// the lock goes with the channel, or with the process
			}
		}
	}

	/**
	 * Releases the directory for another emulator. Idempotent.
	 */
	@Override
	public void close() {
		try {
			if (this.lock.isValid()) {
				this.lock.release();
			}
		}
		catch (IOException ex) {
			// closing the channel releases it too
		}
		closeQuietly(this.lockChannel);
	}

	/**
	 * What an earlier emulator saved.
	 *
	 * @param account the account credentials
	 * @param projects the projects, in the order they were added
	 * @param sessions the sessions, oldest first
	 */
	record Saved(EmulatorCredentials account, List<SavedProject> projects, List<SavedSession> sessions) {
	}

	/**
	 * A saved project.
	 *
	 * @param credentials its API key and secret
	 * @param name its name, or {@code null}
	 * @param status its status
	 * @param createdAt when it was created
	 */
	record SavedProject(EmulatorCredentials credentials, @Nullable String name, String status, Instant createdAt) {
	}

	/**
	 * A saved session.
	 *
	 * @param id the session id
	 * @param projectId the project's API key or application id
	 * @param routed whether it is routed
	 * @param archivedAlways whether it is archived automatically
	 * @param archiveName the automatic archive's name, or {@code null}
	 * @param archiveResolution the automatic archive's resolution, or {@code null}
	 * @param createdAt when it was created
	 */
	record SavedSession(String id, String projectId, boolean routed, boolean archivedAlways,
			@Nullable String archiveName, @Nullable String archiveResolution, Instant createdAt) {
	}

}
