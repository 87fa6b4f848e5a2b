package org.opentok.spring.sample;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Runs the sample against the embedded OpenTok emulator when no OpenTok credentials are
 * configured, so that a newcomer can start it with no account. The emulator keeps its
 * project and sessions in the {@code emulator} folder of {@code sample.data-directory}
 * (unless {@code opentok.emulator.state-directory} is set), next to the rooms' database,
 * so that rooms keep working after a restart. It delivers webhooks to the sample's own
 * endpoint, signed with {@code opentok.webhook.signature-secret} when that is set, or
 * with a secret generated for this run. Ordered after the application's configuration is
 * read. A test's {@code @AutoConfigureOpenTokEmulator} still gets its own emulator: its
 * bean makes {@code opentok.emulator.enabled} back off.
 *
 * @since 0.1.0
 */
public class EmulatorWhenNoCredentials implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE = "sampleEmulatorWhenNoCredentials";

	private static final String SIGNATURE_SECRET = "opentok.webhook.signature-secret";

	private static final String STATE_DIRECTORY = "opentok.emulator.state-directory";

	private static final List<String> CREDENTIALS = List.of("opentok.api-key", "opentok.api-secret",
			"opentok.application-id", "opentok.private-key", "opentok.private-key-location");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean configured = CREDENTIALS.stream().anyMatch((key) -> StringUtils.hasText(environment.getProperty(key)));
		if (configured || environment.containsProperty("opentok.emulator.enabled")) {
			return;
		}
		String configuredSecret = environment.getProperty(SIGNATURE_SECRET);
		boolean signatureSecretSet = StringUtils.hasText(configuredSecret);
		String signatureSecret = signatureSecretSet ? configuredSecret : generatedSecret();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("opentok.emulator.enabled", "true");
		properties.put("opentok.emulator.webhook-url",
				"http://localhost:${local.server.port}${opentok.webhook.path:/opentok/events}");
		properties.put("opentok.emulator.webhook-secret", signatureSecret);
		if (!signatureSecretSet) {
			properties.put(SIGNATURE_SECRET, signatureSecret);
		}
		if (!environment.containsProperty(STATE_DIRECTORY)) {
			properties.put(STATE_DIRECTORY, "${sample.data-directory:./data}/emulator");
		}
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
	}

	private static String generatedSecret() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return HexFormat.of().formatHex(secret);
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
