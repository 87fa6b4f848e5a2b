package org.opentok.spring.emulator.fidelity;

import java.util.List;

import com.opentok.Archive;
import com.opentok.ArchiveMode;
import com.opentok.ArchiveProperties;
import com.opentok.AudioConnectorProperties;
import com.opentok.BroadcastProperties;
import com.opentok.MediaMode;
import com.opentok.OpenTok;
import com.opentok.SessionProperties;
import com.opentok.SignalProperties;
import com.opentok.SipProperties;
import com.opentok.exception.OpenTokException;
import com.opentok.exception.RequestException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the real service refuses, asked through the official Java SDK 4.9.0: the emulator
 * answers with the service's status (fact sheet section 2) and the SDK reports a failure.
 */
class OfficialJavaSdkRefusalTests {

	private static final String UNKNOWN_ID = "7c0680fc-0000-4000-8000-000000000001";

	private static FidelityEmulator emulator;

	private static OpenTok sdk;

	@BeforeAll
	static void start() {
		emulator = FidelityEmulator.start();
		sdk = new OpenTok.Builder(emulator.apiKey(), emulator.apiSecret()).apiUrl(emulator.url()).build();
	}

	@AfterAll
	static void stop() {
		sdk.close();
		emulator.close();
	}

	@BeforeEach
	void reset() {
		emulator.emulator().reset();
	}

	@Test
	void refusesWrongCredentialsWith403() {
		OpenTok wrong = new OpenTok.Builder(emulator.apiKey(), "0".repeat(40)).apiUrl(emulator.url()).build();
		try {
			refused(403, wrong::createSession);
			refused(403, () -> wrong.getArchive(UNKNOWN_ID));
		}
		finally {
			wrong.close();
		}
	}

	@Test
	void refusesArchivesTheServiceRefuses() throws OpenTokException {
		String relayed = sdk.createSession().getSessionId();
		emulator.connect(relayed);
		refused(409, () -> sdk.startArchive(relayed));

		String empty = routedSession();
		refused(404, () -> sdk.startArchive(empty));

		String sessionId = routedSession();
		emulator.connect(sessionId);
		Archive archive = sdk.startArchive(sessionId);
		refused(409, () -> sdk.startArchive(sessionId));
		refused(409, () -> sdk.deleteArchive(archive.getId()));
		refused(405,
				() -> sdk.addArchiveStream(archive.getId(), emulator.publish(emulator.connect(sessionId)), true, true));
		sdk.stopArchive(archive.getId());
		refused(409, () -> sdk.stopArchive(archive.getId()));
		refused(404, () -> sdk.getArchive(UNKNOWN_ID));
		refused(404, () -> sdk.stopArchive(UNKNOWN_ID));
		refused(404, () -> sdk.startArchive(emulator.unknownSession()));
		refused(400, () -> sdk.startArchive(sessionId,
				new ArchiveProperties.Builder().hasAudio(false).hasVideo(false).multiArchiveTag("silent").build()));

		String always = sdk
			.createSession(
					new SessionProperties.Builder().mediaMode(MediaMode.ROUTED).archiveMode(ArchiveMode.ALWAYS).build())
			.getSessionId();
		emulator.connect(always);
		refused(409, () -> sdk.startArchive(always));
	}

	@Test
	void refusesBroadcastsTheServiceRefuses() throws OpenTokException {
		String relayed = sdk.createSession().getSessionId();
		emulator.connect(relayed);
		refused(409, () -> sdk.startBroadcast(relayed, new BroadcastProperties.Builder().hasHls(true).build()));
		String sessionId = routedSession();
		emulator.connect(sessionId);
		sdk.startBroadcast(sessionId, new BroadcastProperties.Builder().hasHls(true).build());
		refused(409, () -> sdk.startBroadcast(sessionId, new BroadcastProperties.Builder().hasHls(true).build()));
		refused(404, () -> sdk.getBroadcast(UNKNOWN_ID));
		refused(404, () -> sdk.stopBroadcast(UNKNOWN_ID));
	}

	@Test
	void refusesUnknownStreamsWith408AndUnknownConnectionsWith404() throws OpenTokException {
		String sessionId = routedSession();
		emulator.connect(sessionId);
		refused(408, () -> sdk.getStream(sessionId, UNKNOWN_ID));
		refused(408, () -> sdk.forceMuteStream(sessionId, UNKNOWN_ID));
		refused(404, () -> sdk.forceDisconnect(sessionId, UNKNOWN_ID));
		refused(404, () -> sdk.signal(sessionId, UNKNOWN_ID,
				new SignalProperties.Builder().type("chat").data("hello").build()));
	}

	@Test
	void refusesSipAndAudioConnectorsOnRelayedSessionsWith409() throws OpenTokException {
		String relayed = sdk.createSession().getSessionId();
		emulator.connect(relayed);
		refused(409, () -> sdk.dial(relayed, sdk.generateToken(relayed),
				new SipProperties.Builder().sipUri("sip:+15550100@sip.example.com").build()));
		refused(409, () -> sdk.connectAudioStream(relayed, sdk.generateToken(relayed),
				new AudioConnectorProperties.Builder("wss://audio.example.com/ws").build()));
	}

	@Test
	void refusesUnknownRendersWith404() {
		refused(404, () -> sdk.getRender(UNKNOWN_ID));
		refused(404, () -> sdk.stopRender(UNKNOWN_ID));
	}

	private static String routedSession() throws OpenTokException {
		return sdk.createSession(new SessionProperties.Builder().mediaMode(MediaMode.ROUTED).build()).getSessionId();
	}

	private static void refused(int status, ThrowingCallable call) {
		int before = emulator.emulator().requests().size();
		assertThatExceptionOfType(RequestException.class).isThrownBy(call);
		List<Integer> statuses = emulator.emulator()
			.requests()
			.stream()
			.skip(before)
			.map((request) -> request.status())
			.toList();
		assertThat(statuses).as("what the emulator answered").isNotEmpty().last().isEqualTo(status);
	}

}
