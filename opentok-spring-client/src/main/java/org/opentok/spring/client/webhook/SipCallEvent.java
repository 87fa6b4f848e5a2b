package org.opentok.spring.client.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.opentok.spring.client.sip.SipCall;

/**
 * A SIP call dialled into a session changed ({@code callCreated}, {@code callUpdated},
 * {@code callDestroyed}, or an event this version does not know): sent to the session
 * monitoring callback URL. A call dropped by a SIP gateway failure ends with a
 * {@code callDestroyed} whose reason is usually {@code forceDisconnected}. OpenTok's SDKs
 * do not model this callback; fields of the {@code call} object beyond those of
 * {@link SipCall} (the SIP URI, for example) are in {@link #json()}.
 *
 * @param rawType the {@code event} exactly as sent, or {@code null} when there was none;
 * {@link #type()} reads it
 * @param sessionId the session the call is connected to
 * @param projectId the API key (or Vonage application id) the session belongs to, or
 * {@code null}
 * @param timestamp when it happened, or {@code null} when OpenTok did not say
 * @param rawReason the {@code reason} of the body, or else of the {@code call} object,
 * exactly as sent, or {@code null} when there was none; {@link #reason()} reads it
 * @param callState the {@code state} of the {@code call} object exactly as sent, or
 * {@code null} when there was none
 * @param call the call
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record SipCallEvent(@Nullable String rawType, String sessionId, @Nullable String projectId,
		@Nullable Instant timestamp, @Nullable String rawReason, @Nullable String callState, SipCall call,
		JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.SIP_CALL;
	}

	/**
	 * Returns what happened to the call.
	 * @return the event type; {@link SipCallEventType#UNKNOWN} for an event this version
	 * does not know, in which case {@link #rawType()} holds what arrived
	 */
	public SipCallEventType type() {
		return SipCallEventType.fromWire(this.rawType);
	}

	/**
	 * Returns why the call ended.
	 * @return the reason; {@link DestroyReason#UNKNOWN} for a reason this version does
	 * not know, or none, in which case {@link #rawReason()} holds what arrived
	 */
	public DestroyReason reason() {
		return DestroyReason.fromWire(this.rawReason);
	}

}
