package org.opentok.spring.boot.test.emulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.opentok.spring.client.broadcast.Broadcast;
import org.opentok.spring.client.broadcast.BroadcastClient;
import org.opentok.spring.client.broadcast.BroadcastOptions;
import org.opentok.spring.client.broadcast.BroadcastQuery;
import org.opentok.spring.client.broadcast.BroadcastStatus;
import org.opentok.spring.client.broadcast.BroadcastStream;
import org.opentok.spring.client.broadcast.HlsOptions;
import org.opentok.spring.client.broadcast.HlsStatus;
import org.opentok.spring.client.broadcast.RtmpOutput;
import org.opentok.spring.client.broadcast.RtmpStatus;
import org.opentok.spring.client.broadcast.RtmpTarget;
import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.LayoutType;
import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokConflictException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.core.StreamMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every {@link BroadcastClient} operation against the emulator, the broadcast lifecycle
 * and the service's 4xx answers.
 */
class BroadcastEmulationTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	private static final BroadcastClient broadcasts = fixture.openTok().broadcasts();

	private static BroadcastOptions.Builder hlsAndRtmp(String sessionId) {
		return BroadcastOptions.builder()
			.sessionId(sessionId)
			.hls(HlsOptions.builder().dvr(true).build())
			.addRtmp(RtmpTarget.of("yt", "rtmps://live.example.com/app", "key-123"));
	}

	@Test
	void followsTheLifecycleFromConnectingToLiveToStopped() {
		String sessionId = fixture.routedSession();
		Broadcast started = broadcasts.start(hlsAndRtmp(sessionId).resolution(Resolution.HD_HORIZONTAL)
			.maxDuration(5400)
			.maxBitrate(1_500_000)
			.layout(Layout.of(LayoutType.PIP))
			.build());
		assertThat(started.status()).isEqualTo(BroadcastStatus.STARTED);
		assertThat(started.sessionId()).isEqualTo(sessionId);
		assertThat(started.projectId()).isEqualTo(fixture.emulator().credentials().apiKey());
		assertThat(started.resolution()).isEqualTo(Resolution.HD_HORIZONTAL);
		assertThat(started.maxDuration()).isEqualTo(5400);
		assertThat(started.maxBitrate()).isEqualTo(1_500_000);
		assertThat(started.settings().hls().dvr()).isTrue();
		assertThat(started.broadcastUrls().hls()).startsWith(fixture.emulator().baseUrl().toString()).endsWith("?DVR");
		assertThat(started.broadcastUrls().hlsStatus()).isEqualTo(HlsStatus.CONNECTING);
		assertThat(started.broadcastUrls().rtmp()).singleElement()
			.isEqualTo(new RtmpOutput("yt", "rtmps://live.example.com/app", "key-123", "connecting"));
		assertThat(started.broadcastUrls().rtmp()).extracting(RtmpOutput::status)
			.containsExactly(RtmpStatus.CONNECTING);

		Broadcast live = broadcasts.get(started.id());
		assertThat(live.broadcastUrls().hlsStatus()).isEqualTo(HlsStatus.LIVE);
		assertThat(live.broadcastUrls().rtmp()).extracting(RtmpOutput::status).containsExactly(RtmpStatus.LIVE);

		Broadcast stopped = broadcasts.stop(started.id());
		assertThat(stopped.status()).isEqualTo(BroadcastStatus.STOPPED);
		assertThat(stopped.broadcastUrls()).isNull();
		assertThat(broadcasts.get(started.id()).status()).isEqualTo(BroadcastStatus.STOPPED);
		assertThatExceptionOfType(OpenTokNotFoundException.class).isThrownBy(() -> broadcasts.stop(started.id()));
	}

	@Test
	void listsBroadcastsInProgressNewestFirstWithTheTotal() {
		String first = fixture.routedSession();
		String second = fixture.routedSession();
		String b1 = broadcasts.start(hlsAndRtmp(first).build()).id();
		String b2 = broadcasts.start(hlsAndRtmp(second).build()).id();
		String b3 = broadcasts.start(hlsAndRtmp(fixture.routedSession()).build()).id();
		broadcasts.stop(b3);
		Page<Broadcast> all = broadcasts.list(BroadcastQuery.builder().build());
		assertThat(all.totalCount()).isEqualTo(2);
		assertThat(all.items()).extracting(Broadcast::id).containsExactly(b2, b1);
		Page<Broadcast> page = broadcasts.list(BroadcastQuery.builder().offset(1).count(1).build());
		assertThat(page.totalCount()).isEqualTo(2);
		assertThat(page.items()).extracting(Broadcast::id).containsExactly(b1);
		assertThat(broadcasts.list(BroadcastQuery.builder().sessionId(second).build()).items())
			.extracting(Broadcast::id)
			.containsExactly(b2);
		assertThat(broadcasts.listAll()).extracting(Broadcast::id).containsExactly(b2, b1);
		assertThat(broadcasts.listAll(first)).extracting(Broadcast::id).containsExactly(b1);
	}

	@Test
	void refusesToBroadcastARelayedSessionWith409() {
		String relayed = fixture.relayedSession();
		assertThatExceptionOfType(OpenTokConflictException.class)
			.isThrownBy(() -> broadcasts.start(hlsAndRtmp(relayed).build()));
	}

	@Test
	void refusesASecondBroadcastOfTheSameSessionUnlessTheTagsDiffer() {
		String sessionId = fixture.routedSession();
		broadcasts.start(hlsAndRtmp(sessionId).multiBroadcastTag("a").build());
		assertThatExceptionOfType(OpenTokConflictException.class)
			.isThrownBy(() -> broadcasts.start(hlsAndRtmp(sessionId).build()));
		assertThat(broadcasts.start(hlsAndRtmp(sessionId).multiBroadcastTag("b").build()).multiBroadcastTag())
			.isEqualTo("b");
	}

	// a distinct tag is what allows a simultaneous
	// broadcast, next to an untagged one too (2.3a)
	@Test
	void startsATaggedBroadcastNextToAnUntaggedOne() {
		String sessionId = fixture.routedSession();
		broadcasts.start(hlsAndRtmp(sessionId).build());
		assertThat(broadcasts.start(hlsAndRtmp(sessionId).multiBroadcastTag("a").build()).multiBroadcastTag())
			.isEqualTo("a");
		assertThatExceptionOfType(OpenTokConflictException.class)
			.isThrownBy(() -> broadcasts.start(hlsAndRtmp(sessionId).multiBroadcastTag("a").build()));
		assertThatExceptionOfType(OpenTokConflictException.class)
			.isThrownBy(() -> broadcasts.start(hlsAndRtmp(sessionId).build()));
	}

	@Test
	void answersUnknownBroadcastsWith404() {
		String unknown = "b40ef09b-0000-4000-8000-0000000000cc";
		assertThatExceptionOfType(OpenTokNotFoundException.class).isThrownBy(() -> broadcasts.get(unknown));
		assertThatExceptionOfType(OpenTokNotFoundException.class).isThrownBy(() -> broadcasts.stop(unknown));
		assertThatExceptionOfType(OpenTokNotFoundException.class)
			.isThrownBy(() -> broadcasts.setLayout(unknown, Layout.of(LayoutType.PIP)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"sessionId\":\"%s\"}", "{\"sessionId\":\"%s\",\"outputs\":{}}",
			"{\"sessionId\":\"%s\",\"outputs\":{\"hls\":{\"dvr\":true,\"lowLatency\":true}}}",
			"{\"sessionId\":\"%s\",\"outputs\":{\"rtmp\":[{\"serverUrl\":\"http://x\",\"streamName\":\"k\"}]}}",
			"{\"sessionId\":\"%s\",\"outputs\":{\"rtmp\":[R,R,R,R,R,R]}}",
			"{\"sessionId\":\"%s\",\"outputs\":{\"hls\":{}},\"maxDuration\":59}",
			"{\"sessionId\":\"%s\",\"outputs\":{\"hls\":{}},\"maxBitrate\":7000000}",
			"{\"sessionId\":\"%s\",\"outputs\":{\"hls\":{}},\"layout\":{\"type\":\"bestFit\",\"stylesheet\":\"x\"}}" })
	void refusesInvalidStartBodiesWith400(String template) {
		String rtmp = "{\"serverUrl\":\"rtmp://x.example.com/app\",\"streamName\":\"k\"}";
		EmulatorFixture.Raw answer = fixture.send("POST", fixture.projectPath("/broadcast"),
				template.formatted(fixture.routedSession()).replace("R", rtmp));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).isNotBlank();
	}

	@Test
	void changesTheLayoutAndTheStreamsOfAManualBroadcast() {
		String sessionId = fixture.routedSession();
		SimulatedStream stream = fixture.emulator().publish(fixture.emulator().connect(sessionId).connectionId());
		Broadcast broadcast = broadcasts.start(hlsAndRtmp(sessionId).streamMode(StreamMode.MANUAL).build());
		broadcasts.setLayout(broadcast.id(), Layout.bestFit(LayoutType.HORIZONTAL_PRESENTATION));
		broadcasts.addStream(broadcast.id(), stream.streamId(), false, true);
		assertThat(broadcasts.get(broadcast.id()).streams())
			.containsExactly(new BroadcastStream(stream.streamId(), false, true));
		broadcasts.removeStream(broadcast.id(), stream.streamId());
		assertThat(broadcasts.get(broadcast.id()).streams()).isEmpty();
	}

	@Test
	void refusesStreamSelectionOnAnAutomaticBroadcastWith405() {
		String sessionId = fixture.routedSession();
		SimulatedStream stream = fixture.emulator().publish(fixture.emulator().connect(sessionId).connectionId());
		Broadcast broadcast = broadcasts.start(hlsAndRtmp(sessionId).build());
		assertThatExceptionOfType(OpenTokApiException.class)
			.isThrownBy(() -> broadcasts.addStream(broadcast.id(), stream.streamId()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(405));
	}

}
