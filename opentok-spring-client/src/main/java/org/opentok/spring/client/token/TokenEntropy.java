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
			return text.appendHex(high >>> 32, 8)
				.append('-')
				.appendHex(high >>> 16, 4)
				.append('-')
				.appendHex(high, 4)
				.append('-')
				.appendHex(low >>> 48, 4)
				.append('-')
				.appendHex(low, 12);
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
