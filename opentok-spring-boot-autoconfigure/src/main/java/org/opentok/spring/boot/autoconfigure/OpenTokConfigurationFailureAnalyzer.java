package org.opentok.spring.boot.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

import org.opentok.spring.client.internal.Arguments;

/**
 * Explains an {@link OpenTokConfigurationException} at start-up: which property is wrong
 * and which to set or remove. A value at fault is shown as it was written, with where it
 * was written. Ordered first, so that its words replace those of Spring Boot's analyzers
 * of the binding failure that wraps the exception.
 *
 * @since 0.1.0
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OpenTokConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<OpenTokConfigurationException> {

	private static final String PREFIX = "OpenTok is not configured correctly: ";

	private final Environment environment;

	/**
	 * Creates the analyzer; Spring Boot calls this.
	 * @param environment the environment the values were read from
	 */
	public OpenTokConfigurationFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, OpenTokConfigurationException cause) {
		if (cause instanceof UnresolvedPlaceholderException unresolved) {
			return analyzePlaceholders(unresolved);
		}
		String value = cause.getValue();
		if (value == null) {
			return new FailureAnalysis(PREFIX + cause.getReason(), cause.getAction(), cause);
		}
		ConfigurationProperty written = written(cause.getProperty());
		String shown = (written != null) ? this.environment.resolvePlaceholders(String.valueOf(written.getValue()))
				: value;
		return new FailureAnalysis(PREFIX + cause.getProperty() + " is '" + Arguments.printable(shown) + "'"
				+ origin(written) + ": " + cause.getReason(), cause.getAction(), cause);
	}

	// names the placeholders as written, so that the default of ${A:${B}} is named too
	private FailureAnalysis analyzePlaceholders(UnresolvedPlaceholderException cause) {
		String property = cause.getProperty();
		ConfigurationProperty written = written(property);
		String text = (written != null) ? String.valueOf(written.getValue()) : "";
		List<String> placeholders = Placeholders.in(text)
			.stream()
			.filter((placeholder) -> this.environment.resolvePlaceholders(placeholder).contains("${"))
			.toList();
		boolean whole = text.equals(String.join("", placeholders));
		if (placeholders.isEmpty()) {
			placeholders = cause.getPlaceholders();
			whole = false;
		}
		return new FailureAnalysis(
				PREFIX + UnresolvedPlaceholderException.describe(property, placeholders, whole, origin(written)),
				Placeholders.action(property, placeholders), cause);
	}

	// the property as written in the environment; a list element given in a
	// comma-separated value is found under the list's name
	private @Nullable ConfigurationProperty written(String property) {
		ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
		ConfigurationProperty written = find(name);
		return (written == null && name.isLastElementIndexed()) ? find(name.getParent()) : written;
	}

	private @Nullable ConfigurationProperty find(ConfigurationPropertyName name) {
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			ConfigurationProperty property = source.getConfigurationProperty(name);
			if (property != null) {
				return property;
			}
		}
		return null;
	}

	private static String origin(@Nullable ConfigurationProperty written) {
		return (written != null && written.getOrigin() != null) ? " (from " + written.getOrigin() + ")" : "";
	}

}
