package org.opentok.spring.emulator.fidelity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.opentok.Archive;
import com.opentok.ArchiveLayout;
import com.opentok.ArchiveList;
import com.opentok.ArchiveMode;
import com.opentok.ArchiveProperties;
import com.opentok.AudioConnector;
import com.opentok.AudioConnectorProperties;
import com.opentok.Broadcast;
import com.opentok.BroadcastLayout;
import com.opentok.BroadcastProperties;
import com.opentok.Hls;
import com.opentok.MediaMode;
import com.opentok.MuteAllProperties;
import com.opentok.OpenTok;
import com.opentok.Render;
import com.opentok.RenderProperties;
import com.opentok.RenderStatus;
import com.opentok.Role;
import com.opentok.RtmpProperties;
import com.opentok.ScreenShareLayoutType;
import com.opentok.Session;
import com.opentok.SessionProperties;
import com.opentok.SignalProperties;
import com.opentok.Sip;
import com.opentok.SipProperties;
import com.opentok.Stream;
import com.opentok.StreamList;
import com.opentok.StreamListProperties;
import com.opentok.StreamProperties;
import com.opentok.TokenOptions;
import com.opentok.exception.OpenTokException;
import com.opentok.exception.RequestException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opentok.spring.boot.test.emulator.RecordedRequest;
import org.opentok.spring.boot.test.emulator.RecordedSignal;
import org.opentok.spring.boot.test.emulator.SimulatedStream;
import org.opentok.spring.boot.test.emulator.TokenVerification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Every operation of the official Java SDK ({@code com.tokbox:opentok-server-sdk} 4.9.0),
 * run as a black box against the emulator, in a flow the real service accepts: each call
 * succeeds and the SDK parses what the emulator answers. 4.9.0 has no captions, archive
 * storage, connection list, broadcast list or callback calls; the Node SDK covers those.
 */
class OfficialJavaSdkFidelityTests {

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
	void createsSessionsOfEveryKind() throws OpenTokException {
		Session relayed = sdk.createSession();
		assertThat(relayed.getApiKey()).isEqualTo(emulator.apiKey());
		assertThat(relayed.getSessionId()).startsWith("1_").hasSizeGreaterThan(20);
		Session routed = sdk.createSession(new SessionProperties.Builder().mediaMode(MediaMode.ROUTED)
			.archiveMode(ArchiveMode.MANUAL)
			.location("12.34.56.78")
			.build());
		assertThat(routed.getProperties().mediaMode()).isEqualTo(MediaMode.ROUTED);
		Session always = sdk.createSession(
				new SessionProperties.Builder().mediaMode(MediaMode.ROUTED).archiveMode(ArchiveMode.ALWAYS).build());
		assertThat(always.getSessionId()).isNotEqualTo(routed.getSessionId()).isNotEqualTo(relayed.getSessionId());
		assertThat(last("POST", "/session/create").body()).contains("p2p.preference=disabled", "archiveMode=always");
		// the sessions exist: clients join them
		assertThat(emulator.connect(relayed.getSessionId(), relayed.generateToken())).isNotBlank();
		assertThat(emulator.connect(routed.getSessionId(), routed.generateToken())).isNotBlank();
	}

	@Test
	void generatesTokensTheEmulatorAccepts() throws OpenTokException {
		Session session = sdk.createSession();
		String sessionId = session.getSessionId();
		long expires = Instant.now().plusSeconds(3600).getEpochSecond();
		TokenOptions options = new TokenOptions.Builder().role(Role.MODERATOR)
			.expireTime(expires)
			.data("name=Alice & Bob")
			.initialLayoutClassList(List.of("focus", "full"))
			.build();
		for (String token : List.of(sdk.generateToken(sessionId), session.generateToken(),
				sdk.generateToken(sessionId, options), session.generateToken(options))) {
			TokenVerification verification = emulator.emulator().verifyToken(token, sessionId);
			assertThat(verification.valid()).as(verification.reason()).isTrue();
			assertThat(verification.sessionId()).isEqualTo(sessionId);
		}
		TokenVerification moderator = emulator.emulator().verifyToken(sdk.generateToken(sessionId, options));
		assertThat(moderator.role()).isEqualTo(org.opentok.spring.client.token.Role.MODERATOR);
		assertThat(moderator.connectionData()).isEqualTo("name=Alice & Bob");
		assertThat(moderator.expiresAt().getEpochSecond()).isEqualTo(expires);
		assertThat(emulator.emulator().connect(sessionId, sdk.generateToken(sessionId, options)).data())
			.isEqualTo("name=Alice & Bob");
	}

