package org.opentok.spring.boot.emulator;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.boot.test.emulator.EmulatorCredentials;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;

/**
 * An emulator started by {@link EmulatorLauncher}: the running {@link OpenTokEmulator},
 * the token of its control API and what to tell its user. Closing it stops the emulator
 * and releases its state directory.
 *
 * @since 0.1.0
 */
public final class StandaloneEmulator implements AutoCloseable {

	private final OpenTokEmulator emulator;

	private final String controlToken;

	private final LauncherOptions options;

	StandaloneEmulator(OpenTokEmulator emulator, String controlToken, LauncherOptions options) {
		this.emulator = emulator;
		this.controlToken = controlToken;
		this.options = options;
	}

	/**
	 * Returns the running emulator, for in-JVM use of its Java API.
	 * @return the emulator
	 */
	public OpenTokEmulator emulator() {
		return this.emulator;
	}

	/**
	 * Returns the URL to use as the OpenTok API URL.
	 * @return the base URL, such as {@code http://127.0.0.1:4010}
	 * @throws IllegalStateException if the emulator was closed
	 */
	public URI baseUrl() {
		return this.emulator.baseUrl();
	}

	/**
	 * Returns the port the emulator listens on.
	 * @return the port
	 * @throws IllegalStateException if the emulator was closed
	 */
	public int port() {
		return this.emulator.port();
	}

	/**
	 * Returns the token that control API calls carry as
	 * {@code Authorization: Bearer <token>}.
	 * @return the control token
	 */
	public String controlToken() {
		return this.controlToken;
	}

	/**
	 * Returns the credentials of the emulator's projects.
	 * @return the projects' API keys and secrets, in the order they were added
	 */
	public List<EmulatorCredentials> projects() {
		return this.emulator.projects();
	}

	/**
	 * Describes the running emulator for its user: the URL, the credentials to use
	 * (secrets included), the webhook settings, the state directory, the control API and
	 * the page.
	 * @return the lines to print, each ending with a line break
	 * @throws IllegalStateException if the emulator was closed
	 */
	public String describe() {
		URI url = baseUrl();
		StringBuilder out = new StringBuilder();
		out.append("OpenTok emulator listening at ").append(url).append('\n');
		out.append("  Use it as the OpenTok API URL, with these credentials:\n");
		for (EmulatorCredentials project : projects()) {
			line(out, "Project", "API key " + project.apiKey() + "  API secret " + project.apiSecret());
		}
		for (String applicationId : this.options.vonageApplicationIds()) {
			line(out, "Vonage application", applicationId + " (sign with its private key)");
		}
		EmulatorCredentials account = this.emulator.account();
		line(out, "Account",
				"API key " + account.apiKey() + "  API secret " + account.apiSecret() + " (project management)");
		URI webhookUrl = this.options.webhookUrl();
		line(out, "Webhooks", (webhookUrl != null)
				? webhookUrl + (this.options.webhooksSigned() ? " (signed)" : " (unsigned)") : "none");
		Path state = this.options.state();
		line(out, "State",
				(state != null)
						? state.toAbsolutePath().normalize() + " (projects, sessions, archives and broadcasts are kept)"
						: "in memory only");
		line(out, "Control API", url + "/_emulator/control/  with  Authorization: Bearer " + this.controlToken);
		line(out, "Page", url + "/");
		out.append("Press Ctrl-C to stop.\n");
		return out.toString();
	}

	private static void line(StringBuilder out, String label, @Nullable String text) {
		out.append("  ").append(label).append(':').append(" ".repeat(Math.max(1, 20 - label.length())));
		out.append(text).append('\n');
	}

	/**
	 * Stops the emulator and releases its state directory. Idempotent.
	 */
	@Override
	public void close() {
		this.emulator.close();
	}

	@Override
	public String toString() {
		return "StandaloneEmulator[" + this.emulator + "]";
	}

}
