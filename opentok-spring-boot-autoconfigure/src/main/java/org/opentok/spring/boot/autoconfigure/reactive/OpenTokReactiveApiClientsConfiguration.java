package org.opentok.spring.boot.autoconfigure.reactive;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opentok.spring.client.archive.ReactiveArchiveClient;
import org.opentok.spring.client.audio.ReactiveAudioConnectorClient;
import org.opentok.spring.client.broadcast.ReactiveBroadcastClient;
import org.opentok.spring.client.callback.ReactiveCallbackClient;
import org.opentok.spring.client.caption.ReactiveCaptionClient;
import org.opentok.spring.client.connection.ReactiveConnectionClient;
import org.opentok.spring.client.moderation.ReactiveModerationClient;
import org.opentok.spring.client.render.ReactiveRenderClient;
import org.opentok.spring.client.signal.ReactiveSignalClient;
import org.opentok.spring.client.sip.ReactiveSipClient;
import org.opentok.spring.client.stream.ReactiveStreamClient;
import org.opentok.spring.client.core.ReactiveOpenTokTransport;

/**
 * One bean per reactive OpenTok API client on the shared reactive transport, each
 * replaceable by a bean of the same type.
 */
@Configuration(proxyBeanMethods = false)
class OpenTokReactiveApiClientsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ReactiveArchiveClient openTokReactiveArchiveClient(ReactiveOpenTokTransport reactiveOpenTokTransport) {
		return new ReactiveArchiveClient(reactiveOpenTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveBroadcastClient openTokReactiveBroadcastClient(ReactiveOpenTokTransport reactiveOpenTokTransport) {
		return new ReactiveBroadcastClient(reactiveOpenTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveStreamClient openTokReactiveStreamClient(ReactiveOpenTokTransport reactiveOpenTokTransport) {
		return new ReactiveStreamClient(reactiveOpenTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveConnectionClient openTokReactiveConnectionClient(ReactiveOpenTokTransport reactiveOpenTokTransport) {
		return new ReactiveConnectionClient(reactiveOpenTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveSignalClient openTokReactiveSignalClient(ReactiveOpenTokTransport reactiveOpenTokTransport) {
		return new ReactiveSignalClient(reactiveOpenTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveModerationClient openTokReactiveModerationClient(ReactiveOpenTokTransport reactiveOpenTokTransport) {
		return new ReactiveModerationClient(reactiveOpenTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveSipClient openTokReactiveSipClient(ReactiveOpenTokTransport reactiveOpenTokTransport) {
		return new ReactiveSipClient(reactiveOpenTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveAudioConnectorClient openTokReactiveAudioConnectorClient(
			ReactiveOpenTokTransport reactiveOpenTokTransport) {
		return new ReactiveAudioConnectorClient(reactiveOpenTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveRenderClient openTokReactiveRenderClient(ReactiveOpenTokTransport reactiveOpenTokTransport) {
		return new ReactiveRenderClient(reactiveOpenTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveCaptionClient openTokReactiveCaptionClient(ReactiveOpenTokTransport reactiveOpenTokTransport) {
		return new ReactiveCaptionClient(reactiveOpenTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveCallbackClient openTokReactiveCallbackClient(ReactiveOpenTokTransport reactiveOpenTokTransport) {
		return new ReactiveCallbackClient(reactiveOpenTokTransport);
	}

}