	@Test
	void recordsArchivesThroughTheirWholeLifecycle() throws OpenTokException {
		String sessionId = routedSession();
		String connectionId = emulator.connect(sessionId, sdk.generateToken(sessionId));
		String streamId = emulator.publish(connectionId);

		Archive plain = sdk.startArchive(sessionId);
		assertThat(plain.getStatus()).isEqualTo(Archive.Status.STARTED);
		assertThat(plain.getSessionId()).isEqualTo(sessionId);
		assertThat(plain.getPartnerId()).isEqualTo(emulator.apiKey());
		assertThat(plain.getCreatedAt()).isCloseTo(System.currentTimeMillis(), within(60_000L));
		assertThat(plain.getOutputMode()).isEqualTo(Archive.OutputMode.COMPOSED);
		assertThat(plain.getStreamMode()).isEqualTo(Archive.StreamMode.AUTO);
		assertThat(plain.hasAudio()).isTrue();
		assertThat(plain.hasVideo()).isTrue();
		assertThat(plain.getResolution()).isEqualTo("640x480");
		assertThat(plain.getUrl()).isNull();
		// without a multiArchiveTag a session is recorded by one archive at a time (2.2a)
		assertThat(sdk.stopArchive(plain.getId()).getStatus()).isEqualTo(Archive.Status.STOPPED);

		Archive named = sdk.startArchive(sessionId, "Weekly");
		assertThat(named.getName()).isEqualTo("Weekly");
		assertThat(sdk.stopArchive(named.getId()).getReason()).isEqualTo("user initiated");
		Archive composed = sdk.startArchive(sessionId,
				new ArchiveProperties.Builder().name("Composed")
					.resolution("1280x720")
					.layout(new ArchiveLayout(ScreenShareLayoutType.PIP))
					.multiArchiveTag("composed")
					.build());
		assertThat(composed.getResolution()).isEqualTo("1280x720");
		assertThat(composed.getMultiArchiveTag()).isEqualTo("composed");
		Archive individual = sdk.startArchive(sessionId,
				new ArchiveProperties.Builder().outputMode(Archive.OutputMode.INDIVIDUAL)
					.streamMode(Archive.StreamMode.MANUAL)
					.hasVideo(false)
					.multiArchiveTag("individual")
					.build());
		assertThat(individual.getOutputMode()).isEqualTo(Archive.OutputMode.INDIVIDUAL);
		assertThat(individual.getStreamMode()).isEqualTo(Archive.StreamMode.MANUAL);
		assertThat(individual.hasVideo()).isFalse();

		assertThat(sdk.getArchive(composed.getId()).getName()).isEqualTo("Composed");
		sdk.setArchiveLayout(composed.getId(),
				new ArchiveProperties.Builder().layout(new ArchiveLayout(ArchiveLayout.Type.PIP)).build());
		sdk.setArchiveLayout(composed.getId(),
				new ArchiveProperties.Builder()
					.layout(new ArchiveLayout(ArchiveLayout.Type.CUSTOM, "stream { position: absolute; }"))
					.build());
		assertThat(last("PUT", "/layout").body()).contains("\"stylesheet\":\"stream { position: absolute; }\"");
		// the service answers a stream change with 204 (fact sheet 2.2g); SDK 4.9.0 takes
		// only 200 and reports the change it made as a failure (fixed in later SDKs)
		assertThatExceptionOfType(RequestException.class)
			.isThrownBy(() -> sdk.addArchiveStream(individual.getId(), streamId, true, false))
			.withMessageContaining("204");
		assertThat(last("PATCH", "/archive/").status()).isEqualTo(204);
		assertThatExceptionOfType(RequestException.class)
			.isThrownBy(() -> sdk.removeArchiveStream(individual.getId(), streamId))
			.withMessageContaining("204");
		assertThat(last("PATCH", "/archive/").status()).isEqualTo(204);

		ArchiveList all = sdk.listArchives();
		assertThat(all.getTotalCount()).isEqualTo(4);
		assertThat(all).extracting(Archive::getId)
			.containsExactly(individual.getId(), composed.getId(), named.getId(), plain.getId());
		assertThat(sdk.listArchives(sessionId)).hasSize(4);
		ArchiveList page = sdk.listArchives(1, 2);
		assertThat(page.getTotalCount()).isEqualTo(4);
		assertThat(page).extracting(Archive::getId).containsExactly(composed.getId(), named.getId());
		assertThat(sdk.listArchives(sessionId, 3, 10)).extracting(Archive::getId).containsExactly(plain.getId());

		for (Archive archive : List.of(composed, individual)) {
			Archive stopped = sdk.stopArchive(archive.getId());
			assertThat(stopped.getStatus()).isEqualTo(Archive.Status.STOPPED);
			assertThat(stopped.getReason()).isEqualTo("user initiated");
		}
		assertThat(emulator.emulator().awaitIdle(Duration.ofSeconds(10))).isTrue();
		Archive available = sdk.getArchive(plain.getId());
		assertThat(available.getStatus()).isEqualTo(Archive.Status.AVAILABLE);
		assertThat(available.getUrl()).startsWith(emulator.url());
		assertThat(available.getSize()).isPositive();
		sdk.deleteArchive(plain.getId());
		assertThat(sdk.getArchive(plain.getId()).getStatus()).isEqualTo(Archive.Status.DELETED);
	}

