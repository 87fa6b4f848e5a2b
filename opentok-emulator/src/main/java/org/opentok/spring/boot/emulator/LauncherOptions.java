package org.opentok.spring.boot.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.boot.test.emulator.EmulatorCredentials;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;

/**
 * The standalone emulator's command line, read into an {@link OpenTokEmulator.Builder}.
 * Every option is checked before anything starts: a bad one is an
 * {@link IllegalArgumentException} that names the option, the value and what is allowed.
 *
 * @since 0.1.0
 */
final class LauncherOptions {

	static final int DEFAULT_PORT = 4010;

	static final String USAGE = """
			Usage: java -jar opentok-spring-boot-emulator.jar [options]

			A local OpenTok (Vonage Video) REST API for development and tests.

			Options (--name value or --name=value):
			  --port PORT                    port to listen on, 0 for a free one (default %d)
			  --bind ADDRESS                 address to listen on (default 127.0.0.1; 0.0.0.0 for all)
			  --project API_KEY:SECRET       a project (numeric key, secret of 32+ characters);
			                                 repeatable; default: one made-up project
			  --vonage-application ID:FILE   a Vonage application and its RSA public key
			                                 (a PEM "PUBLIC KEY" file); repeatable
			  --account API_KEY:SECRET       the account credentials for project management
			  --webhook-url URL              the app's callback URL, which receives every event
			  --webhook-secret SECRET        sign callbacks with this secret (32+ characters)
			  --state DIRECTORY              keep projects, sessions, archives and broadcasts
			                                 here across restarts
			  --archive-processing-time SECONDS
			                                 how long a stopped archive takes to become
			                                 available (default 0)
			  --control-token TOKEN          the control API's token (16+ characters;
			                                 default: a random one, printed at start-up)
			  --help                         print this help and exit

			The page at the root URL shows what the emulator holds. The control API under
			/_emulator/control/ (Authorization: Bearer TOKEN) simulates clients, streams,
			archive failures, faults and resets: see the README.
			Ctrl-C stops the emulator.
			""".formatted(DEFAULT_PORT);

	private static final List<String> FLAGS = List.of("--help", "-h");

	private static final int MAX_PROCESSING_SECONDS = 3600;

	private int port = DEFAULT_PORT;

	private @Nullable InetAddress bind;

	private final List<EmulatorCredentials> projects = new ArrayList<>();

	private final Map<String, PublicKey> vonageApplications = new LinkedHashMap<>();

	private @Nullable EmulatorCredentials account;

	private @Nullable URI webhookUrl;

	private @Nullable String webhookSecret;

	private @Nullable Path state;

	private Duration archiveProcessingTime = Duration.ZERO;

	private @Nullable String controlToken;

	private boolean help;

	private LauncherOptions() {
	}

