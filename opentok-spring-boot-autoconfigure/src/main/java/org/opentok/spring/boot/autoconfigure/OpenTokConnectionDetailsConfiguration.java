package org.opentok.spring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The connection details of the {@code opentok.*} properties, unless the app (or the
 * emulator's test support) declares its own. Imported ahead of the configurations whose
 * conditions look for connection-details beans.
 */
@Configuration(proxyBeanMethods = false)
class OpenTokConnectionDetailsConfiguration {

	@Bean
	@ConditionalOnMissingBean(OpenTokConnectionDetails.class)
	PropertiesOpenTokConnectionDetails openTokConnectionDetails(OpenTokProperties properties) {
		return new PropertiesOpenTokConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean(OpenTokAccountConnectionDetails.class)
	@Conditional(OpenTokAccountCredentialsCondition.class)
	PropertiesOpenTokAccountConnectionDetails openTokAccountConnectionDetails(OpenTokProperties properties) {
		return new PropertiesOpenTokAccountConnectionDetails(properties);
	}

}