	@Test
	void startsATaggedArchiveNextToTheAutomaticOneOfAnAlwaysArchivedSession() throws OpenTokException {
		String sessionId = sdk
			.createSession(
					new SessionProperties.Builder().mediaMode(MediaMode.ROUTED).archiveMode(ArchiveMode.ALWAYS).build())
			.getSessionId();
		emulator.connect(sessionId, sdk.generateToken(sessionId));
		Archive tagged = sdk.startArchive(sessionId, new ArchiveProperties.Builder().multiArchiveTag("extra").build());
		assertThat(tagged.getStatus()).isEqualTo(Archive.Status.STARTED);
		assertThat(sdk.listArchives(sessionId)).hasSize(2);
	}

	@Test
	void broadcastsWithHlsAndRtmp() throws OpenTokException {
		String sessionId = routedSession();
		String streamId = emulator.publish(emulator.connect(sessionId, sdk.generateToken(sessionId)));
		Broadcast broadcast = sdk.startBroadcast(sessionId,
				new BroadcastProperties.Builder().hls(new Hls.Builder().lowLatency(true).build())
					.addRtmpProperties(new RtmpProperties.Builder().id("yt")
						.serverUrl("rtmps://live.example.com/app")
						.streamName("key-123")
						.build())
					.layout(new BroadcastLayout(ArchiveLayout.Type.PIP))
					.maxDuration(5400)
					.resolution("1280x720")
					.multiBroadcastTag("stage")
					.build());
		assertThat(broadcast.getId()).isNotBlank();
		assertThat(broadcast.getSessionId()).isEqualTo(sessionId);
		assertThat(broadcast.getProjectId()).isEqualTo(emulator.apiKey());
		assertThat(broadcast.getStatus()).isEqualTo("started");
		assertThat(broadcast.getResolution()).isEqualTo("1280x720");
		assertThat(broadcast.getMultiBroadcastTag()).isEqualTo("stage");
		assertThat(broadcast.getHls()).endsWith(".m3u8");
		assertThat(broadcast.getRtmpList()).singleElement().satisfies((rtmp) -> {
			assertThat(rtmp.getId()).isEqualTo("yt");
			assertThat(rtmp.getServerUrl()).isEqualTo("rtmps://live.example.com/app");
			assertThat(rtmp.getStreamName()).isEqualTo("key-123");
		});
		assertThat(broadcast.getStreamMode()).isEqualTo(Broadcast.StreamMode.AUTO);
		assertThat(sdk.getBroadcast(broadcast.getId()).getId()).isEqualTo(broadcast.getId());
		sdk.setBroadcastLayout(broadcast.getId(),
				new BroadcastProperties.Builder().layout(new BroadcastLayout(ScreenShareLayoutType.BESTFIT)).build());

		Broadcast manual = sdk.startBroadcast(sessionId,
				new BroadcastProperties.Builder().hasHls(true)
					.streamMode(Broadcast.StreamMode.MANUAL)
					.multiBroadcastTag("manual")
					.build());
		assertThat(manual.getStreamMode()).isEqualTo(Broadcast.StreamMode.MANUAL);
		// 204 at the service (fact sheet 2.3f), which SDK 4.9.0 does not take for success
		assertThatExceptionOfType(RequestException.class)
			.isThrownBy(() -> sdk.addBroadcastStream(manual.getId(), streamId, true, true))
			.withMessageContaining("204");
		assertThat(last("PATCH", "/broadcast/").status()).isEqualTo(204);
		assertThatExceptionOfType(RequestException.class)
			.isThrownBy(() -> sdk.removeBroadcastStream(manual.getId(), streamId))
			.withMessageContaining("204");
		assertThat(last("PATCH", "/broadcast/").status()).isEqualTo(204);

		Broadcast stopped = sdk.stopBroadcast(broadcast.getId());
		assertThat(stopped.getStatus()).isEqualTo("stopped");
		assertThat(sdk.stopBroadcast(manual.getId()).getId()).isEqualTo(manual.getId());
	}

