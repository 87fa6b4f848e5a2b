package org.opentok.spring.client.token;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SessionIds}.
 */
class SessionIdsTests {

	@Test
	void apiKeyOfReadsFieldOneOfVectorV1() {
		assertThat(SessionIds.apiKeyOf(TokenGeneratorTests.SESSION_ID)).isEqualTo("123456");
	}

	@Test
	void apiKeyOfReadsOldDateStyleIds() {
		assertThat(SessionIds.apiKeyOf("1_MX4xMjM0NTZ-flNhdCBNYXIgMTUgMTQ6NDI6MjMgUERUIDIwMTR-MC40OTAxMzAyNX4"))
			.isEqualTo("123456");
	}

	@Test
	void apiKeyOfAcceptsPaddedIdsAndOtherPrefixes() {
		assertThat(SessionIds.apiKeyOf("2_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4="))
			.isEqualTo("123456");
		assertThat(SessionIds.apiKeyOf(TokenGeneratorTests.sessionIdFor("1~654321~~1~abc~~"))).isEqualTo("654321");
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage", "1_", "ab", "1-MX4xMjM0NTZ-", "1_***", "1_bm8gdGlsZGVz", "1_fn5-" })
	void apiKeyOfRejectsMalformedIds(String sessionId) {
		assertThatIllegalArgumentException().isThrownBy(() -> SessionIds.apiKeyOf(sessionId))
			.withMessage("'sessionId' is not an OpenTok session id: '" + sessionId + "'");
	}

}
