package org.opentok.spring.boot.autoconfigure;

import java.time.Clock;

import io.micrometer.observation.ObservationRegistry;

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
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.core.observation.OpenTokClientObservationConvention;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.token.TokenDefaults;
import org.opentok.spring.client.token.TokenGenerationListener;
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
			ObjectProvider<OpenTokRestClientCustomizer> customizers, ObjectProvider<Clock> clock,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<OpenTokClientObservationConvention> observationConvention) {
		OpenTokProperties.Retry retry = this.properties.retry();
		OpenTokTransport.Builder transport = OpenTokTransport.builder(this.credentials)
			.apiUrl(this.properties.apiUrl())
			.connectTimeout(this.properties.connectTimeout())
			.readTimeout(this.properties.readTimeout())
			.clock(clock.getIfUnique(Clock::systemUTC))
			.retryPolicy(new RetryPolicy(retry.maxAttempts(), retry.initialBackoff()))
			.observationRegistry(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP))
			.observationConvention(observationConvention.getIfUnique())
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
	TokenGenerator openTokTokenGenerator(ObjectProvider<Clock> clock,
			ObjectProvider<TokenGenerationListener> listener) {
		OpenTokProperties.Token token = this.properties.token();
		TokenDefaults defaults = new TokenDefaults(token.format(), token.defaultRole(), token.defaultTtl());
		return new TokenGenerator(this.credentials, defaults, clock.getIfUnique(Clock::systemUTC),
				listener.getIfUnique(() -> TokenGenerationListener.NONE));
	}

	@Bean
	@ConditionalOnMissingBean
	OpenTok openTok(SessionClient openTokSessionClient, TokenGenerator openTokTokenGenerator) {
		return new OpenTok(openTokSessionClient, openTokTokenGenerator);
	}

}
