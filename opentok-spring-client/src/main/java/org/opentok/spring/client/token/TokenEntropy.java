package org.opentok.spring.client.token;

import java.util.concurrent.ThreadLocalRandom;

import org.opentok.spring.client.internal.TextBuffer;

/**
 * The random parts of a token: its nonce and its JWT id. Replaceable in tests to
 * reproduce known tokens.
 */
interface TokenEntropy {

	TokenEntropy RANDOM = new TokenEntropy() {

		@Override
		public int nonce() {
			return ThreadLocalRandom.current().nextInt();
		}

		@Override
		public String jti() {
			return appendUuid(new TextBuffer(36)).toAsciiString();
		}

		@Override
		public TextBuffer appendJti(TextBuffer json) {
			return appendUuid(json.append('"')).append('"');
		}

		/**
		 * Writes a random (version 4) UUID as text in place: {@code UUID.toString()}
		 * would allocate a String per token just to copy it.
		 */
		private TextBuffer appendUuid(TextBuffer text) {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			long high = (random.nextLong() & ~0xF000L) | 0x4000L;
			long low = (random.nextLong() & ~0xC000000000000000L) | 0x8000000000000000L;
			appendHex(text, high >>> 32, 8).append('-');
			appendHex(text, high >>> 16, 4).append('-');
			appendHex(text, high, 4).append('-');
			appendHex(text, low >>> 48, 4).append('-');
			return appendHex(text, low, 12);
		}

		private TextBuffer appendHex(TextBuffer json, long value, int digits) {
			for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
				json.append(Character.forDigit((int) ((value >>> shift) & 0xF), 16));
			}
			return json;
		}

	};

	int nonce();

	String jti();

	/**
	 * Appends the JWT id as a JSON string.
	 */
	default TextBuffer appendJti(TextBuffer json) {
		return json.appendJsonString(jti());
	}

}