	@Test
	void readsStreamsAndSetsTheirLayoutClasses() throws OpenTokException {
		String sessionId = routedSession();
		String connectionId = emulator.connect(sessionId, sdk.generateToken(sessionId));
		String camera = emulator.publish(connectionId);
		String other = emulator.publish(connectionId);
		Stream stream = sdk.getStream(sessionId, camera);
		assertThat(stream.getId()).isEqualTo(camera);
		assertThat(stream.getVideoType()).isEqualTo("camera");
		assertThat(stream.getName()).isEmpty();
		assertThat(stream.getLayoutClassList()).isEmpty();
		StreamList streams = sdk.listStreams(sessionId);
		assertThat(streams.getTotalCount()).isEqualTo(2);
		assertThat(streams).extracting(Stream::getId).containsExactlyInAnyOrder(camera, other);
		sdk.setStreamLayouts(sessionId, new StreamListProperties.Builder()
			.addStreamProperties(
					new StreamProperties.Builder().id(camera).addLayoutClass("full").addLayoutClass("focus").build())
			.addStreamProperties(new StreamProperties.Builder().id(other).build())
			.build());
		assertThat(sdk.getStream(sessionId, camera).getLayoutClassList()).containsExactly("full", "focus");
		assertThat(emulator.emulator().streams(sessionId)).extracting(SimulatedStream::layoutClassList)
			.containsExactly(List.of("full", "focus"), List.of());
	}

	@Test
	void signalsAndModerates() throws OpenTokException {
		String sessionId = routedSession();
		String alice = emulator.connect(sessionId, sdk.generateToken(sessionId));
		String bob = emulator.connect(sessionId, sdk.generateToken(sessionId));
		String aliceStream = emulator.publish(alice);
		String bobStream = emulator.publish(bob);
		String carolStream = emulator.publish(emulator.connect(sessionId, sdk.generateToken(sessionId)));
		sdk.signal(sessionId, new SignalProperties.Builder().type("chat").data("hello all").build());
		sdk.signal(sessionId, bob, new SignalProperties.Builder().type("chat").data("hello Bob").build());
		assertThat(emulator.emulator().signals()).extracting(RecordedSignal::connectionId, RecordedSignal::data)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(null, "hello all"),
					org.assertj.core.groups.Tuple.tuple(bob, "hello Bob"));

		sdk.forceMuteStream(sessionId, aliceStream);
		assertThat(muted(sessionId)).containsEntry(aliceStream, true).containsEntry(bobStream, false);
		// SDK 4.9.0 misspells the exclusion key "excudedStreamIds";
		// the service's key is excludedStreamIds (fact sheet 2.7c),
		// so nothing is excluded and every stream is muted
		sdk.forceMuteAll(sessionId, new MuteAllProperties.Builder().excludedStreamIds(List.of(carolStream)).build());
		assertThat(last("POST", "/mute").body()).contains("\"excudedStreamIds\":[\"" + carolStream + "\"]");
		assertThat(muted(sessionId)).containsEntry(bobStream, true).containsEntry(carolStream, true);
		sdk.disableForceMute(sessionId);
		assertThat(last("POST", "/mute").body()).contains("\"active\":false");

