package org.opentok.spring.boot.test.emulator;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opentok.spring.client.broadcast.BroadcastOptions;
import org.opentok.spring.client.session.MediaMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
	void cannotBeReachedThroughThisHostsOtherAddressesByDefault() throws IOException {
		InetAddress external = nonLoopbackAddress();
		try (OpenTokEmulator emulator = OpenTokEmulator.builder().start()) {
			assertThat(InetAddress.getByName(hostOf(emulator)).isLoopbackAddress()).isTrue();
			assertThat(reachable(InetAddress.getLoopbackAddress(), emulator.port())).isTrue();
			assertThat(reachable(external, emulator.port())).isFalse();
		}
	}

	@Test
	void listensOnTheGivenAddress() throws IOException {
		InetAddress external = nonLoopbackAddress();
		try (OpenTokEmulator emulator = OpenTokEmulator.builder().bindAddress(external).start()) {
			assertThat(InetAddress.getByName(hostOf(emulator))).isEqualTo(external);
			assertThat(reachable(external, emulator.port())).isTrue();
			assertThat(reachable(InetAddress.getLoopbackAddress(), emulator.port())).isFalse();
		}
		try (OpenTokEmulator everywhere = OpenTokEmulator.builder()
			.bindAddress(InetAddress.getByName("0.0.0.0"))
			.start()) {
			// the base URL of an emulator on all addresses is the loopback one
			assertThat(InetAddress.getByName(hostOf(everywhere)).isLoopbackAddress()).isTrue();
			assertThat(reachable(external, everywhere.port())).isTrue();
			assertThat(reachable(InetAddress.getLoopbackAddress(), everywhere.port())).isTrue();
		}
	}

	@Test
	void refusesMeaninglessConnectionSettings() {
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokEmulator.builder().bindAddress(null))
			.withMessageContaining("'bindAddress'");
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

	private static String hostOf(OpenTokEmulator emulator) {
		String host = emulator.baseUrl().getHost();
		return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
	}

	private static boolean reachable(InetAddress address, int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), 2000);
			return true;
		}
		catch (ConnectException ex) {
			return false;
		}
	}

	/**
	 * Returns an IPv4 address of this host that is not a loopback one.
	 */
	private static InetAddress nonLoopbackAddress() throws SocketException {
		InetAddress address = NetworkInterface.networkInterfaces()
			.filter(OpenTokEmulatorTests::isUp)
			.flatMap(NetworkInterface::inetAddresses)
			.filter((candidate) -> candidate instanceof Inet4Address && !candidate.isLoopbackAddress()
					&& !candidate.isLinkLocalAddress())
			.findFirst()
			.orElse(null);
		assumeTrue(address != null, "this host has no IPv4 address but loopback ones");
		return address;
	}

	private static boolean isUp(NetworkInterface network) {
		try {
			return network.isUp() && !network.isLoopback();
		}
		catch (SocketException ex) {
			return false;
		}
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
