package org.opentok.spring.boot.autoconfigure.actuate;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Masks the OpenTok secrets in the {@code configprops} and {@code env} endpoints, even
 * when an app sets their {@code show-values} to {@code always}: every {@code opentok.*}
 * key with an element that names a secret or a password ({@code opentok.api-secret},
 * {@code opentok.account.api-secret}, {@code opentok.webhook.signature-secrets[0]}, ...)
 * and {@code opentok.private-key}. A key is judged by the canonical names Spring Boot
 * binds it to, so environment variables ({@code OPENTOK_API_SECRET},
 * {@code OPENTOK_WEBHOOK_SIGNATURESECRETS_0_}) and other relaxed forms
 * ({@code opentok.apiSecret}) are masked like the properties they set.
 *
 * @since 0.1.0
 */
public class OpenTokSecretsSanitizingFunction implements SanitizingFunction {

	private static final String PREFIX = "opentok";

	private static final List<String> SECRET_WORDS = List.of("secret", "password");

	private static final String PRIVATE_KEY = "privatekey";

	@Override
	public SanitizableData apply(SanitizableData data) {
		return isOpenTokSecret(data.getKey()) ? data.withSanitizedValue() : data;
	}

	private static boolean isOpenTokSecret(String key) {
		return key.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
				&& canonicalNames(key).anyMatch(OpenTokSecretsSanitizingFunction::isSecret);
	}

	// Boot's own mapping: a source named like the system environment maps both
	// environment variable names and property names to the names they bind to
	private static Stream<ConfigurationPropertyName> canonicalNames(String key) {
		ConfigurationPropertySource source = ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(key, key)));
		return (source instanceof IterableConfigurationPropertySource iterable) ? iterable.stream() : Stream.empty();
	}

	private static boolean isSecret(ConfigurationPropertyName name) {
		if (name.getNumberOfElements() < 2 || !name.getElement(0, Form.UNIFORM).equals(PREFIX)) {
			return false;
		}
		StringBuilder path = new StringBuilder();
		for (int i = 1; i < name.getNumberOfElements(); i++) {
			String element = name.getElement(i, Form.UNIFORM);
			if (SECRET_WORDS.stream().anyMatch(element::contains)) {
				return true;
			}
			path.append(element);
		}
		return path.toString().endsWith(PRIVATE_KEY);
	}

}
