package org.opentok.spring.emulator.fidelity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.opentok.spring.boot.emulator.EmulatorLauncher;
import org.opentok.spring.boot.emulator.StandaloneEmulator;
import org.opentok.spring.boot.test.emulator.EmulatorCredentials;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.client.session.MediaMode;

/**
 * The emulator the official SDKs are pointed at: the standalone emulator, started as its
 * command line does, on a free port, with a numeric API key as the official SDKs expect.
 * The clients that join sessions and publish streams are simulated through its HTTP
 * control API, as a test suite in another language drives it.
 */
final class FidelityEmulator implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StandaloneEmulator standalone;

	private final OpenTokEmulator emulator;

	private final HttpClient http = HttpClient.newHttpClient();

	private FidelityEmulator(StandaloneEmulator standalone) {
		this.standalone = standalone;
		this.emulator = standalone.emulator();
	}

	static FidelityEmulator start() {
		return new FidelityEmulator(EmulatorLauncher.start("--port", "0"));
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
		return control("sessions/" + sessionId + "/connections", JSON.createObjectNode().put("token", token))
			.path("connectionId")
			.asString();
	}

	/**
	 * A client with a publisher token joins the session.
	 */
	String connect(String sessionId) {
		return control("sessions/" + sessionId + "/connections", JSON.createObjectNode()).path("connectionId")
			.asString();
	}

	/**
	 * The connected client publishes a camera stream.
	 */
	String publish(String connectionId) {
		return control("connections/" + connectionId + "/streams", JSON.createObjectNode().put("videoType", "camera"))
			.path("streamId")
			.asString();
	}

	private JsonNode control(String path, JsonNode body) {
		HttpRequest request = HttpRequest.newBuilder(this.standalone.baseUrl().resolve("/_emulator/control/" + path))
			.header("Authorization", "Bearer " + this.standalone.controlToken())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201) {
				throw new IllegalStateException(
						"POST " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("POST " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
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
		this.standalone.close();
	}

}
