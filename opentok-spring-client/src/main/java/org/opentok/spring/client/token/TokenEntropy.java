package org.opentok.spring.client.token;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
			ThreadLocalRandom random = ThreadLocalRandom.current();
			long mostSignificant = (random.nextLong() & ~0xF000L) | 0x4000L;
			long leastSignificant = (random.nextLong() & ~(0xC000000000000000L)) | 0x8000000000000000L;
			return new UUID(mostSignificant, leastSignificant).toString();
		}

	};

	int nonce();

	String jti();

}
