package org.opentok.spring.emulator.fidelity;

import java.net.URI;

import org.opentok.spring.boot.test.emulator.EmulatorCredentials;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.client.session.MediaMode;

/**
 * The emulator the official SDKs are pointed at, started in one place: on a real port,
 * with a numeric API key as the official SDKs expect. The clients that join sessions and
 * publish streams are simulated through it, as real browsers would do at OpenTok.
 */
final class FidelityEmulator implements AutoCloseable {

	private final OpenTokEmulator emulator;

	private FidelityEmulator(OpenTokEmulator emulator) {
		this.emulator = emulator;
	}

	static FidelityEmulator start() {
		return new FidelityEmulator(OpenTokEmulator.builder().start());
	}

	/**
	 * The base URL to give the SDK, without a trailing slash.
	 */
	String url() {
		String url = this.emulator.baseUrl().toString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	URI baseUrl() {
		return this.emulator.baseUrl();
	}

	EmulatorCredentials credentials() {
		return this.emulator.credentials();
	}

	int apiKey() {
		return Integer.parseInt(credentials().apiKey());
	}

	String apiSecret() {
		return credentials().apiSecret();
	}

	OpenTokEmulator emulator() {
		return this.emulator;
	}

	/**
	 * A client joins the session with the token it was given.
	 */
	String connect(String sessionId, String token) {
		return this.emulator.connect(sessionId, token).connectionId();
	}

	/**
	 * A client with a publisher token joins the session.
	 */
	String connect(String sessionId) {
		return this.emulator.connect(sessionId).connectionId();
	}

	/**
	 * The connected client publishes a camera stream.
	 */
	String publish(String connectionId) {
		return this.emulator.publish(connectionId).streamId();
	}

	/**
	 * A session of this emulator's project that this emulator does not know.
	 */
	String unknownSession() {
		try (OpenTokEmulator other = OpenTokEmulator.builder()
			.project(credentials().apiKey(), credentials().apiSecret())
			.start()) {
			return other.createSession(MediaMode.ROUTED);
		}
	}

	/**
	 * The status the emulator answered the latest request with.
	 */
	int lastStatus() {
		return this.emulator.requests().get(this.emulator.requests().size() - 1).status();
	}

	@Override
	public void close() {
		this.emulator.close();
	}

}
