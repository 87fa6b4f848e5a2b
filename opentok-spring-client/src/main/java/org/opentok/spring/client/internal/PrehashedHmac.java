package org.opentok.spring.client.internal;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * An HMAC (RFC 2104) whose keyed pads, and optionally the start of every message it
 * signs, are hashed once: signing then hashes only the blocks after that start and one
 * outer block. A JDK {@code Mac} hashes the inner pad, every message block and the outer
 * pad again for each message; a T1 token's data starts with about 145 bytes that are the
 * same for every token of a session and second (times and session id), so this hashes 3
 * blocks per token where the {@code Mac} hashes 7. Each signature clones the two
 * prehashed digests (the JDK's digests are cloneable) and costs about 400 bytes of
 * short-lived garbage. Immutable and thread-safe; the digests are intrinsics of the JDK
 * on CPUs that have SHA instructions.
 *
 * @since 0.1.0
 */
public final class PrehashedHmac {

	/**
	 * The block size of SHA-1 and SHA-256, the only digests HMACs here use.
	 */
	private static final int BLOCK_SIZE = 64;

	private static final byte INNER_PAD = 0x36;

	private static final byte OUTER_PAD = 0x5c;

	private final MessageDigest inner;

	private final MessageDigest outer;

	private final int prehashedLength;

	private PrehashedHmac(MessageDigest inner, MessageDigest outer, int prehashedLength) {
		this.inner = inner;
		this.outer = outer;
		this.prehashedLength = prehashedLength;
	}

	/**
	 * Prehashes the pads of a key.
	 * @param digestAlgorithm {@code SHA-1} or {@code SHA-256}
	 * @param key the key, hashed first when longer than a block, as RFC 2104 says
	 * @return an HMAC that signs whole messages
	 */
	public static PrehashedHmac forKey(String digestAlgorithm, byte[] key) {
		if (!"SHA-1".equals(digestAlgorithm) && !"SHA-256".equals(digestAlgorithm)) {
			throw new IllegalArgumentException(
					"'digestAlgorithm' must be SHA-1 or SHA-256, got '" + digestAlgorithm + "'");
		}
		MessageDigest inner = digest(digestAlgorithm);
		MessageDigest outer = digest(digestAlgorithm);
		byte[] block = Arrays.copyOf((key.length > BLOCK_SIZE) ? inner.digest(key) : key, BLOCK_SIZE);
		inner.update(padded(block, INNER_PAD));
		outer.update(padded(block, OUTER_PAD));
		Arrays.fill(block, (byte) 0);
		return new PrehashedHmac(inner, outer, 0);
	}

	/**
	 * Returns an HMAC with the same key for messages that all start with the given bytes:
	 * their whole blocks are hashed now, once.
	 * @param start the bytes every message signed with the result starts with
	 * @return the HMAC for such messages; this one is unchanged
	 */
	public PrehashedHmac forMessagesStartingWith(byte[] start) {
		if (this.prehashedLength != 0) {
			throw new IllegalStateException("This HMAC already has a prehashed message start");
		}
		int wholeBlocks = start.length / BLOCK_SIZE * BLOCK_SIZE;
		MessageDigest inner = copy(this.inner);
		inner.update(start, 0, wholeBlocks);
		return new PrehashedHmac(inner, this.outer, wholeBlocks);
	}

	/**
	 * Returns how many bytes of each message are already hashed, the length of
	 * {@link #sign} messages' start that it skips.
	 * @return a multiple of the block size
	 */
	public int prehashedLength() {
		return this.prehashedLength;
	}

	/**
	 * Returns the length of a signature.
	 * @return 20 for SHA-1, 32 for SHA-256
	 */
	public int macLength() {
		return this.outer.getDigestLength();
	}

	/**
	 * Signs a message that starts with the bytes this HMAC was prepared for (which are
	 * not read again).
	 * @param message holds the whole message, prehashed start included
	 * @param offset where the message starts
	 * @param length the whole message's length, at least {@link #prehashedLength()}
	 * @param signature receives the signature at its start; at least {@link #macLength()}
	 * long
	 */
	public void sign(byte[] message, int offset, int length, byte[] signature) {
		int macLength = macLength();
		if (length < this.prehashedLength || signature.length < macLength) {
			throw new IllegalArgumentException("The message must be at least the prehashed " + this.prehashedLength
					+ " bytes and the signature array " + macLength + " bytes, got " + length + " and "
					+ signature.length);
		}
		MessageDigest inner = copy(this.inner);
		inner.update(message, offset + this.prehashedLength, length - this.prehashedLength);
		MessageDigest outer = copy(this.outer);
		try {
			inner.digest(signature, 0, macLength);
			outer.update(signature, 0, macLength);
			outer.digest(signature, 0, macLength);
		}
		catch (DigestException ex) {
			// only for a buffer shorter than the digest, which was checked above
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] padded(byte[] block, byte pad) {
		byte[] padded = new byte[BLOCK_SIZE];
		for (int i = 0; i < BLOCK_SIZE; i++) {
			padded[i] = (byte) (block[i] ^ pad);
		}
		return padded;
	}

	private static MessageDigest digest(String algorithm) {
		try {
			return MessageDigest.getInstance(algorithm);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(algorithm + " is not available", ex);
		}
	}

	private static MessageDigest copy(MessageDigest digest) {
		try {
			return (MessageDigest) digest.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException(
					"The " + digest.getAlgorithm() + " digest of " + digest.getProvider() + " cannot be cloned", ex);
		}
	}

	@Override
	public String toString() {
		return "PrehashedHmac[" + this.outer.getAlgorithm() + ", prehashedLength=" + this.prehashedLength + "]";
	}

}
