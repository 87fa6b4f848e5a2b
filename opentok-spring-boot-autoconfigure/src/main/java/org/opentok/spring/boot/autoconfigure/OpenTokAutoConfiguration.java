package org.opentok.spring.boot.autoconfigure;

import org.springframework.beans.factory.BeanFactory;
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
import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.OpenTokTransport;
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
 * Auto-configuration of the OpenTok client: active when OpenTok credentials are
 * configured.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass({ OpenTok.class, RestClient.class })
@ConditionalOnOpenTokCredentials
@EnableConfigurationProperties(OpenTokProperties.class)
@Import({ OpenTokApiClientsConfiguration.class, OpenTokProjectClientConfiguration.class })
public final class OpenTokAutoConfiguration {

	private final OpenTokProperties properties;

	private final OpenTokCredentials credentials;

	OpenTokAutoConfiguration(OpenTokProperties properties) {
		this.properties = properties;
		this.credentials = OpenTokCredentialsResolver.resolve(properties);
	}

	/**
	 * Keeps the properties and this configuration, which resolves the credentials, out of
	 * lazy initialization, so that a mistake in them fails start-up even when
	 * {@code spring.main.lazy-initialization} is on.
	 */
	@Bean
	static LazyInitializationExcludeFilter openTokEagerConfiguration() {
		return LazyInitializationExcludeFilter.forBeanTypes(OpenTokProperties.class, OpenTokAutoConfiguration.class);
	}

	@Bean
	@ConditionalOnMissingBean
	OpenTokTransport openTokTransport(BeanFactory beanFactory) {
		return new OpenTokTransportFactory(this.properties, beanFactory)
			.build(OpenTokTransport.builder(this.credentials));
	}

	@Bean
	@ConditionalOnMissingBean
	SessionClient openTokSessionClient(OpenTokTransport openTokTransport) {
		return new SessionClient(openTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	TokenGenerator openTokTokenGenerator(BeanFactory beanFactory, ObjectProvider<TokenGenerationListener> listener) {
		OpenTokProperties.Token token = this.properties.token();
		TokenDefaults defaults = new TokenDefaults(token.format(), token.defaultRole(), token.defaultTtl());
		return new TokenGenerator(this.credentials, defaults, OpenTokTransportFactory.clock(beanFactory),
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