		sdk.forceDisconnect(sessionId, bob);
		assertThat(emulator.emulator().connections(sessionId)).extracting((connection) -> connection.connectionId())
			.contains(alice)
			.doesNotContain(bob);
	}

	@Test
	void dialsSipAndPlaysDtmf() throws OpenTokException {
		String sessionId = routedSession();
		String client = emulator.connect(sessionId, sdk.generateToken(sessionId));
		emulator.publish(client);
		String sipToken = sdk.generateToken(sessionId,
				new TokenOptions.Builder().role(Role.PUBLISHER).data("sip=true").build());
		Sip call = sdk.dial(sessionId, sipToken,
				new SipProperties.Builder().sipUri("sip:+15550100@sip.example.com;transport=tls")
					.from("15550199@example.com")
					.userName("bob")
					.password("pa55")
					.headersJsonStartingWithXDash("{\"X-Account\":\"42\"}")
					.secure(true)
					.video(false)
					.observeForceMute(true)
					.build());
		assertThat(call.getId()).isNotBlank();
		assertThat(call.getConnectionId()).isNotBlank();
		assertThat(call.getStreamId()).isNotBlank();
		assertThat(emulator.emulator().connections(sessionId)).extracting((connection) -> connection.connectionId())
			.contains(call.getConnectionId());
		sdk.playDTMF(sessionId, "1p2#");
		sdk.playDTMF(sessionId, call.getConnectionId(), "*9");
		assertThat(last("POST", "/play-dtmf").body()).isEqualTo("{\"digits\":\"*9\"}");
	}

	@Test
	void connectsAnAudioWebSocket() throws OpenTokException {
		String sessionId = routedSession();
		String streamId = emulator.publish(emulator.connect(sessionId, sdk.generateToken(sessionId)));
		AudioConnector connector = sdk.connectAudioStream(sessionId, sdk.generateToken(sessionId),
				new AudioConnectorProperties.Builder("wss://audio.example.com/ws").addStream(streamId)
					.addHeaders(Map.of("X-Call", "abc"))
					.build());
		assertThat(connector.getId()).isNotBlank();
		assertThat(connector.getConnectionId()).isNotBlank();
		assertThat(last("POST", "/connect").body()).contains("\"uri\":\"wss://audio.example.com/ws\"", streamId);
	}

	@Test
	void rendersAnExperienceComposer() throws OpenTokException {
		String sessionId = routedSession();
		emulator.connect(sessionId, sdk.generateToken(sessionId));
		Render render = sdk.startRender(sessionId, sdk.generateToken(sessionId),
				new RenderProperties.Builder().url("https://app.example.com/composer")
					.maxDuration(1800)
					.resolution(RenderProperties.Resolution.HD_HORIZONTAL)
					.properties(new RenderProperties.Properties("Composed stream"))
					.build());
		assertThat(render.getId()).isNotBlank();
		assertThat(render.getSessionId()).isEqualTo(sessionId);
		assertThat(render.getProjectId()).isEqualTo(String.valueOf(emulator.apiKey()));
		assertThat(render.getUrl()).isEqualTo("https://app.example.com/composer");
		assertThat(render.getResolution()).isEqualTo("1280x720");
		assertThat(render.getStatus()).isEqualTo(RenderStatus.STARTING);
		assertThat(sdk.getRender(render.getId()).getId()).isEqualTo(render.getId());
		assertThat(sdk.listRenders()).extracting(Render::getId).containsExactly(render.getId());
		assertThat(sdk.listRenders(0, 10)).extracting(Render::getId).containsExactly(render.getId());
		// the service answers 204 (fact sheet 2.10d); SDK 4.9.0 takes only 200
		assertThatExceptionOfType(RequestException.class).isThrownBy(() -> sdk.stopRender(render.getId()))
			.withMessageContaining("204");
		assertThat(last("DELETE", "/render/").status()).isEqualTo(204);
		assertThat(sdk.getRender(render.getId()).getStatus()).isEqualTo(RenderStatus.STOPPED);
	}

	private static String routedSession() throws OpenTokException {
		return sdk.createSession(new SessionProperties.Builder().mediaMode(MediaMode.ROUTED).build()).getSessionId();
	}

	private static Map<String, Boolean> muted(String sessionId) {
		Map<String, Boolean> muted = new java.util.LinkedHashMap<>();
		emulator.emulator().streams(sessionId).forEach((stream) -> muted.put(stream.streamId(), stream.audioMuted()));
		return muted;
	}

	private static RecordedRequest last(String method, String pathPart) {
		List<RecordedRequest> matching = emulator.emulator()
			.requests()
			.stream()
			.filter((request) -> request.method().equals(method) && request.path().contains(pathPart))
			.toList();
		assertThat(matching).as(method + " *" + pathPart + "*").isNotEmpty();
		return matching.get(matching.size() - 1);
	}

}
