package org.opentok.spring.docs.api;

import org.opentok.spring.client.broadcast.Broadcast;
import org.opentok.spring.client.broadcast.BroadcastClient;
import org.opentok.spring.client.broadcast.BroadcastOptions;
import org.opentok.spring.client.broadcast.HlsOptions;
import org.opentok.spring.client.broadcast.RtmpTarget;
import org.opentok.spring.client.core.Resolution;

/**
 * The README's broadcast snippet.
 */
final class BroadcastSnippets {

	private BroadcastSnippets() {
	}

	static String broadcast(BroadcastClient broadcasts, String sessionId, String streamKey) {
		// tag::broadcasts[]
		Broadcast broadcast = broadcasts.start(BroadcastOptions.builder()
			.sessionId(sessionId)
			.hls(HlsOptions.builder().lowLatency(true).build())
			.addRtmp(RtmpTarget.of("yt", "rtmps://live.example.com/app", streamKey))
			.resolution(Resolution.HD_HORIZONTAL)
			.maxDuration(5400)
			.build());
		// give it 15-20 s before fetching
		String playlist = broadcast.broadcastUrls().hls();
		// end::broadcasts[]
		return playlist;
	}

}
