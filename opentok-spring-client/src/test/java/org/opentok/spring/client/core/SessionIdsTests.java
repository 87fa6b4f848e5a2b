package org.opentok.spring.client.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SessionIds}.
 */
class SessionIdsTests {

	static final String SESSION_ID = "1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4";

	@Test
	void projectIdOfReadsFieldOneOfVectorV1() {
		assertThat(SessionIds.projectIdOf(SESSION_ID)).isEqualTo("123456");
	}

	@Test
	void projectIdOfReadsOldDateStyleIds() {
		assertThat(SessionIds.projectIdOf("1_MX4xMjM0NTZ-flNhdCBNYXIgMTUgMTQ6NDI6MjMgUERUIDIwMTR-MC40OTAxMzAyNX4"))
			.isEqualTo("123456");
	}

	@Test
	void projectIdOfAcceptsPaddedIdsAndOtherPrefixes() {
		assertThat(SessionIds.projectIdOf("2_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4="))
			.isEqualTo("123456");
		assertThat(SessionIds.projectIdOf(sessionIdFor("1~654321~~1~abc~~"))).isEqualTo("654321");
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage", "1_", "ab", "1-MX4xMjM0NTZ-", "1_***", "1_bm8gdGlsZGVz", "1_fn5-" })
	void projectIdOfRejectsMalformedIds(String sessionId) {
		assertThatIllegalArgumentException().isThrownBy(() -> SessionIds.projectIdOf(sessionId))
			.withMessage("'sessionId' is not an OpenTok session id: '" + sessionId + "'");
	}

	@Test
	void projectIdOfEscapesWhatItEchoes() {
		assertThatIllegalArgumentException().isThrownBy(() -> SessionIds.projectIdOf("1_\r\nforged log line"))
			.withMessage("'sessionId' is not an OpenTok session id: '1_\\u000d\\u000aforged log line'");
	}

	static String sessionIdFor(String fields) {
		return "1_" + Base64.getUrlEncoder().withoutPadding().encodeToString(fields.getBytes(StandardCharsets.UTF_8));
	}

}
