package org.opentok.spring.client.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.opentok.spring.client.sip.SipCall;

/**
 * A SIP call dialled into a session changed ({@code callCreated}, {@code callUpdated},
 * {@code callDestroyed}): sent to the SIP callback URL. OpenTok's SDKs do not model this
 * callback; fields of the {@code call} object beyond those of {@link SipCall} (the SIP
 * URI, the call's state) are in {@link #json()}.
 *
 * @param type what happened to the call; {@link SipCallEventType#UNKNOWN} for an event
 * this version does not know
 * @param sessionId the session the call is connected to
 * @param projectId the API key (or Vonage application id) the session belongs to, or
 * {@code null}
 * @param timestamp when it happened, or {@code null} when OpenTok did not say
 * @param call the call
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record SipCallEvent(SipCallEventType type, String sessionId, @Nullable String projectId,
		@Nullable Instant timestamp, SipCall call, JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.SIP_CALL;
	}

}
