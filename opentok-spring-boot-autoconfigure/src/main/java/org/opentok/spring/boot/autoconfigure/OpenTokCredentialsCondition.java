package org.opentok.spring.boot.autoconfigure;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Any of the OpenTok credential properties has a non-blank value. Blank values count as
 * absent, so {@code opentok.api-key: ${OPENTOK_API_KEY:}} without the variable backs off.
 */
class OpenTokCredentialsCondition extends SpringBootCondition {

	static final List<String> CREDENTIAL_PROPERTIES = List.of("opentok.api-key", "opentok.api-secret",
			"opentok.application-id", "opentok.private-key", "opentok.private-key-location");

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnOpenTokCredentials.class);
		for (String property : CREDENTIAL_PROPERTIES) {
			if (StringUtils.hasText(context.getEnvironment().getProperty(property))) {
				return ConditionOutcome.match(message.found("property").items(property));
			}
		}
		return ConditionOutcome.noMatch(message.didNotFind("property").items(CREDENTIAL_PROPERTIES.toArray()));
	}

}
