package org.opentok.spring.boot.autoconfigure.actuate;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration that keeps OpenTok secrets masked in Actuator endpoints, when
 * Actuator is present.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
public final class OpenTokActuatorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OpenTokSecretsSanitizingFunction openTokSecretsSanitizingFunction() {
		return new OpenTokSecretsSanitizingFunction();
	}

}
