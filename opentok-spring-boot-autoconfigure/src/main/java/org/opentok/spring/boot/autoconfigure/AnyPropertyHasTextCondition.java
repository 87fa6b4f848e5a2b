package org.opentok.spring.boot.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.PlaceholderResolutionException;
import org.springframework.util.StringUtils;

/**
 * Matches when any of some properties has a non-blank value. Blank values count as
 * absent, so {@code opentok.api-key: ${OPENTOK_API_KEY:}} without the variable backs off;
 * a value with a placeholder that cannot be resolved ({@code ${OPENTOK_API_KEY}} without
 * the variable) counts as set, so that binding the properties reports it.
 */
abstract class AnyPropertyHasTextCondition extends SpringBootCondition {

	private final String conditionName;

	private final List<String> properties;

	AnyPropertyHasTextCondition(String conditionName, List<String> properties) {
		this.conditionName = conditionName;
		this.properties = properties;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition(this.conditionName);
		String found = firstWithText(context.getEnvironment());
		return (found != null) ? ConditionOutcome.match(message.found("property").items(found))
				: ConditionOutcome.noMatch(message.didNotFind("property").items(this.properties.toArray()));
	}

	/**
	 * Returns the first of the properties with a non-blank value.
	 * @param environment the environment
	 * @return the property, or {@code null} when the condition does not match
	 */
	@Nullable String firstWithText(Environment environment) {
		for (String property : this.properties) {
			if (hasText(environment, property)) {
				return property;
			}
		}
		return null;
	}

	private static boolean hasText(Environment environment, String property) {
		try {
			return StringUtils.hasText(environment.getProperty(property));
		}
		catch (PlaceholderResolutionException ex) {
			return true;
		}
	}

}
