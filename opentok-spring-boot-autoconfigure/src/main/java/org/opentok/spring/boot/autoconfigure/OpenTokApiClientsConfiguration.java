package org.opentok.spring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opentok.spring.client.archive.ArchiveClient;
import org.opentok.spring.client.audio.AudioConnectorClient;
import org.opentok.spring.client.broadcast.BroadcastClient;
import org.opentok.spring.client.callback.CallbackClient;
import org.opentok.spring.client.caption.CaptionClient;
import org.opentok.spring.client.connection.ConnectionClient;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.moderation.ModerationClient;
import org.opentok.spring.client.render.RenderClient;
import org.opentok.spring.client.signal.SignalClient;
import org.opentok.spring.client.sip.SipClient;
import org.opentok.spring.client.stream.StreamClient;

/**
 * One bean per OpenTok API area on the shared transport, each replaceable by a bean of
 * the same type.
 */
@Configuration(proxyBeanMethods = false)
class OpenTokApiClientsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ArchiveClient openTokArchiveClient(OpenTokTransport openTokTransport) {
		return new ArchiveClient(openTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	BroadcastClient openTokBroadcastClient(OpenTokTransport openTokTransport) {
		return new BroadcastClient(openTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	StreamClient openTokStreamClient(OpenTokTransport openTokTransport) {
		return new StreamClient(openTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	ConnectionClient openTokConnectionClient(OpenTokTransport openTokTransport) {
		return new ConnectionClient(openTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	SignalClient openTokSignalClient(OpenTokTransport openTokTransport) {
		return new SignalClient(openTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	ModerationClient openTokModerationClient(OpenTokTransport openTokTransport) {
		return new ModerationClient(openTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	SipClient openTokSipClient(OpenTokTransport openTokTransport) {
		return new SipClient(openTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	AudioConnectorClient openTokAudioConnectorClient(OpenTokTransport openTokTransport) {
		return new AudioConnectorClient(openTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	RenderClient openTokRenderClient(OpenTokTransport openTokTransport) {
		return new RenderClient(openTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	CaptionClient openTokCaptionClient(OpenTokTransport openTokTransport) {
		return new CaptionClient(openTokTransport);
	}

	@Bean
	@ConditionalOnMissingBean
	CallbackClient openTokCallbackClient(OpenTokTransport openTokTransport) {
		return new CallbackClient(openTokTransport);
	}

}
