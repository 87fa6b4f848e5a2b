package org.opentok.spring.boot.test.emulator;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenFormat;

/**
 * What the emulator found in a client token: its claims if the token is valid for one of
 * its sessions, or why it is not.
 *
 * @param valid whether a client could join the session with the token
 * @param reason why the token is invalid, or {@code null} if it is valid
 * @param format the token's format, or {@code null} if it has neither
 * @param projectId the project (API key or application id) that signed it, or
 * {@code null}
 * @param sessionId the session it is for, or {@code null}
 * @param role the role it grants, or {@code null}
 * @param issuedAt when it was issued, or {@code null}
 * @param expiresAt when it expires, or {@code null}
 * @param connectionData its connection data, or {@code null}
 * @param initialLayoutClassList its initial layout classes
 * @since 0.1.0
 */
public record TokenVerification(boolean valid, @Nullable String reason, @Nullable TokenFormat format,
		@Nullable String projectId, @Nullable String sessionId, @Nullable Role role, @Nullable Instant issuedAt,
		@Nullable Instant expiresAt, @Nullable String connectionData, List<String> initialLayoutClassList) {

	static TokenVerification invalid(@Nullable TokenFormat format, String reason) {
		return new TokenVerification(false, reason, format, null, null, null, null, null, null, List.of());
	}

	TokenVerification rejected(String reason) {
		return new TokenVerification(false, reason, this.format, this.projectId, this.sessionId, this.role,
				this.issuedAt, this.expiresAt, this.connectionData, this.initialLayoutClassList);
	}

}
