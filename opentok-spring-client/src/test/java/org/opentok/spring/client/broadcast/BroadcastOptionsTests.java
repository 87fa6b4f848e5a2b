package org.opentok.spring.client.broadcast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.opentok.spring.client.core.PageQuery;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.core.StreamMode;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests for the limits of {@link BroadcastOptions}, {@link HlsOptions},
 * {@link RtmpTarget} and {@link BroadcastQuery}: refused before any request, accepted at
 * the bounds.
 */
class BroadcastOptionsTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private final BroadcastClient client = new BroadcastClient(openTok.transport());

	@Test
	void refusesMissingSessionId() {
		assertRefused((builder) -> builder.sessionId(null), "'sessionId' must not be blank");
		assertRefused((builder) -> builder.sessionId(" "), "'sessionId' must not be blank");
		assertRefused((builder) -> builder.sessionId("a/b"), "'sessionId' must be an OpenTok session id");
	}

	@Test
	void refusesNoOutputs() {
		assertRefused((builder) -> builder.hls(null), "'outputs' must include HLS, RTMP or both");
		assertRefused((builder) -> builder.hls(null).rtmp(List.of()), "'outputs' must include HLS, RTMP or both");
	}

	@Test
	void refusesDvrWithLowLatency() {
		assertRefused((builder) -> builder.hls(HlsOptions.builder().dvr(true).lowLatency(true).build()),
				"'dvr' and 'lowLatency' cannot both be true");
		assertThatIllegalArgumentException().isThrownBy(() -> new HlsOptions(true, true))
			.withMessage("'dvr' and 'lowLatency' cannot both be true");
	}

	@Test
	void acceptsDvrOrLowLatencyAlone() {
		assertThat(HlsOptions.builder().dvr(true).lowLatency(false).build()).isEqualTo(new HlsOptions(true, false));
		assertThat(HlsOptions.builder().lowLatency(true).build()).isEqualTo(new HlsOptions(null, true));
		assertThat(HlsOptions.defaults()).isEqualTo(new HlsOptions(null, null));
	}

	@Test
	void refusesMoreThanFiveRtmpTargets() {
		assertRefused((builder) -> builder.rtmp(targets(6)), "'rtmp' must have at most 5 elements, got 6");
	}

	@Test
	void sendsFiveRtmpTargets() {
		respondToStart();
		this.client.start(BroadcastOptions.builder().sessionId(MockOpenTok.SESSION_ID).rtmp(targets(5)).build());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId":"%s","outputs":{"rtmp":[
				 {"id":"t0","serverUrl":"rtmps://live0.example.com/app","streamName":"key-0"},
				 {"id":"t1","serverUrl":"rtmps://live1.example.com/app","streamName":"key-1"},
				 {"id":"t2","serverUrl":"rtmps://live2.example.com/app","streamName":"key-2"},
				 {"id":"t3","serverUrl":"rtmps://live3.example.com/app","streamName":"key-3"},
				 {"id":"t4","serverUrl":"rtmps://live4.example.com/app","streamName":"key-4"}]}}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void refusesNullRtmpTarget() {
		List<RtmpTarget> targets = new ArrayList<>(targets(1));
		targets.add(null);
		assertRefused((builder) -> builder.rtmp(targets), "'rtmp' must not contain null");
		assertRefused((builder) -> builder.rtmp(null), "'rtmp' must not be null");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://live.example.com/app", "rtmp:/live.example.com", "live.example.com/app", "rtmp://",
			"srt://live.example.com/app" })
	void refusesRtmpServerUrlsOtherThanRtmpAndRtmps(String serverUrl) {
		assertRefused((builder) -> builder.addRtmp(RtmpTarget.of(serverUrl, "key")),
				"'serverUrl' must be an rtmp:// or rtmps:// URL, got '" + serverUrl + "'");
	}

	@Test
	void acceptsRtmpAndRtmpsServerUrls() {
		assertThat(RtmpTarget.of("rtmp://a.example.com/app", "k").serverUrl()).isEqualTo("rtmp://a.example.com/app");
		assertThat(RtmpTarget.of("rtmps://a.example.com:443/app", "k").serverUrl())
			.isEqualTo("rtmps://a.example.com:443/app");
	}

	@Test
	void refusesIncompleteRtmpTargets() {
		assertThatIllegalArgumentException().isThrownBy(() -> RtmpTarget.of("rtmp://a.example.com/app", " "))
			.withMessage("'streamName' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> RtmpTarget.of(" ", "rtmp://a.example.com/app", "k"))
			.withMessage("'id' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> RtmpTarget.builder().streamName("k").build())
			.withMessage("'serverUrl' must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RtmpTarget.builder().serverUrl("rtmp://a.example.com/app").build())
			.withMessage("'streamName' must not be blank");
	}

	@Test
	void refusesMaxDurationOutside60To36000() {
		assertRefused((builder) -> builder.maxDuration(59), "'maxDuration' must be between 60 and 36000, got 59");
		assertRefused((builder) -> builder.maxDuration(36001), "'maxDuration' must be between 60 and 36000, got 36001");
	}

	@Test
	void refusesMaxBitrateOutside100000To6000000() {
		assertRefused((builder) -> builder.maxBitrate(5), "'maxBitrate' must be between 100000 and 6000000, got 5");
		assertRefused((builder) -> builder.maxBitrate(99999),
				"'maxBitrate' must be between 100000 and 6000000, got 99999");
		assertRefused((builder) -> builder.maxBitrate(6000001),
				"'maxBitrate' must be between 100000 and 6000000, got 6000001");
	}

	@Test
	void sendsTheLowestBounds() {
		respondToStart();
		this.client.start(BroadcastOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.hls()
			.maxDuration(60)
			.maxBitrate(100000)
			.build());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId":"%s","outputs":{"hls":{}},"maxDuration":60,"maxBitrate":100000}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void sendsTheHighestBounds() {
		respondToStart();
		this.client.start(BroadcastOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.hls()
			.maxDuration(36000)
			.maxBitrate(6000000)
			.build());
		MockOpenTok.assertJsonBody(openTok.onlyRequest(), """
				{"sessionId":"%s","outputs":{"hls":{}},"maxDuration":36000,"maxBitrate":6000000}
				""".formatted(MockOpenTok.SESSION_ID));
	}

	@Test
	void refusesUnknownEnumValues() {
		assertRefused((builder) -> builder.resolution(Resolution.UNKNOWN), "'resolution' must not be UNKNOWN");
		assertRefused((builder) -> builder.streamMode(StreamMode.UNKNOWN), "'streamMode' must not be UNKNOWN");
	}

	@Test
	void refusesBlankMultiBroadcastTag() {
		assertRefused((builder) -> builder.multiBroadcastTag(""), "'multiBroadcastTag' must not be blank");
	}

	@Test
	void refusesQueriesOutOfBounds() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.list(BroadcastQuery.builder().offset(-1).build()))
			.withMessage("'offset' must be between 0 and " + Integer.MAX_VALUE + ", got -1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.list(BroadcastQuery.builder().count(-1).build()))
			.withMessage("'count' must be between 0 and 1000, got -1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.list(BroadcastQuery.builder().count(1001).build()))
			.withMessage("'count' must be between 0 and 1000, got 1001");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.list(BroadcastQuery.builder().sessionId("a b").build()))
			.withMessageStartingWith("'sessionId' must be an OpenTok session id");
		openTok.assertNoRequest();
	}

	@Test
	void refusesANullSessionInsteadOfListingEveryBroadcast() {
		assertThatIllegalArgumentException().isThrownBy(() -> BroadcastQuery.builder().sessionId(null))
			.withMessage("'sessionId' must not be null (to list the broadcasts of every session, leave it out)");
		assertThat(BroadcastQuery.builder().build().sessionId()).isNull();
	}

	@Test
	void acceptsQueriesAtTheBounds() {
		assertThat(new BroadcastQuery(null, new PageQuery(0, 0))).isEqualTo(BroadcastQuery.builder().count(0).build());
		assertThat(BroadcastQuery.builder().offset(Integer.MAX_VALUE).count(1000).build().page().count())
			.isEqualTo(1000);
		assertThat(BroadcastQuery.builder().build()).isEqualTo(new BroadcastQuery(null, new PageQuery(0, 50)));
	}

	@Test
	void keepsAnImmutableCopyOfTheRtmpTargets() {
		List<RtmpTarget> targets = new ArrayList<>(targets(2));
		BroadcastOptions options = BroadcastOptions.builder().sessionId(MockOpenTok.SESSION_ID).rtmp(targets).build();
		targets.clear();
		assertThat(options.rtmp()).hasSize(2);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> options.rtmp().add(RtmpTarget.of("rtmp://a.example.com/app", "k")));
		assertThat(options.hls()).isNull();
	}

	@Test
	void toStringNeverShowsAStreamKeyOrTheCredentialsOfAServerUrl() {
		RtmpTarget target = RtmpTarget.of("yt", "rtmps://user:pa55@live.example.com:443/app?auth=t0ken",
				"key-secret-1");
		RtmpTarget plain = RtmpTarget.builder()
			.serverUrl("rtmp://other.example.com/live")
			.streamName("key-secret-2")
			.build();
		assertThat(target).hasToString(
				"RtmpTarget[id=yt, serverUrl=rtmps://******@live.example.com:443/app?******, streamName=******]");
		assertThat(plain)
			.hasToString("RtmpTarget[id=null, serverUrl=rtmp://other.example.com/live, streamName=******]");
		BroadcastOptions options = BroadcastOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.addRtmp(target)
			.addRtmp(plain)
			.build();
		for (Object holder : List.of(options, StartBroadcastRequest.of(options))) {
			assertThat(holder.toString()).contains("streamName=******", "live.example.com", "other.example.com")
				.doesNotContain("key-secret")
				.doesNotContain("pa55")
				.doesNotContain("t0ken");
		}
	}

	@Test
	void equalityStillComparesTheStreamKey() {
		assertThat(RtmpTarget.of("rtmp://a.example.com/app", "k1"))
			.isEqualTo(RtmpTarget.of("rtmp://a.example.com/app", "k1"))
			.isNotEqualTo(RtmpTarget.of("rtmp://a.example.com/app", "k2"));
	}

	private void assertRefused(UnaryOperator<BroadcastOptions.Builder> change, String message) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client
				.start(change.apply(BroadcastOptions.builder().sessionId(MockOpenTok.SESSION_ID).hls()).build()))
			.withMessageStartingWith(message);
		openTok.assertNoRequest();
	}

	private static void respondToStart() {
		openTok.respond(request().withMethod("POST").withPath("/v2/project/123456/broadcast"), response()
			.withStatusCode(200)
			.withContentType(org.mockserver.model.MediaType.APPLICATION_JSON)
			.withBody("{\"id\":\"b-1\",\"sessionId\":\"" + MockOpenTok.SESSION_ID + "\",\"status\":\"started\"}"));
	}

	private static List<RtmpTarget> targets(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> RtmpTarget.of("t" + i, "rtmps://live" + i + ".example.com/app", "key-" + i))
			.toList();
	}

}
