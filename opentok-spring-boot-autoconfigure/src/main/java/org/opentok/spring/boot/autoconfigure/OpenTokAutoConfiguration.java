package org.opentok.spring.boot.autoconfigure;

import java.time.Clock;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.ArchiveClient;
import org.opentok.spring.client.audio.AudioConnectorClient;
import org.opentok.spring.client.broadcast.BroadcastClient;
import org.opentok.spring.client.callback.CallbackClient;
import org.opentok.spring.client.caption.CaptionClient;
import org.opentok.spring.client.connection.ConnectionClient;
import org.opentok.spring.client.core.OpenTokRestClientCustomizer;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.observation.OpenTokClientObservationConvention;
import org.opentok.spring.client.moderation.ModerationClient;
import org.opentok.spring.client.project.ProjectClient;
import org.opentok.spring.client.render.RenderClient;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.signal.SignalClient;
import org.opentok.spring.client.sip.SipClient;
import org.opentok.spring.client.stream.StreamClient;
import org.opentok.spring.client.token.TokenDefaults;
import org.opentok.spring.client.token.TokenGenerationListener;
import org.opentok.spring.client.token.TokenGenerator;

/**
 * Auto-configuration of the OpenTok client: active when an OpenTok credential property is
 * set or an {@link OpenTokConnectionDetails} bean exists.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { OpenTokAutoConfiguration.REST_CLIENT_AUTO_CONFIGURATION,
		OpenTokAutoConfiguration.HTTP_CLIENT_AUTO_CONFIGURATION,
		OpenTokAutoConfiguration.OBSERVATION_AUTO_CONFIGURATION })
@ConditionalOnClass({ OpenTok.class, RestClient.class })
@ConditionalOnOpenTokCredentials
@EnableConfigurationProperties(OpenTokProperties.class)
@Import({ OpenTokConnectionDetailsConfiguration.class,
		OpenTokHttpClientConfigurations.BootRestClientConfiguration.class,
		OpenTokHttpClientConfigurations.BootHttpClientConfiguration.class, OpenTokApiClientsConfiguration.class,
		OpenTokProjectClientConfiguration.class })
public final class OpenTokAutoConfiguration {

	// names, not class literals: spring-boot-restclient (with Boot's HTTP client support)
	// and spring-boot-micrometer-observation are optional, and Boot's newest tree renames
	// its imperative HTTP client auto-configuration

	static final String REST_CLIENT_AUTO_CONFIGURATION = "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration";

	static final String HTTP_CLIENT_AUTO_CONFIGURATION = "org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration";

	static final String OBSERVATION_AUTO_CONFIGURATION = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration";

	/**
	 * Keeps the properties and the connection details made from them, which resolve the
	 * credentials, out of lazy initialization, so that a mistake in them fails start-up
	 * even when {@code spring.main.lazy-initialization} is on.
	 */
	@Bean
	static LazyInitializationExcludeFilter openTokEagerConfiguration() {
		return LazyInitializationExcludeFilter.forBeanTypes(OpenTokProperties.class,
				PropertiesOpenTokConnectionDetails.class, PropertiesOpenTokAccountConnectionDetails.class);
	}

	@Bean
	OpenTokTransportFactory openTokTransportFactory(OpenTokProperties properties, ObjectProvider<Clock> clock,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<OpenTokClientObservationConvention> observationConvention,
			ObjectProvider<OpenTokRestClientCustomizers> restClientCustomizers,
			ObjectProvider<OpenTokRequestFactories> requestFactories,
			ObjectProvider<OpenTokRestClientCustomizer> customizers) {
		OpenTokRestClientCustomizers bootCustomizers = restClientCustomizers.getIfAvailable();
		return new OpenTokTransportFactory(properties, clock.getIfUnique(Clock::systemUTC),
				observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP), observationConvention.getIfUnique(),
				(bootCustomizers != null) ? bootCustomizers::newBuilder : RestClient::builder,
				requestFactories.getIfAvailable(), customizers.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	OpenTokTransport openTokTransport(OpenTokConnectionDetails connectionDetails,
			OpenTokTransportFactory openTokTransportFactory) {
		return openTokTransportFactory.build(OpenTokTransport.builder(connectionDetails.getCredentials()),
				connectionDetails.getApiUrl());
	}

	@Bean
	@ConditionalOnMissingBean
	SessionClient openTokSessionClient(OpenTokTransport openTokTransport) {
		return new SessionClient(openTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	TokenGenerator openTokTokenGenerator(OpenTokConnectionDetails connectionDetails, OpenTokProperties properties,
			ObjectProvider<Clock> clock, ObjectProvider<TokenGenerationListener> listener) {
		OpenTokProperties.Token token = properties.token();
		TokenDefaults defaults = new TokenDefaults(token.format(), token.defaultRole(), token.defaultTtl());
		return new TokenGenerator(connectionDetails.getCredentials(), defaults, clock.getIfUnique(Clock::systemUTC),
				listener.getIfUnique(() -> TokenGenerationListener.NONE));
	}

	@Bean
	@ConditionalOnMissingBean
	OpenTok openTok(SessionClient sessions, TokenGenerator tokens, ArchiveClient archives, BroadcastClient broadcasts,
			StreamClient streams, ConnectionClient connections, SignalClient signals, ModerationClient moderation,
			SipClient sip, AudioConnectorClient audioConnector, RenderClient renders, CaptionClient captions,
			CallbackClient callbacks, ObjectProvider<ProjectClient> projects) {
		return new OpenTok(sessions, tokens, archives, broadcasts, streams, connections, signals, moderation, sip,
				audioConnector, renders, captions, callbacks, projects.getIfAvailable());
	}

}