	/**
	 * Reads the command line.
	 * @param args the arguments
	 * @return the options
	 * @throws IllegalArgumentException if an option is unknown, lacks its value or has a
	 * bad one
	 */
	static LauncherOptions parse(String... args) {
		if (args == null) {
			throw new IllegalArgumentException("The arguments must not be null");
		}
		LauncherOptions options = new LauncherOptions();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg == null) {
				throw new IllegalArgumentException("Argument " + (i + 1) + " is null");
			}
			if (FLAGS.contains(arg)) {
				options.help = true;
				continue;
			}
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument '" + arg + "': options start with --");
			}
			int equals = arg.indexOf('=');
			String name = (equals < 0) ? arg : arg.substring(0, equals);
			String value;
			if (equals >= 0) {
				value = arg.substring(equals + 1);
			}
			else if (i + 1 < args.length && args[i + 1] != null) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException("Option " + name + " needs a value");
			}
			options.set(name, value);
		}
		return options;
	}

	private void set(String name, String value) {
		switch (name) {
			case "--port" -> this.port = port(value);
			case "--bind" -> this.bind = address(value);
			case "--project" -> this.projects.add(credentials(name, value));
			case "--vonage-application" -> vonageApplication(value);
			case "--account" -> this.account = credentials(name, value);
			case "--webhook-url" -> this.webhookUrl = url(value);
			case "--webhook-secret" -> this.webhookSecret = webhookSecret(value);
			case "--state" -> this.state = state(value);
			case "--archive-processing-time" -> this.archiveProcessingTime = Duration.ofSeconds(seconds(value));
			case "--control-token" -> this.controlToken = value;
			default -> throw new IllegalArgumentException("Unknown option '" + name + "'");
		}
	}

	private static int port(String value) {
		try {
			int port = Integer.parseInt(value);
			if (port >= 0 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new IllegalArgumentException("--port must be a number from 0 to 65535, got '" + value + "'");
	}

	private static InetAddress address(String value) {
		if (value.isBlank() || !value.chars().allMatch((c) -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
			throw new IllegalArgumentException(
					"--bind must be an IP address such as 127.0.0.1 or 0.0.0.0, got '" + value + "'");
		}
		try {
			return InetAddress.getByName(value);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("--bind must be an IP address, got '" + value + "'");
		}
	}

	private static EmulatorCredentials credentials(String name, String value) {
		int colon = value.indexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException(name + " must be API_KEY:SECRET, got a value without ':'");
		}
		try {
			return new EmulatorCredentials(value.substring(0, colon), value.substring(colon + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(name + ": " + ex.getMessage(), ex);
		}
	}

	private void vonageApplication(String value) {
		int colon = value.indexOf(':');
		if (colon <= 0 || colon == value.length() - 1) {
			throw new IllegalArgumentException(
					"--vonage-application must be APPLICATION_ID:PUBLIC_KEY_FILE, got '" + value + "'");
		}
		String id = value.substring(0, colon);
		if (this.vonageApplications.containsKey(id)) {
			throw new IllegalArgumentException("--vonage-application " + id + " is given twice");
		}
		this.vonageApplications.put(id, publicKey(Path.of(value.substring(colon + 1))));
	}

	private static PublicKey publicKey(Path file) {
		String pem;
		try {
			pem = Files.readString(file, StandardCharsets.US_ASCII);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalArgumentException("--vonage-application: cannot read the public key file '" + file + "'",
					ex);
		}
		int begin = pem.indexOf("-----BEGIN PUBLIC KEY-----");
		int end = pem.indexOf("-----END PUBLIC KEY-----");
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("--vonage-application: '" + file
					+ "' is not a PEM public key (-----BEGIN PUBLIC KEY-----, as 'openssl rsa -pubout' writes)");
		}
		String base64 = pem.substring(begin + 26, end).replaceAll("\\s", "");
		try {
			return KeyFactory.getInstance("RSA")
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("--vonage-application: '" + file + "' holds no RSA public key", ex);
		}
	}

	private static URI url(String value) {
		try {
			URI url = new URI(value);
			if (("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null) {
				return url;
			}
		}
		catch (URISyntaxException ex) {
			// refused below
		}
		throw new IllegalArgumentException("--webhook-url must be an http or https URL, got '" + value + "'");
	}

	private static String webhookSecret(String value) {
		if (value.getBytes(StandardCharsets.UTF_8).length < 32) {
			throw new IllegalArgumentException("--webhook-secret must have at least 32 bytes, got "
					+ value.getBytes(StandardCharsets.UTF_8).length);
		}
		return value;
	}

	private static Path state(String value) {
		Path path;
		try {
			path = Path.of(value);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("--state must be a directory path, got '" + value + "'", ex);
		}
		if (value.isBlank() || (Files.exists(path) && !Files.isDirectory(path))) {
			throw new IllegalArgumentException("--state must be a directory, got '" + value + "'");
		}
		return path;
	}

	private static int seconds(String value) {
		try {
			int seconds = Integer.parseInt(value);
			if (seconds >= 0 && seconds <= MAX_PROCESSING_SECONDS) {
				return seconds;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new IllegalArgumentException("--archive-processing-time must be whole seconds from 0 to "
				+ MAX_PROCESSING_SECONDS + ", got '" + value + "'");
	}

	boolean help() {
		return this.help;
	}

	@Nullable String controlToken() {
		return this.controlToken;
	}

	@Nullable Path state() {
		return this.state;
	}

	/**
	 * Configures an emulator as these options say.
	 * @param controlToken the control token to use
	 * @return the builder
	 * @throws IllegalArgumentException if the builder refuses a value
	 */
	OpenTokEmulator.Builder builder(String controlToken) {
		OpenTokEmulator.Builder builder = OpenTokEmulator.builder()
			.port(this.port)
			.webhookUrl(this.webhookUrl)
			.webhookSecret(this.webhookSecret)
			.stateDirectory(this.state)
			.archiveProcessingTime(this.archiveProcessingTime);
		try {
			builder.controlToken(controlToken);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("--control-token must have 16 to 200 visible ASCII characters"
					+ " and no spaces, got " + controlToken.length() + " characters", ex);
		}
		if (this.bind != null) {
			builder.bindAddress(this.bind);
		}
		if (this.account != null) {
			builder.account(this.account.apiKey(), this.account.apiSecret());
		}
		this.projects.forEach((project) -> builder.project(project.apiKey(), project.apiSecret()));
		this.vonageApplications.forEach(builder::vonageApplication);
		return builder;
	}

	@Nullable URI webhookUrl() {
		return this.webhookUrl;
	}

	boolean webhooksSigned() {
		return this.webhookSecret != null;
	}

	List<String> vonageApplicationIds() {
		return List.copyOf(this.vonageApplications.keySet());
	}

}
