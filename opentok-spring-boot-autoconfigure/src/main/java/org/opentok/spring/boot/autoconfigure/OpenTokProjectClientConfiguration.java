package org.opentok.spring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.project.ProjectClient;

/**
 * The {@link ProjectClient} bean, on its own transport signed with the account
 * credentials ({@code ist=account}); only when there are account connection details
 * ({@code opentok.account.*} is set, or the app declares them).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean(OpenTokAccountConnectionDetails.class)
class OpenTokProjectClientConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProjectClient openTokProjectClient(OpenTokAccountConnectionDetails accountConnectionDetails,
			OpenTokTransportFactory openTokTransportFactory) {
		return new ProjectClient(openTokTransportFactory.build(
				OpenTokTransport.accountBuilder(accountConnectionDetails.getAccountCredentials()),
				accountConnectionDetails.getApiUrl()));
	}

}
