package org.opentok.spring.boot.test.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

import org.opentok.spring.boot.test.emulator.EmulatorCredentials;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;

/**
 * Points the OpenTok client at a running emulator: {@code opentok.api-url} and the
 * emulator's project and account credentials, ahead of every other property source;
 * Vonage credentials are blanked so that they cannot clash. Its source is the emulator,
 * so that the emulator's bean can be found from the environment.
 *
 * @since 0.1.0
 */
final class OpenTokEmulatorPropertySource extends EnumerablePropertySource<OpenTokEmulator> {

	static final String NAME = "opentokEmulator";

	private final Map<String, Object> properties = new LinkedHashMap<>();

	private OpenTokEmulatorPropertySource(OpenTokEmulator emulator) {
		super(NAME, emulator);
		EmulatorCredentials project = emulator.credentials();
		EmulatorCredentials account = emulator.account();
		this.properties.put("opentok.api-url", emulator.baseUrl().toString());
		this.properties.put("opentok.api-key", project.apiKey());
		this.properties.put("opentok.api-secret", project.apiSecret());
		this.properties.put("opentok.application-id", "");
		this.properties.put("opentok.private-key", "");
		this.properties.put("opentok.private-key-location", "");
		this.properties.put("opentok.account.api-key", account.apiKey());
		this.properties.put("opentok.account.api-secret", account.apiSecret());
	}

	static void install(ConfigurableEnvironment environment, OpenTokEmulator emulator) {
		environment.getPropertySources().addFirst(new OpenTokEmulatorPropertySource(emulator));
	}

	static @Nullable OpenTokEmulator find(Environment environment) {
		if (environment instanceof ConfigurableEnvironment configurable) {
			PropertySource<?> source = configurable.getPropertySources().get(NAME);
			if (source != null && source.getSource() instanceof OpenTokEmulator emulator) {
				return emulator;
			}
		}
		return null;
	}

	@Override
	public String[] getPropertyNames() {
		return this.properties.keySet().toArray(new String[0]);
	}

	@Override
	public @Nullable Object getProperty(String name) {
		return this.properties.get(name);
	}

}
