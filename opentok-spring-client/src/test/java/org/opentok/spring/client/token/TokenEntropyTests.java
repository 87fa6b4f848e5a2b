package org.opentok.spring.client.token;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.opentok.spring.client.internal.TextBuffer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TokenEntropy#RANDOM}.
 */
class TokenEntropyTests {

	@Test
	void jwtIdsAreDistinctVersion4Uuids() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String jti = TokenEntropy.RANDOM.jti();
			assertThat(jti).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
			assertThat(UUID.fromString(jti).version()).isEqualTo(4);
			ids.add(jti);
		}
		assertThat(ids).hasSize(1000);
	}

	@Test
	void jwtIdIsWrittenAsJsonString() {
		String json = TokenEntropy.RANDOM.appendJti(new TextBuffer(8).append('[')).append(']').toAsciiString();
		assertThat(json).matches("\\[\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\"\\]");
	}

}
