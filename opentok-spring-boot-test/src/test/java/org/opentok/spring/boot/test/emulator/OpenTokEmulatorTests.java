package org.opentok.spring.boot.test.emulator;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opentok.spring.client.broadcast.BroadcastOptions;
import org.opentok.spring.client.session.MediaMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The emulator's lifecycle, configuration and shared state.
 */
class OpenTokEmulatorTests {

	@Test
	void listensOnTheGivenLoopbackPortUntilClosed() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		OpenTokEmulator emulator = OpenTokEmulator.builder().port(port).start();
		assertThat(emulator.isRunning()).isTrue();
		assertThat(emulator.port()).isEqualTo(port);
		assertThat(emulator.baseUrl().getHost()).isIn("127.0.0.1", "[::1]");
		emulator.close();
		emulator.close();
		assertThat(emulator.isRunning()).isFalse();
		assertThatIllegalStateException().isThrownBy(emulator::baseUrl);
		assertThatIllegalStateException().isThrownBy(emulator::start);
	}

	@Test
	void refusesMeaninglessConnectionSettings() {
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokEmulator.builder().readTimeout(Duration.ZERO))
			.withMessageContaining("'readTimeout'")
			.withMessageContaining("PT0S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OpenTokEmulator.builder().readTimeout(Duration.ofSeconds(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokEmulator.builder().readTimeout(null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OpenTokEmulator.builder().readTimeout(Duration.ofSeconds(Long.MAX_VALUE)))
			.withMessageContaining("at most PT1H");
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokEmulator.builder().maxBodySize(0))
			.withMessageContaining("'maxBodySize'")
			.withMessageContaining("got 0");
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokEmulator.builder().maxBodySize(Integer.MAX_VALUE))
			.withMessageContaining("67108864");
		assertThat(OpenTokEmulator.DEFAULT_MAX_BODY_SIZE).isEqualTo(1024 * 1024);
		assertThat(OpenTokEmulator.DEFAULT_READ_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void runsItsThreadsAsDaemons() {
		try (OpenTokEmulator emulator = OpenTokEmulator.builder().start()) {
			assertThat(emulator.isRunning()).isTrue();
			assertThat(Thread.getAllStackTraces().keySet()).filteredOn((thread) -> thread.getName().startsWith("HTTP-"))
				.isNotEmpty()
				.allSatisfy((thread) -> assertThat(thread.isDaemon()).isTrue());
		}
	}

	@Test
	void makesUpCredentialsShapedLikeRealOnes() {
		OpenTokEmulator emulator = OpenTokEmulator.builder().build();
		assertThat(emulator.credentials().apiKey()).matches("\\d{8}");
		assertThat(emulator.credentials().apiSecret()).matches("[0-9a-f]{40}");
		assertThat(emulator.account().apiKey()).matches("\\d{8}").isNotEqualTo(emulator.credentials().apiKey());
		assertThat(emulator.credentials().toString()).doesNotContain(emulator.credentials().apiSecret());
		assertThatIllegalStateException().isThrownBy(emulator::baseUrl).withMessageContaining("start()");
	}

	@Test
	void usesTheConfiguredProjectsAndAccount() {
		OpenTokEmulator emulator = OpenTokEmulator.builder()
			.project("123456", "abcdef0123456789abcdef0123456789abcdef01")
			.project("654321", "fedcba9876543210fedcba9876543210fedcba98")
			.account("111111", "0123456789abcdef0123456789abcdef01234567")
			.build();
		assertThat(emulator.credentials().apiKey()).isEqualTo("123456");
		assertThat(emulator.credentials("654321").apiSecret()).startsWith("fedcba");
		assertThat(emulator.account().apiKey()).isEqualTo("111111");
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.credentials("999"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> emulator.addProject(new EmulatorCredentials("123456", "x".repeat(40))));
	}

	@Test
	void refusesCredentialsTheServiceWouldNotIssue() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OpenTokEmulator.builder().project("abc", "abcdef0123456789abcdef0123456789abcdef01"))
			.withMessageContaining("numeric");
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokEmulator.builder().project("123456", "short"))
			.withMessageContaining("32 characters");
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokEmulator.builder().port(70000));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OpenTokEmulator.builder().build().webhooks().signatureSecret("too-short"));
	}

	@Test
	void resetForgetsActivityButKeepsProjects() {
		try (EmulatorFixture fixture = new EmulatorFixture()) {
			String sessionId = fixture.routedSession();
			fixture.emulator().connect(sessionId);
			fixture.emulator().faults().failNext(5, 500);
			String apiKey = fixture.emulator().credentials().apiKey();
			fixture.emulator().reset();
			assertThat(fixture.emulator().requests()).isEmpty();
			assertThat(fixture.emulator().faults().pending()).isZero();
			assertThatIllegalArgumentException().isThrownBy(() -> fixture.emulator().connections(sessionId));
			assertThat(fixture.emulator().credentials().apiKey()).isEqualTo(apiKey);
			assertThat(fixture.emulator().createSession(MediaMode.RELAYED)).startsWith("1_");
		}
	}

	@Test
	void servesNothingButAvailableArchivesAndLivePlaylistsUnderItsOwnPaths() {
		try (EmulatorFixture fixture = new EmulatorFixture()) {
			assertThat(fixture.send("GET", "/_emulator/archives/nope/archive.mp4", Map.of(), null).status())
				.isEqualTo(404);
			String broadcastId = fixture.openTok()
				.broadcasts()
				.start(BroadcastOptions.builder().sessionId(fixture.routedSession()).hls().build())
				.id();
			EmulatorFixture.Raw playlist = fixture.send("GET",
					"/_emulator/broadcasts/" + broadcastId + "/playlist.m3u8", Map.of(), null);
			assertThat(playlist.status()).isEqualTo(200);
			assertThat(playlist.body()).startsWith("#EXTM3U");
		}
	}

}
