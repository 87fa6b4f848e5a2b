package org.opentok.spring.client.broadcast;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.core.StreamMode;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests for reading {@link Broadcast} answers through {@link BroadcastClient}.
 */
class BroadcastTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final String BROADCAST_ID = "1748b707-0a81-464c-9759-c46ad10d3734";

	private final BroadcastClient client = new BroadcastClient(openTok.transport());

	@Test
	void readsEveryFieldOfARunningBroadcast() {
		Broadcast broadcast = get("""
				{"id":"%s","sessionId":"%s","projectId":123456,"partnerId":123456,"event":"broadcast",
				 "createdAt":1700000000000,"updatedAt":1700000005000,"status":"started","resolution":"1280x720",
				 "maxDuration":5400,"maxBitrate":1500000,"hasAudio":true,"hasVideo":false,"streamMode":"manual",
				 "multiBroadcastTag":"stage-a",
				 "broadcastUrls":{"hls":"https://cdn.example.com/hls/abc/playlist.m3u8?DVR","hlsStatus":"live",
				  "rtmp":[{"id":"yt","serverUrl":"rtmps://live.example.com/app","streamName":"key-123","status":"live"},
				          {"serverUrl":"rtmp://other.example.com/live","streamName":"key-456","status":"connecting"}]},
				 "settings":{"hls":{"dvr":true,"lowLatency":false}},
				 "streams":[{"streamId":"s-1","hasAudio":true,"hasVideo":false},{"streamId":"s-2"}]}
				""");
		assertThat(broadcast.id()).isEqualTo(BROADCAST_ID);
		assertThat(broadcast.sessionId()).isEqualTo(MockOpenTok.SESSION_ID);
		assertThat(broadcast.projectId()).isEqualTo("123456");
		assertThat(broadcast.partnerId()).isEqualTo("123456");
		assertThat(broadcast.applicationId()).isNull();
		assertThat(broadcast.createdAt()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
		assertThat(broadcast.updatedAt()).isEqualTo(Instant.ofEpochMilli(1700000005000L));
		assertThat(broadcast.status()).isEqualTo(BroadcastStatus.STARTED);
		assertThat(broadcast.rawStatus()).isEqualTo("started");
		assertThat(broadcast.resolution()).isEqualTo(Resolution.HD_HORIZONTAL);
		assertThat(broadcast.rawResolution()).isEqualTo("1280x720");
		assertThat(broadcast.maxDuration()).isEqualTo(5400);
		assertThat(broadcast.maxBitrate()).isEqualTo(1500000);
		assertThat(broadcast.hasAudio()).isTrue();
		assertThat(broadcast.hasVideo()).isFalse();
		assertThat(broadcast.streamMode()).isEqualTo(StreamMode.MANUAL);
		assertThat(broadcast.rawStreamMode()).isEqualTo("manual");
		assertThat(broadcast.multiBroadcastTag()).isEqualTo("stage-a");
		assertThat(broadcast.broadcastUrls().hls()).isEqualTo("https://cdn.example.com/hls/abc/playlist.m3u8?DVR");
		assertThat(broadcast.broadcastUrls().hlsStatus()).isEqualTo(HlsStatus.LIVE);
		assertThat(broadcast.broadcastUrls().rawHlsStatus()).isEqualTo("live");
		assertThat(broadcast.broadcastUrls().rtmp()).containsExactly(
				new RtmpOutput("yt", "rtmps://live.example.com/app", "key-123", "live"),
				new RtmpOutput(null, "rtmp://other.example.com/live", "key-456", "connecting"));
		assertThat(broadcast.broadcastUrls().rtmp()).extracting(RtmpOutput::status)
			.containsExactly(RtmpStatus.LIVE, RtmpStatus.CONNECTING);
		assertThat(broadcast.settings().hls()).isEqualTo(new HlsSettings(true, false));
		assertThat(broadcast.streams()).containsExactly(new BroadcastStream("s-1", true, false),
				new BroadcastStream("s-2", true, true));
	}

	@Test
	void fillsInWhatOpenTokLeavesOut() {
		Broadcast broadcast = get("""
				{"id":"%s","sessionId":"%s","broadcastUrls":null}
				""");
		assertThat(broadcast.projectId()).isNull();
		assertThat(broadcast.partnerId()).isNull();
		assertThat(broadcast.applicationId()).isNull();
		assertThat(broadcast.createdAt()).isNull();
		assertThat(broadcast.updatedAt()).isNull();
		assertThat(broadcast.status()).isEqualTo(BroadcastStatus.UNKNOWN);
		assertThat(broadcast.rawStatus()).isNull();
		assertThat(broadcast.resolution()).isNull();
		assertThat(broadcast.rawResolution()).isNull();
		assertThat(broadcast.maxDuration()).isNull();
		assertThat(broadcast.maxBitrate()).isNull();
		assertThat(broadcast.hasAudio()).isTrue();
		assertThat(broadcast.hasVideo()).isTrue();
		assertThat(broadcast.streamMode()).isEqualTo(StreamMode.AUTO);
		assertThat(broadcast.rawStreamMode()).isNull();
		assertThat(broadcast.multiBroadcastTag()).isNull();
		assertThat(broadcast.broadcastUrls()).isNull();
		assertThat(broadcast.settings()).isNull();
		assertThat(broadcast.streams()).isEmpty();
	}

	@Test
	void readsNullTracksAsIncludedAndEmptyOutputsAsNone() {
		Broadcast broadcast = get("""
				{"id":"%s","sessionId":"%s","hasAudio":null,"hasVideo":null,
				 "broadcastUrls":{"rtmp":[{"serverUrl":"rtmp://a.example.com/app","streamName":"k"}]},
				 "settings":{"hls":{}},"streams":null}
				""");
		assertThat(broadcast.hasAudio()).isTrue();
		assertThat(broadcast.hasVideo()).isTrue();
		assertThat(broadcast.broadcastUrls().hls()).isNull();
		assertThat(broadcast.broadcastUrls().hlsStatus()).isNull();
		assertThat(broadcast.broadcastUrls().rawHlsStatus()).isNull();
		assertThat(broadcast.broadcastUrls().rtmp()).singleElement()
			.extracting(RtmpOutput::status)
			.isEqualTo(RtmpStatus.UNKNOWN);
		assertThat(broadcast.broadcastUrls().rtmp()).singleElement().extracting(RtmpOutput::rawStatus).isNull();
		assertThat(broadcast.settings().hls()).isEqualTo(new HlsSettings(false, false));
		assertThat(broadcast.streams()).isEmpty();
	}

	@Test
	void readsUnknownEnumValuesAsUnknown() {
		Broadcast broadcast = get("""
				{"id":"%s","sessionId":"%s","status":"paused","resolution":"3840x2160","streamMode":"hybrid",
				 "broadcastUrls":{"hls":"https://cdn.example.com/p.m3u8","hlsStatus":"buffering",
				  "rtmp":[{"id":"x","serverUrl":"rtmp://a.example.com/app","streamName":"k","status":"throttled"}]}}
				""");
		assertThat(broadcast.status()).isEqualTo(BroadcastStatus.UNKNOWN);
		assertThat(broadcast.resolution()).isEqualTo(Resolution.UNKNOWN);
		assertThat(broadcast.streamMode()).isEqualTo(StreamMode.UNKNOWN);
		assertThat(broadcast.broadcastUrls().hlsStatus()).isEqualTo(HlsStatus.UNKNOWN);
		assertThat(broadcast.broadcastUrls().rtmp()).extracting(RtmpOutput::status).containsExactly(RtmpStatus.UNKNOWN);
	}

	@Test
	void keepsTheWireStringOfUnknownEnumValues() {
		Broadcast broadcast = get("""
				{"id":"%s","sessionId":"%s","status":"paused","resolution":"3840x2160","streamMode":"hybrid",
				 "broadcastUrls":{"hls":"https://cdn.example.com/p.m3u8","hlsStatus":"buffering",
				  "rtmp":[{"id":"x","serverUrl":"rtmp://a.example.com/app","streamName":"k","status":"throttled"}]}}
				""");
		assertThat(broadcast.rawStatus()).isEqualTo("paused");
		assertThat(broadcast.rawResolution()).isEqualTo("3840x2160");
		assertThat(broadcast.rawStreamMode()).isEqualTo("hybrid");
		assertThat(broadcast.broadcastUrls().rawHlsStatus()).isEqualTo("buffering");
		assertThat(broadcast.broadcastUrls().rtmp()).extracting(RtmpOutput::rawStatus).containsExactly("throttled");
	}

	@Test
	void readsEveryKnownValueOfTheRecords() {
		for (BroadcastStatus status : BroadcastStatus.values()) {
			assertThat(broadcastWith(status.wireValue(), null, null).status()).isEqualTo(status);
		}
		for (Resolution resolution : Resolution.values()) {
			assertThat(broadcastWith(null, resolution.wireValue(), null).resolution()).isEqualTo(resolution);
		}
		for (StreamMode mode : StreamMode.values()) {
			assertThat(broadcastWith(null, null, mode.wireValue()).streamMode()).isEqualTo(mode);
		}
		for (HlsStatus status : HlsStatus.values()) {
			assertThat(new BroadcastUrls("https://x/p.m3u8", status.wireValue(), null).hlsStatus()).isEqualTo(status);
		}
		for (RtmpStatus status : RtmpStatus.values()) {
			assertThat(new RtmpOutput("x", "rtmp://a.example.com/app", "k", status.wireValue()).status())
				.isEqualTo(status);
		}
	}

	@Test
	void readsEveryKnownStatus() {
		for (HlsStatus status : HlsStatus.values()) {
			assertThat(HlsStatus.fromWire(status.wireValue())).isEqualTo(status);
		}
		assertThat(HlsStatus.values()).extracting(HlsStatus::wireValue)
			.containsExactly("connecting", "ready", "live", "ended", "error", "unknown");
		assertThat(RtmpStatus.values()).extracting(RtmpStatus::wireValue)
			.containsExactly("connecting", "live", "offline", "error", "unknown");
		assertThat(BroadcastStatus.values()).extracting(BroadcastStatus::wireValue)
			.containsExactly("started", "stopped", "failed", "unknown");
		assertThat(RtmpStatus.fromWire("offline")).isEqualTo(RtmpStatus.OFFLINE);
		assertThat(BroadcastStatus.fromWire("stopped")).isEqualTo(BroadcastStatus.STOPPED);
		assertThat(BroadcastStatus.fromWire(null)).isEqualTo(BroadcastStatus.UNKNOWN);
	}

	@Test
	void readsTheFailedStatusOfAServiceDisruption() {
		Broadcast broadcast = get("""
				{"id":"%s","sessionId":"%s","status":"failed","broadcastUrls":null}
				""");
		assertThat(broadcast.status()).isEqualTo(BroadcastStatus.FAILED);
	}

	@Test
	void readsNumbersSentAsStrings() {
		Broadcast broadcast = get("""
				{"id":"%s","sessionId":"%s","projectId":"123456","createdAt":"1700000000000",
				 "updatedAt":"1700000005000","maxDuration":"5400","maxBitrate":"1500000"}
				""");
		assertThat(broadcast.projectId()).isEqualTo("123456");
		assertThat(broadcast.createdAt()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
		assertThat(broadcast.updatedAt()).isEqualTo(Instant.ofEpochMilli(1700000005000L));
		assertThat(broadcast.maxDuration()).isEqualTo(5400);
		assertThat(broadcast.maxBitrate()).isEqualTo(1500000);
	}

	@Test
	void keepsProjectIdPartnerIdAndApplicationIdApart() {
		Broadcast broadcast = get("""
				{"id":"%s","sessionId":"%s","projectId":123456,"partnerId":"654321",
				 "applicationId":"c1d2e3f4-0000-4000-8000-000000000001"}
				""");
		assertThat(broadcast.projectId()).isEqualTo("123456");
		assertThat(broadcast.partnerId()).isEqualTo("654321");
		assertThat(broadcast.applicationId()).isEqualTo("c1d2e3f4-0000-4000-8000-000000000001");
	}

	@Test
	void readsTheApplicationIdOrPartnerIdAloneWithoutAProjectId() {
		Broadcast vonage = get("""
				{"id":"%s","sessionId":"%s","applicationId":"c1d2e3f4-0000-4000-8000-000000000001"}
				""");
		assertThat(vonage.applicationId()).isEqualTo("c1d2e3f4-0000-4000-8000-000000000001");
		assertThat(vonage.projectId()).isNull();
		assertThat(vonage.partnerId()).isNull();
		openTok.server().reset();
		Broadcast legacy = get("""
				{"id":"%s","sessionId":"%s","partnerId":123456}
				""");
		assertThat(legacy.partnerId()).isEqualTo("123456");
		assertThat(legacy.projectId()).isNull();
		assertThat(legacy.applicationId()).isNull();
	}

	@Test
	void readsRtmpOutputsKeyedById() {
		Broadcast broadcast = get("""
				{"id":"%s","sessionId":"%s","broadcastUrls":{"rtmp":{
				 "foo":{"serverUrl":"rtmp://a.example.com/app","streamName":"k1","status":"live"},
				 "bar":{"id":"bar","serverUrl":"rtmps://b.example.com/app","streamName":"k2","status":"offline"}}}}
				""");
		assertThat(broadcast.broadcastUrls().rtmp()).containsExactly(
				new RtmpOutput("foo", "rtmp://a.example.com/app", "k1", "live"),
				new RtmpOutput("bar", "rtmps://b.example.com/app", "k2", "offline"));
	}

	@Test
	void readsTheItemsOfAListPage() {
		openTok.respond(request().withPath("/v2/project/123456/broadcast"), response().withStatusCode(200)
			.withContentType(org.mockserver.model.MediaType.APPLICATION_JSON)
			.withBody("""
					{"count":"2","items":[{"id":"a","sessionId":"%1$s","status":"started","unknown":[1,2]},
					 {"id":"b","sessionId":"%1$s","status":"started","broadcastUrls":{"hls":"https://x/p.m3u8"}}]}
					""".formatted(MockOpenTok.SESSION_ID)));
		Page<Broadcast> page = this.client.list(BroadcastQuery.builder().build());
		assertThat(page.totalCount()).isEqualTo(2);
		assertThat(page.items()).extracting(Broadcast::id).containsExactly("a", "b");
		assertThat(page.items().get(1).broadcastUrls().hls()).isEqualTo("https://x/p.m3u8");
	}

	private static Broadcast broadcastWith(String rawStatus, String rawResolution, String rawStreamMode) {
		return new Broadcast(BROADCAST_ID, MockOpenTok.SESSION_ID, null, null, null, null, null, rawStatus,
				rawResolution, null, null, true, true, rawStreamMode, null, null, null, null);
	}

	@Test
	void toStringNeverShowsAStreamKeyOrTheCredentialsOfAServerUrl() {
		Broadcast broadcast = get(
				"""
						{"id":"%s","sessionId":"%s","status":"started",
						 "broadcastUrls":{"rtmp":[
						  {"id":"yt","serverUrl":"rtmps://user:pa55@live.example.com/app?auth=t0ken","streamName":"key-secret-1","status":"live"},
						  {"serverUrl":"rtmp://other.example.com/live","streamName":"key-secret-2","status":"connecting"}]}}
						""");
		assertThat(broadcast.broadcastUrls().rtmp().get(0).streamName()).isEqualTo("key-secret-1");
		assertThat(broadcast.broadcastUrls().rtmp().get(1)).hasToString(
				"RtmpOutput[id=null, serverUrl=rtmp://other.example.com/live, streamName=******, status=CONNECTING]");
		assertThat(broadcast.toString()).contains("streamName=******", "rtmps://******@live.example.com/app?******")
			.doesNotContain("key-secret")
			.doesNotContain("pa55")
			.doesNotContain("t0ken");
	}

	private Broadcast get(String template) {
		openTok.respond(request().withMethod("GET").withPath("/v2/project/123456/broadcast/" + BROADCAST_ID),
				response().withStatusCode(200)
					.withContentType(org.mockserver.model.MediaType.APPLICATION_JSON)
					.withBody(template.formatted(BROADCAST_ID, MockOpenTok.SESSION_ID)));
		return this.client.get(BROADCAST_ID);
	}

}
