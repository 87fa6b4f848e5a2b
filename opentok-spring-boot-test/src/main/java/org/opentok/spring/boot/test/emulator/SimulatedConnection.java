package org.opentok.spring.boot.test.emulator;

import java.time.Instant;

import org.opentok.spring.client.token.Role;

/**
 * A client connected to an emulated session, as {@link OpenTokEmulator#connect} made it
 * (or a SIP call, Audio Connector or Experience Composer joined it).
 *
 * @param sessionId the session
 * @param connectionId the connection id, as the API reports it
 * @param data the connection data of the client's token, {@code ""} if none
 * @param role the role of the client's token
 * @param createdAt when the client connected
 * @since 0.1.0
 */
public record SimulatedConnection(String sessionId, String connectionId, String data, Role role, Instant createdAt) {

}
