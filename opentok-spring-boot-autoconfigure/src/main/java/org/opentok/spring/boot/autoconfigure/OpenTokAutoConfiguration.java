package org.opentok.spring.boot.autoconfigure;

import java.time.Clock;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.OpenTokRestClientCustomizer;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.token.TokenDefaults;
import org.opentok.spring.client.token.TokenGenerator;

/**
 * Auto-configuration of the OpenTok client: active when OpenTok credentials are
 * configured.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration" })
@ConditionalOnClass({ OpenTok.class, RestClient.class })
@ConditionalOnOpenTokCredentials
@EnableConfigurationProperties(OpenTokProperties.class)
public final class OpenTokAutoConfiguration {

	private static final String BOOT_HTTP_CLIENT = "org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder";

	private final OpenTokProperties properties;

	private final OpenTokCredentials credentials;

	OpenTokAutoConfiguration(OpenTokProperties properties) {
		this.properties = properties;
		this.credentials = OpenTokCredentialsResolver.resolve(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	OpenTokTransport openTokTransport(BeanFactory beanFactory, ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<OpenTokRestClientCustomizer> customizers, ObjectProvider<Clock> clock) {
		OpenTokTransport.Builder transport = OpenTokTransport.builder(this.credentials)
			.apiUrl(this.properties.apiUrl())
			.connectTimeout(this.properties.connectTimeout())
			.readTimeout(this.properties.readTimeout())
			.clock(clock.getIfUnique(Clock::systemUTC))
			.restClientBuilder(restClientBuilder.getIfAvailable());
		if (ClassUtils.isPresent(BOOT_HTTP_CLIENT, getClass().getClassLoader())) {
			transport.requestFactory(OpenTokRequestFactories.create(beanFactory, this.properties.connectTimeout(),
					this.properties.readTimeout()));
		}
		customizers.orderedStream().forEach(transport::customizer);
		return transport.build();
	}

	@Bean
	@ConditionalOnMissingBean
	SessionClient openTokSessionClient(OpenTokTransport openTokTransport) {
		return new SessionClient(openTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	TokenGenerator openTokTokenGenerator(ObjectProvider<Clock> clock) {
		OpenTokProperties.Token token = this.properties.token();
		TokenDefaults defaults = new TokenDefaults(token.format(), token.defaultRole(), token.defaultTtl());
		return new TokenGenerator(this.credentials, defaults, clock.getIfUnique(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	OpenTok openTok(SessionClient openTokSessionClient, TokenGenerator openTokTokenGenerator) {
		return new OpenTok(openTokSessionClient, openTokTokenGenerator);
	}

}
