package org.opentok.spring.boot.autoconfigure;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when any of some properties has a non-blank value. Blank values count as
 * absent, so {@code opentok.api-key: ${OPENTOK_API_KEY:}} without the variable backs off.
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
		for (String property : this.properties) {
			if (StringUtils.hasText(context.getEnvironment().getProperty(property))) {
				return ConditionOutcome.match(message.found("property").items(property));
			}
		}
		return ConditionOutcome.noMatch(message.didNotFind("property").items(this.properties.toArray()));
	}

}
