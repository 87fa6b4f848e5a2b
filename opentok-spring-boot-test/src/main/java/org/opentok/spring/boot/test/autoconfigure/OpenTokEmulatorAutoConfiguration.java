package org.opentok.spring.boot.test.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;

/**
 * Exposes the emulator that {@code opentok.emulator.enabled=true} started as a bean, so
 * that the app can simulate clients, and stops it when the context closes.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnBooleanProperty("opentok.emulator.enabled")
public final class OpenTokEmulatorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OpenTokEmulator openTokEmulator(Environment environment) {
		OpenTokEmulator emulator = OpenTokEmulatorPropertySource.find(environment);
		if (emulator == null) {
			throw new IllegalStateException("opentok.emulator.enabled is true but no OpenTok emulator was started: "
					+ "OpenTokEmulatorEnvironmentPostProcessor runs only in contexts that SpringApplication prepares");
		}
		return emulator;
	}

}
