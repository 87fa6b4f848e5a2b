package org.opentok.spring.docs.api;

import org.opentok.spring.client.audio.AudioConnection;
import org.opentok.spring.client.audio.AudioConnectorClient;
import org.opentok.spring.client.audio.AudioConnectorOptions;
import org.opentok.spring.client.audio.AudioTransport;
import org.opentok.spring.client.sip.SipCall;
import org.opentok.spring.client.sip.SipClient;
import org.opentok.spring.client.sip.SipDialOptions;

/**
 * The README's SIP and audio connector snippets.
 */
final class SipSnippets {

	private SipSnippets() {
	}

	static SipCall dial(SipClient sip, String sessionId, String token, String password) {
		// tag::sip[]
		SipCall call = sip.dial(SipDialOptions.builder()
			.sessionId(sessionId)
			.token(token)
			.uri("sip:+15550100@sip.example.com;transport=tls")
			.header("X-Account", "42")
			.header("P-Asserted-Identity", "<sip:+15550199@example.com>")
			.auth("bob", password)
			.build());
		sip.playDtmf(sessionId, call.connectionId(), "1p2#");
		// end::sip[]
		return call;
	}

	static AudioConnection connect(AudioConnectorClient audioConnector, String sessionId, String token) {
		// tag::audio-connector[]
		AudioConnection connection = audioConnector.connect(AudioConnectorOptions.builder()
			.sessionId(sessionId)
			.token(token)
			.uri("wss://audio.example.com/ws")
			.audioRate(16000)
			.bidirectional(true)
			.build());
		// end::audio-connector[]
		return connection;
	}

	static AudioConnection connectVoiceAi(AudioConnectorClient audioConnector, String sessionId, String token) {
		// tag::audio-connector-voice-ai[]
		AudioConnection voiceAi = audioConnector.connect(AudioConnectorOptions.builder()
			.sessionId(sessionId)
			.token(token)
			.uri("wss://ai.example.com/ws")
			.audioRate(24000)
			.bidirectional(true)
			.audioTransport(AudioTransport.builder().json().audioField("payload").staticField("event", "media").build())
			.build());
		// end::audio-connector-voice-ai[]
		return voiceAi;
	}

}
