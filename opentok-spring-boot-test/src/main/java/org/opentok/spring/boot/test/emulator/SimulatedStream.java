package org.opentok.spring.boot.test.emulator;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.stream.VideoType;

/**
 * A stream published in an emulated session, as it is now.
 *
 * @param sessionId the session
 * @param streamId the stream id
 * @param connectionId the publishing connection
 * @param videoType the video type, or {@code null} for an audio-only stream
 * @param name the stream's name, {@code ""} if none
 * @param layoutClassList the layout classes set through the API
 * @param audioMuted whether a moderator muted its audio through the API
 * @since 0.1.0
 */
public record SimulatedStream(String sessionId, String streamId, String connectionId, @Nullable VideoType videoType,
		String name, List<String> layoutClassList, boolean audioMuted) {

}
