package org.opentok.spring.boot.test.autoconfigure;

import java.net.URI;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;

/**
 * Runs the app against a local OpenTok emulator when
 * {@code opentok.emulator.enabled=true}: starts it as the {@code openTokEmulator} bean,
 * stopped with the context, and points the OpenTok client at it with connection details
 * that win over the app's own credentials. Logs a warning: the app then uses no real
 * OpenTok. Backs off when the context already has an emulator
 * ({@code @AutoConfigureOpenTokEmulator}).
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = OpenTokAutoConfiguration.class)
@ConditionalOnBooleanProperty("opentok.emulator.enabled")
@ConditionalOnMissingBean(OpenTokEmulator.class)
@EnableConfigurationProperties(OpenTokEmulatorProperties.class)
public final class OpenTokEmulatorAutoConfiguration {

	private static final Log logger = LogFactory.getLog(OpenTokEmulatorAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	OpenTokEmulator openTokEmulator(OpenTokEmulatorProperties properties, Environment environment) {
		OpenTokEmulator emulator = emulator(properties).start();
		String webhookUrl = properties.webhookUrl();
		if (StringUtils.hasText(webhookUrl)) {
			emulator.webhooks().urlSupplier(() -> URI.create(environment.resolveRequiredPlaceholders(webhookUrl)));
		}
		logger.warn("opentok.emulator.enabled is true: OpenTok calls go to a local emulator at " + emulator.baseUrl()
				+ " (API key " + emulator.credentials().apiKey() + "), not to OpenTok. "
				+ "Sessions, tokens, archives and broadcasts are not real and clients cannot connect to them; "
				+ "use it for development only."
				+ ((properties.stateDirectory() != null)
						? " Its projects and sessions are kept in " + properties.stateDirectory().toAbsolutePath() + "."
						: ""));
		return emulator;
	}

	@Bean
	@Primary
	OpenTokEmulatorConnectionDetails openTokEmulatorConnectionDetails(OpenTokEmulator openTokEmulator) {
		return new OpenTokEmulatorConnectionDetails(openTokEmulator);
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
