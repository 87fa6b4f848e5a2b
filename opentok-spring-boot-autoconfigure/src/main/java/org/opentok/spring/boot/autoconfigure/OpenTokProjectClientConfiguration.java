package org.opentok.spring.boot.autoconfigure;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import org.opentok.spring.client.core.AccountCredentials;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.project.ProjectClient;

/**
 * The {@link ProjectClient} bean, on its own transport signed with the account
 * credentials ({@code ist=account}); only when {@code opentok.account.*} is set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OpenTokAccountCredentialsCondition.class)
class OpenTokProjectClientConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProjectClient openTokProjectClient(OpenTokProperties properties, BeanFactory beanFactory) {
		AccountCredentials credentials = OpenTokCredentialsResolver.resolveAccount(properties.account());
		return new ProjectClient(new OpenTokTransportFactory(properties, beanFactory)
			.build(OpenTokTransport.accountBuilder(credentials)));
	}

}
