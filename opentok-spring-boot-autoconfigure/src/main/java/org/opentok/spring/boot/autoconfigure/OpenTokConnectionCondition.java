package org.opentok.spring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Conditional;

/**
 * An OpenTok credential property is set, or an {@link OpenTokConnectionDetails} bean
 * exists. The condition evaluation report lists both outcomes.
 */
class OpenTokConnectionCondition extends AnyNestedCondition {

	OpenTokConnectionCondition() {
		super(ConfigurationPhase.REGISTER_BEAN);
	}

	@Conditional(OpenTokCredentialsCondition.class)
	static class CredentialProperty {

	}

	@ConditionalOnBean(OpenTokConnectionDetails.class)
	static class ConnectionDetailsBean {

	}

}
