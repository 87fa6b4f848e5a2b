package org.opentok.spring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Any of the OpenTok credential properties is set.
 */
class OpenTokCredentialsCondition extends AnyNestedCondition {

	OpenTokCredentialsCondition() {
		super(ConfigurationPhase.REGISTER_BEAN);
	}

	@ConditionalOnProperty("opentok.api-key")
	static class ApiKey {

	}

	@ConditionalOnProperty("opentok.api-secret")
	static class ApiSecret {

	}

	@ConditionalOnProperty("opentok.application-id")
	static class ApplicationId {

	}

	@ConditionalOnProperty("opentok.private-key")
	static class PrivateKey {

	}

	@ConditionalOnProperty("opentok.private-key-location")
	static class PrivateKeyLocation {

	}

}
