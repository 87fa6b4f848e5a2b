package org.opentok.spring.boot.autoconfigure.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a valid signature of a callback calls for: a body whose SHA-256 is the token's
 * {@code payload_hash} claim, if it has one, and a single delivery within the signature
 * window. A callback is known by the SHA-256 of the token's signed part (its header and
 * claims), its signature's bytes (not their base64url text, which can be written several
 * ways) and the body.
 *
 * @since 0.1.0
 */
final class SignedCallback implements WebhookGuard.BodyCheck {

	private final byte @Nullable [] payloadHash;

	private final byte[] signedPart;

	private final byte[] signature;

	private final Instant windowEnd;

	private final ReplayMemory replays;

	private final Clock clock;

	/**
	 * Creates the check of one request.
	 * @param payloadHash the lower-case hex of the {@code payload_hash} claim, or
	 * {@code null} without one
	 * @param signedPart the token's header and claims, as signed
	 * @param signature the token's signature, verified
	 * @param windowEnd the last instant at which the token is accepted
	 * @param replays the callbacks delivered so far
	 * @param clock the clock of the signature checks
	 */
	SignedCallback(@Nullable String payloadHash, byte[] signedPart, byte[] signature, Instant windowEnd,
			ReplayMemory replays, Clock clock) {
		this.payloadHash = (payloadHash != null) ? payloadHash.getBytes(StandardCharsets.UTF_8) : null;
		this.signedPart = signedPart;
		this.signature = signature;
		this.windowEnd = windowEnd;
		this.replays = replays;
		this.clock = clock;
	}

	@Override
	public void verify(byte[] body) {
		if (this.payloadHash != null
				&& !MessageDigest.isEqual(this.payloadHash, Sha256.hex(body).getBytes(StandardCharsets.US_ASCII))) {
			throw new WebhookRejectedException("The body does not match the JWT's payload_hash claim");
		}
	}

	@Override
	public boolean firstDelivery(byte[] body) {
		return this.replays.remember(fingerprint(body), this.windowEnd, this.clock.instant());
	}

	@Override
	public void forget(byte[] body) {
		this.replays.forget(fingerprint(body));
	}

	private ReplayMemory.Fingerprint fingerprint(byte[] body) {
		MessageDigest sha256 = Sha256.newDigest();
		sha256.update(this.signedPart);
		// '\n' is in no base64url text: the signed part ends where it is, and a verified
		// signature has the length of a SHA-256 MAC
		sha256.update((byte) '\n');
		sha256.update(this.signature);
		return ReplayMemory.Fingerprint.of(sha256.digest(body));
	}

}
