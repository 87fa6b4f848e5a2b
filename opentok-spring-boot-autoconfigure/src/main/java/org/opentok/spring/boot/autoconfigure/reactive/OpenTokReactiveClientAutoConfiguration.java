package org.opentok.spring.boot.autoconfigure.reactive;

import java.time.Clock;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.reactive.function.client.WebClient;

import org.opentok.spring.boot.autoconfigure.ConditionalOnOpenTokCredentials;
import org.opentok.spring.boot.autoconfigure.OpenTokAccountConnectionDetails;
import org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration;
import org.opentok.spring.boot.autoconfigure.OpenTokConnectionDetails;
import org.opentok.spring.boot.autoconfigure.OpenTokProperties;
import org.opentok.spring.client.ReactiveOpenTok;
import org.opentok.spring.client.archive.ReactiveArchiveClient;
import org.opentok.spring.client.audio.ReactiveAudioConnectorClient;
import org.opentok.spring.client.broadcast.ReactiveBroadcastClient;
import org.opentok.spring.client.callback.ReactiveCallbackClient;
import org.opentok.spring.client.caption.ReactiveCaptionClient;
import org.opentok.spring.client.connection.ReactiveConnectionClient;
import org.opentok.spring.client.core.OpenTokWebClientCustomizer;
import org.opentok.spring.client.core.ReactiveOpenTokTransport;
import org.opentok.spring.client.core.observation.OpenTokClientObservationConvention;
import org.opentok.spring.client.moderation.ReactiveModerationClient;
import org.opentok.spring.client.project.ReactiveProjectClient;
import org.opentok.spring.client.render.ReactiveRenderClient;
import org.opentok.spring.client.session.ReactiveSessionClient;
import org.opentok.spring.client.signal.ReactiveSignalClient;
import org.opentok.spring.client.sip.ReactiveSipClient;
import org.opentok.spring.client.stream.ReactiveStreamClient;
import org.opentok.spring.client.token.TokenGenerator;

/**
 * Auto-configuration of the reactive OpenTok client: when WebFlux's {@link WebClient} is
 * on the class path, next to the blocking client and on the same connection details,
 * properties and token generator.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = OpenTokAutoConfiguration.class,
		afterName = { OpenTokReactiveClientAutoConfiguration.WEB_CLIENT_AUTO_CONFIGURATION,
				OpenTokReactiveClientAutoConfiguration.REACTIVE_HTTP_CLIENT_AUTO_CONFIGURATION,
				OpenTokReactiveClientAutoConfiguration.OBSERVATION_AUTO_CONFIGURATION })
@ConditionalOnClass({ ReactiveOpenTok.class, WebClient.class })
@ConditionalOnOpenTokCredentials
@ConditionalOnBean({ OpenTokConnectionDetails.class, TokenGenerator.class })
@EnableConfigurationProperties(OpenTokProperties.class)
@Import({ OpenTokReactiveClientAutoConfiguration.BootConnectorConfiguration.class,
		OpenTokReactiveApiClientsConfiguration.class,
		OpenTokReactiveClientAutoConfiguration.ProjectClientConfiguration.class })
public final class OpenTokReactiveClientAutoConfiguration {

	// names, not class literals: spring-boot-webclient, spring-boot-http-client and
	// spring-boot-micrometer-observation are optional

	static final String WEB_CLIENT_AUTO_CONFIGURATION = "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration";

	static final String REACTIVE_HTTP_CLIENT_AUTO_CONFIGURATION = "org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration";

	static final String OBSERVATION_AUTO_CONFIGURATION = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration";

	@Bean
	ReactiveOpenTokTransportFactory openTokReactiveTransportFactory(OpenTokProperties properties,
			ObjectProvider<Clock> clock, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<OpenTokClientObservationConvention> observationConvention,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<OpenTokClientConnectors> connectors,
			ObjectProvider<OpenTokWebClientCustomizer> customizers) {
		return new ReactiveOpenTokTransportFactory(properties, clock.getIfUnique(Clock::systemUTC),
				observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP), observationConvention.getIfUnique(),
				() -> webClientBuilder.getIfAvailable(WebClient::builder), connectors.getIfAvailable(),
				customizers.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveOpenTokTransport reactiveOpenTokTransport(OpenTokConnectionDetails connectionDetails,
			ReactiveOpenTokTransportFactory openTokReactiveTransportFactory) {
		return openTokReactiveTransportFactory
			.build(ReactiveOpenTokTransport.builder(connectionDetails.getCredentials()), connectionDetails.getApiUrl());
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveSessionClient openTokReactiveSessionClient(ReactiveOpenTokTransport reactiveOpenTokTransport) {
		return new ReactiveSessionClient(reactiveOpenTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveOpenTok reactiveOpenTok(ReactiveSessionClient sessions, TokenGenerator tokens,
			ReactiveArchiveClient archives, ReactiveBroadcastClient broadcasts, ReactiveStreamClient streams,
			ReactiveConnectionClient connections, ReactiveSignalClient signals, ReactiveModerationClient moderation,
			ReactiveSipClient sip, ReactiveAudioConnectorClient audioConnector, ReactiveRenderClient renders,
			ReactiveCaptionClient captions, ReactiveCallbackClient callbacks,
			ObjectProvider<ReactiveProjectClient> projects) {
		return new ReactiveOpenTok(sessions, tokens, archives, broadcasts, streams, connections, signals, moderation,
				sip, audioConnector, renders, captions, callbacks, projects.getIfAvailable());
	}

	/**
	 * The reactive client's connector is built as Boot builds its own.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ClientHttpConnectorBuilder.class)
	static class BootConnectorConfiguration {

		@Bean
		OpenTokClientConnectors openTokClientConnectors(ObjectProvider<ClientHttpConnectorBuilder<?>> builder,
				ObjectProvider<HttpClientSettings> settings, ResourceLoader resourceLoader) {
			return new OpenTokClientConnectors(
					builder.getIfAvailable(() -> ClientHttpConnectorBuilder.detect(resourceLoader.getClassLoader())),
					settings.getIfAvailable(HttpClientSettings::defaults));
		}

	}

	/**
	 * The {@link ReactiveProjectClient}, on its own transport signed with the account
	 * credentials; only when there are account connection details.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(OpenTokAccountConnectionDetails.class)
	static class ProjectClientConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ReactiveProjectClient openTokReactiveProjectClient(OpenTokAccountConnectionDetails accountConnectionDetails,
				ReactiveOpenTokTransportFactory openTokReactiveTransportFactory) {
			return new ReactiveProjectClient(openTokReactiveTransportFactory.build(
					ReactiveOpenTokTransport.accountBuilder(accountConnectionDetails.getAccountCredentials()),
					accountConnectionDetails.getApiUrl()));
		}

	}

}
