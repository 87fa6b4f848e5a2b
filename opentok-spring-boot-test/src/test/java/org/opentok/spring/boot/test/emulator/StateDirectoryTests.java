package org.opentok.spring.boot.test.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.core.OpenTokConflictException;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.project.Project;
import org.opentok.spring.client.project.ProjectStatus;
import org.opentok.spring.client.session.ArchiveMode;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link OpenTokEmulator.Builder#stateDirectory}: projects and sessions outlive the
 * emulator, in owner-only files that one emulator at a time uses.
 */
class StateDirectoryTests {

	private static final String SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	@TempDir
	Path directory;

	@Test
	void aRestartedEmulatorHasTheSameProjectAndKnowsItsSessions() {
		EmulatorCredentials project;
		EmulatorCredentials account;
		String routed;
		String relayed;
		String always;
		String token;
		try (OpenTokEmulator first = start()) {
			project = first.credentials();
			account = first.account();
			OpenTok openTok = openTok(first);
			routed = openTok.sessions()
				.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
				.sessionId();
			relayed = openTok.sessions().create().sessionId();
			always = openTok.sessions()
				.create(SessionOptions.builder()
					.mediaMode(MediaMode.ROUTED)
					.archiveMode(ArchiveMode.ALWAYS)
					.archiveName("automatic")
					.build())
				.sessionId();
			token = openTok.tokens().generate(routed);
		}
		try (OpenTokEmulator second = start()) {
			assertThat(second.credentials()).isEqualTo(project);
			assertThat(second.account()).isEqualTo(account);
			assertThat(second.connect(routed, token).sessionId()).isEqualTo(routed);
			OpenTok openTok = openTok(second);
			Archive archive = openTok.archives().start(routed);
			assertThat(archive.sessionId()).isEqualTo(routed);
			assertThat(archive.status()).isEqualTo(ArchiveStatus.STARTED);
			assertThatExceptionOfType(OpenTokConflictException.class)
				.isThrownBy(() -> openTok.archives().start(relayed));
			second.connect(always);
			assertThat(openTok.archives().listAll(always)).singleElement()
				.satisfies((automatic) -> assertThat(automatic.name()).isEqualTo("automatic"));
		}
	}

	@Test
	void sessionsCreatedAfterARestartAreKeptToo() {
		String before;
		String after;
		try (OpenTokEmulator first = start()) {
			before = first.createSession(MediaMode.ROUTED);
		}
		try (OpenTokEmulator second = start()) {
			after = second.createSession(MediaMode.RELAYED);
		}
		try (OpenTokEmulator third = start()) {
			assertThat(third.connections(before)).isEmpty();
			assertThat(third.connections(after)).isEmpty();
			assertThat(third.createSession(MediaMode.ROUTED)).isNotIn(before, after);
		}
	}

