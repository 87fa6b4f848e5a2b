package org.opentok.spring.boot.autoconfigure;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

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
		AccountCredentials credentials = accountCredentials(properties.account());
		return new ProjectClient(new OpenTokTransportFactory(properties, beanFactory)
			.build(OpenTokTransport.accountBuilder(credentials)));
	}

	private static AccountCredentials accountCredentials(OpenTokProperties.Account account) {
		if (!StringUtils.hasText(account.apiKey())) {
			throw new OpenTokConfigurationException("opentok.account.api-key",
					"opentok.account.api-secret is set but opentok.account.api-key is not.",
					"Set opentok.account.api-key to your account's API key, or remove opentok.account.api-secret.");
		}
		if (!StringUtils.hasText(account.apiSecret())) {
			throw new OpenTokConfigurationException("opentok.account.api-secret",
					"opentok.account.api-key is set but opentok.account.api-secret is not.",
					"Set opentok.account.api-secret to your account's API secret, or remove opentok.account.api-key.");
		}
		String key = account.apiKey().strip();
		if (!key.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new OpenTokConfigurationException("opentok.account.api-key",
					"opentok.account.api-key must be numeric, got '" + key + "'.",
					"Set opentok.account.api-key to the numeric API key of your OpenTok account.");
		}
		return new AccountCredentials(key, account.apiSecret().strip());
	}

}
