package org.opentok.spring.boot.test.autoconfigure;

import java.net.URI;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;

/**
 * Starts the local OpenTok emulator when {@code opentok.emulator.enabled=true}, before
 * the OpenTok auto-configuration reads {@code opentok.api-url}, and points the client at
 * it. Logs a warning: the app then uses no real OpenTok. The emulator stops with the
 * application context ({@link OpenTokEmulatorAutoConfiguration}).
 *
 * @since 0.1.0
 */
public final class OpenTokEmulatorEnvironmentPostProcessor implements EnvironmentPostProcessor {

	private final Log logger;

	/**
	 * Creates the post-processor; Spring Boot calls this.
	 * @param logFactory the factory of logs replayed once logging is set up
	 */
	public OpenTokEmulatorEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(OpenTokEmulatorEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (OpenTokEmulatorPropertySource.find(environment) != null) {
			return;
		}
		OpenTokEmulatorProperties properties = Binder.get(environment)
			.bindOrCreate("opentok.emulator", OpenTokEmulatorProperties.class);
		if (!properties.enabled()) {
			return;
		}
		OpenTokEmulator emulator = emulator(properties).start();
		String webhookUrl = properties.webhookUrl();
		if (StringUtils.hasText(webhookUrl)) {
			emulator.webhooks().urlSupplier(() -> URI.create(environment.resolveRequiredPlaceholders(webhookUrl)));
		}
		OpenTokEmulatorPropertySource.install(environment, emulator);
		this.logger.warn("opentok.emulator.enabled is true: OpenTok calls go to a local emulator at "
				+ emulator.baseUrl() + " (API key " + emulator.credentials().apiKey() + "), not to OpenTok. "
				+ "Sessions, tokens, archives and broadcasts are not real and clients cannot connect to them; "
				+ "use it for development only."
				+ ((properties.stateDirectory() != null)
						? " Its projects and sessions are kept in " + properties.stateDirectory().toAbsolutePath() + "."
						: ""));
	}

	private static OpenTokEmulator.Builder emulator(OpenTokEmulatorProperties properties) {
		OpenTokEmulator.Builder builder = OpenTokEmulator.builder()
			.port(properties.port())
			.archiveProcessingTime(properties.archiveProcessingTime())
			.stateDirectory(properties.stateDirectory());
		if (StringUtils.hasText(properties.apiKey()) || StringUtils.hasText(properties.apiSecret())) {
			try {
				builder.project(properties.apiKey(), properties.apiSecret());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("opentok.emulator.api-key and opentok.emulator.api-secret must be "
						+ "set together: a numeric key and a secret of at least 32 characters", ex);
			}
		}
		if (StringUtils.hasText(properties.webhookSecret())) {
			builder.webhookSecret(properties.webhookSecret());
		}
		return builder;
	}

}
