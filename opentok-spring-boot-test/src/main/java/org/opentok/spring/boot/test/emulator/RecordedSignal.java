package org.opentok.spring.boot.test.emulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A signal the API sent to an emulated session.
 *
 * @param sessionId the session
 * @param connectionId the connection it was sent to, or {@code null} for every client
 * @param type the signal type, or {@code null}
 * @param data the signal data
 * @param sentAt when it was sent
 * @since 0.1.0
 */
public record RecordedSignal(String sessionId, @Nullable String connectionId, @Nullable String type, String data,
		Instant sentAt) {

}