	@Test
	void keepsTheFilesForTheOwnerOnlyWithNoTemporaryFileLeft() throws IOException {
		assumeTrue(this.directory.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
		Path state = this.directory.resolve("state");
		try (OpenTokEmulator emulator = OpenTokEmulator.builder().stateDirectory(state).start()) {
			emulator.createSession(MediaMode.ROUTED);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rwx------");
			for (String file : List.of("projects.json", "sessions.jsonl", "activity.json")) {
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve(file)))).as(file)
					.isEqualTo("rw-------");
			}
			assertThat(Files.readString(state.resolve("projects.json"))).contains(emulator.credentials().apiSecret());
			try (Stream<Path> files = Files.list(state)) {
				assertThat(files.map((file) -> file.getFileName().toString()))
					.containsExactlyInAnyOrder("projects.json", "sessions.jsonl", "activity.json", "emulator.lock");
			}
		}
	}

	@Test
	void aConfiguredProjectComesFirstAndTheSavedOnesStay() {
		EmulatorCredentials madeUp;
		String session;
		try (OpenTokEmulator first = start()) {
			madeUp = first.credentials();
			session = first.createSession(MediaMode.ROUTED);
		}
		try (OpenTokEmulator second = OpenTokEmulator.builder()
			.stateDirectory(this.directory)
			.project("123456", SECRET)
			.start()) {
			assertThat(second.credentials()).isEqualTo(new EmulatorCredentials("123456", SECRET));
			assertThat(second.credentials(madeUp.apiKey())).isEqualTo(madeUp);
			assertThat(second.connections(session)).isEmpty();
		}
		try (OpenTokEmulator third = OpenTokEmulator.builder()
			.stateDirectory(this.directory)
			.project("123456", SECRET.replace('a', 'b'))
			.start()) {
			assertThat(third.credentials().apiSecret()).isEqualTo(SECRET.replace('a', 'b'));
		}
	}

	@Test
	void keepsProjectManagementChangesAndDropsTheSessionsOfDeletedProjects() {
		Project refreshed;
		Project suspended;
		String orphan;
		try (OpenTokEmulator first = start()) {
			OpenTok openTok = openTok(first);
			refreshed = openTok.projects().refreshSecret(first.credentials().apiKey());
			suspended = openTok.projects().create("suspended");
			openTok.projects().changeStatus(suspended.id(), ProjectStatus.SUSPENDED);
			Project deleted = openTok.projects().create("deleted");
			orphan = OpenTok.builder(deleted.id(), deleted.secret())
				.apiUrl(first.baseUrl())
				.build()
				.sessions()
				.create()
				.sessionId();
			openTok.projects().delete(deleted.id());
		}
		try (OpenTokEmulator second = start()) {
			assertThat(second.credentials().apiSecret()).isEqualTo(refreshed.secret());
			Project reloaded = openTok(second).projects().get(suspended.id());
			assertThat(reloaded.name()).isEqualTo("suspended");
			assertThat(reloaded.status()).isEqualTo(ProjectStatus.SUSPENDED);
			assertThatIllegalArgumentException().isThrownBy(() -> second.connections(orphan))
				.withMessageContaining(orphan);
		}
	}

	@Test
	void resetForgetsTheSavedSessions() {
		String session;
		try (OpenTokEmulator first = start()) {
			session = first.createSession(MediaMode.ROUTED);
			first.reset();
		}
		try (OpenTokEmulator second = start()) {
			assertThatIllegalArgumentException().isThrownBy(() -> second.connections(session));
		}
	}

	@Test
	void oneEmulatorAtATimeUsesADirectory() {
		EmulatorCredentials project;
		try (OpenTokEmulator first = start()) {
			project = first.credentials();
			assertThatIllegalStateException().isThrownBy(this::start)
				.withMessageContaining(this.directory.toAbsolutePath().toString())
				.withMessageContaining("in use by another emulator");
		}
		try (OpenTokEmulator second = start()) {
			assertThat(second.credentials()).isEqualTo(project);
		}
	}

	@Test
	void ignoresASessionLineCutShortByACrash() throws IOException {
		String session;
		try (OpenTokEmulator first = start()) {
			session = first.createSession(MediaMode.ROUTED);
		}
		Files.writeString(this.directory.resolve("sessions.jsonl"), "{\"id\":\"1_cut", StandardOpenOption.APPEND);
		try (OpenTokEmulator second = start()) {
			assertThat(second.connections(session)).isEmpty();
		}
	}

	@Test
	void refusesStateItCannotReadAndLetsGoOfTheDirectory() throws IOException {
		Path projects = this.directory.resolve("projects.json");
		Files.writeString(projects, "{\"version\":1,\"account\":{\"apiKey\":\"not a key\"}}");
		assertThatIllegalStateException().isThrownBy(this::start)
			.withMessageContaining(projects.toAbsolutePath().toString())
			.withMessageContaining("delete");
		Files.delete(projects);
		try (OpenTokEmulator emulator = start()) {
			assertThat(emulator.isRunning()).isTrue();
		}
	}

	@Test
	void refusesAFileAsStateDirectory() throws IOException {
		Path file = Files.writeString(this.directory.resolve("file"), "x", StandardCharsets.UTF_8);
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokEmulator.builder().stateDirectory(file))
			.withMessageContaining("'stateDirectory'")
			.withMessageContaining(file.toString());
	}

	private OpenTokEmulator start() {
		return OpenTokEmulator.builder().stateDirectory(this.directory).start();
	}

	private static OpenTok openTok(OpenTokEmulator emulator) {
		EmulatorCredentials project = emulator.credentials();
		EmulatorCredentials account = emulator.account();
		return OpenTok.builder(project.apiKey(), project.apiSecret())
			.accountCredentials(account.apiKey(), account.apiSecret())
			.apiUrl(emulator.baseUrl())
			.retryPolicy(RetryPolicy.none())
			.build();
	}

}
