package org.opentok.spring.client;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import org.opentok.spring.client.audio.AudioConnectorOptions;
import org.opentok.spring.client.audio.AudioTransport;
import org.opentok.spring.client.broadcast.BroadcastOptions;
import org.opentok.spring.client.broadcast.RtmpTarget;
import org.opentok.spring.client.moderation.ModerationClient;
import org.opentok.spring.client.sip.SipDialOptions;
import org.opentok.spring.client.stream.StreamClient;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every count and size a caller controls is bounded, and a collection beyond its bound is
 * refused from its size alone, before anything is copied or sent: a collection that
 * claims {@link Integer#MAX_VALUE} elements is refused at once, without running out of
 * memory.
 */
class BoundedCountTests {

	private static final String SESSION_ID = MockOpenTok.SESSION_ID;

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	@AfterEach
	void nothingWasSent() {
		openTok.assertNoRequest();
	}

	@Test
	void sipStreams() {
		assertThat(sip(streamIds(SipDialOptions.MAX_STREAMS), Map.of()).streams()).hasSize(1000);
		assertRefusedAtOnce(() -> sip(streamIds(1001), Map.of()),
				"'streams' must have at most 1000 elements, got 1001");
		assertRefusedAtOnce(() -> sip(Collections.nCopies(Integer.MAX_VALUE, "s1"), Map.of()),
				"'streams' must have at most 1000 elements, got 2147483647");
	}

	@Test
	void sipHeaders() {
		assertThat(sip(List.of(), Map.of("X-A", "a".repeat(8189))).headers()).hasSize(1);
		assertThat(sip(List.of(), Map.of("X-A", "\u00e9".repeat(4094) + "a")).headers()).hasSize(1);
		assertRefusedAtOnce(() -> sip(List.of(), Map.of("X-A", "a".repeat(8190))),
				"'headers' must be at most 8192 bytes in all (names and values, UTF-8), got 8193");
		assertRefusedAtOnce(() -> sip(List.of(), Map.of("X-A", "\u00e9".repeat(4095))),
				"'headers' must be at most 8192 bytes in all (names and values, UTF-8), got 8193");
		assertRefusedAtOnce(() -> sip(List.of(), Map.of("X-A", "a".repeat(50_000_000))),
				"'headers' must be at most 8192 bytes in all (names and values, UTF-8), got 50000003");
		assertRefusedAtOnce(() -> sip(List.of(), huge("1")),
				"'headers' must be at most 8192 bytes in all (names and values, UTF-8), got 2147483647 headers");
	}

	@Test
	void audioStreams() {
		assertThat(audio(streamIds(AudioConnectorOptions.MAX_STREAMS), Map.of()).streams()).hasSize(1000);
		assertRefusedAtOnce(() -> audio(streamIds(1001), Map.of()),
				"'streams' must have at most 1000 elements, got 1001");
		assertRefusedAtOnce(() -> audio(Collections.nCopies(Integer.MAX_VALUE, "s1"), Map.of()),
				"'streams' must have at most 1000 elements, got 2147483647");
	}

	@Test
	void audioHeaders() {
		assertThat(audio(List.of(), Map.of("X-A", "a".repeat(509))).headers()).hasSize(1);
		assertRefusedAtOnce(() -> audio(List.of(), Map.of("X-A", "a".repeat(510))),
				"'headers' must be at most 512 bytes in all (names and values, UTF-8), got 513");
		assertRefusedAtOnce(() -> audio(List.of(), Map.of("X-A", "a".repeat(50_000_000))),
				"'headers' must be at most 512 bytes in all (names and values, UTF-8), got 50000003");
		assertRefusedAtOnce(() -> audio(List.of(), huge("1")),
				"'headers' must be at most 512 bytes in all (names and values, UTF-8), got 2147483647 headers");
	}

	@Test
	void audioStaticFields() {
		Map<String, Object> thousand = new LinkedHashMap<>();
		IntStream.range(0, 999).forEach((i) -> thousand.put("k" + i, i));
		thousand.put("list", List.of());
		assertThat(AudioTransport.builder().json().staticFields(thousand).build().staticFields()).hasSize(1000);
		Map<String, Object> nested = new LinkedHashMap<>(thousand);
		nested.put("list", List.of(1));
		assertRefusedAtOnce(() -> AudioTransport.builder().json().staticFields(nested).build(),
				"'staticFields' must hold at most 1000 values in all (keys and list elements at every level)");
		assertRefusedAtOnce(() -> AudioTransport.builder().json().staticFields(Map.of("k", huge("v"))).build(),
				"'staticFields' must hold at most 1000 values in all (keys and list elements at every level)");
		assertRefusedAtOnce(
				() -> AudioTransport.builder()
					.json()
					.staticFields(Map.of("k", Collections.nCopies(Integer.MAX_VALUE, 1)))
					.build(),
				"'staticFields' must hold at most 1000 values in all (keys and list elements at every level)");
	}

	@Test
	void broadcastRtmpTargets() {
		List<RtmpTarget> targets = Collections.nCopies(Integer.MAX_VALUE,
				RtmpTarget.of("rtmp://live.example.com/app", "key"));
		assertRefusedAtOnce(
				() -> new BroadcastOptions(SESSION_ID, null, targets, null, null, null, null, null, null, null, null),
				"'rtmp' must have at most 5 elements, got 2147483647");
	}

	@Test
	void excludedStreamsOfMuteAll() {
		ModerationClient moderation = new ModerationClient(openTok.transport());
		assertRefusedAtOnce(() -> moderation.muteAll(SESSION_ID, streamIds(1001)),
				"'excludedStreamIds' must have at most 1000 elements, got 1001");
		assertRefusedAtOnce(() -> moderation.muteAll(SESSION_ID, Collections.nCopies(Integer.MAX_VALUE, "s1")),
				"'excludedStreamIds' must have at most 1000 elements, got 2147483647");
	}

	@Test
	void streamsAndClassesOfSetLayoutClasses() {
		StreamClient streams = new StreamClient(openTok.transport());
		Map<String, List<String>> tooMany = new LinkedHashMap<>();
		streamIds(1001).forEach((id) -> tooMany.put(id, List.of("full")));
		assertRefusedAtOnce(() -> streams.setLayoutClasses(SESSION_ID, tooMany),
				"'classesByStreamId' must have at most 1000 streams, got 1001");
		assertRefusedAtOnce(() -> streams.setLayoutClasses(SESSION_ID, huge(List.of("full"))),
				"'classesByStreamId' must have at most 1000 streams, got 2147483647");
		assertRefusedAtOnce(() -> streams.setLayoutClasses(SESSION_ID, "s1", List.of("a".repeat(500), "b".repeat(500))),
				"'layoutClassList' of stream 's1' must be at most 1000 characters joined with spaces, got 1001");
		assertRefusedAtOnce(
				() -> streams.setLayoutClasses(SESSION_ID, "s1", Collections.nCopies(Integer.MAX_VALUE, "full")),
				"'layoutClassList' of stream 's1' must be at most 1000 characters joined with spaces, "
						+ "got 2147483647 classes");
	}

	private static void assertRefusedAtOnce(Executable call, String message) {
		assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> assertThatIllegalArgumentException().isThrownBy(call::execute).withMessageStartingWith(message));
	}

	private static SipDialOptions sip(List<String> streams, Map<String, String> headers) {
		return new SipDialOptions(SESSION_ID, "client-token", "sip:alice@example.com", null, headers, null, null, null,
				null, streams);
	}

	private static AudioConnectorOptions audio(List<String> streams, Map<String, String> headers) {
		return new AudioConnectorOptions(SESSION_ID, "client-token", "wss://audio.example.com/ws", streams, headers,
				null, null, null);
	}

	private static List<String> streamIds(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "stream-" + i).toList();
	}

	/**
	 * A map that claims {@link Integer#MAX_VALUE} distinct entries, made up as it is
	 * iterated.
	 */
	private static <V> Map<String, V> huge(V value) {
		return new AbstractMap<>() {

			@Override
			public Set<Entry<String, V>> entrySet() {
				return new AbstractSet<>() {

					@Override
					public int size() {
						return Integer.MAX_VALUE;
					}

					@Override
					public Iterator<Entry<String, V>> iterator() {
						return IntStream.range(0, Integer.MAX_VALUE)
							.mapToObj((i) -> Map.entry("X-" + i, value))
							.iterator();
					}

				};
			}

		};
	}

}
