package org.opentok.spring.client.caption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link CaptionOptions} validation.
 */
class CaptionOptionsTests {

	@ParameterizedTest
	@ValueSource(strings = { "en-US", "en-GB", "es-US", "zh-CN", "pt-BR" })
	void acceptsLanguageCodesOfTheFormXxXX(String languageCode) {
		assertThat(builder().languageCode(languageCode).build().languageCode()).isEqualTo(languageCode);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "en_US", "EN-us", "en-USA", "eng-US", "en-us", " en-US", "" })
	void refusesOtherLanguageCodes(String languageCode) {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().languageCode(languageCode).build())
			.withMessage("'languageCode' must have the form xx-XX, such as en-US, got '" + languageCode + "'");
	}

	@ParameterizedTest
	@ValueSource(ints = { 300, 3600, 14400 })
	void acceptsMaxDurationsWithinTheLimits(int maxDuration) {
		assertThat(builder().maxDuration(maxDuration).build().maxDuration()).isEqualTo(maxDuration);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 299, 14401, -300 })
	void refusesMaxDurationsOutsideTheLimits(int maxDuration) {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().maxDuration(maxDuration).build())
			.withMessage("'maxDuration' must be between 300 and 14400, got " + maxDuration);
	}

	@Test
	void limitsTheStatusCallbackUrlTo15To2048Characters() {
		assertThat(builder().statusCallbackUrl("https://a.b/cde").build().statusCallbackUrl()).hasSize(15);
		assertThat(builder().statusCallbackUrl("https://example.com/" + "a".repeat(2028)).build().statusCallbackUrl())
			.hasSize(2048);
		assertThatIllegalArgumentException().isThrownBy(() -> builder().statusCallbackUrl("https://a.b/cd").build())
			.withMessage("'statusCallbackUrl' must be 15 to 2048 characters, got 14");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder().statusCallbackUrl("https://example.com/" + "a".repeat(2029)).build())
			.withMessage("'statusCallbackUrl' must be 15 to 2048 characters, got 2049");
	}

	@Test
	void requiresSessionAndToken() {
		assertThatIllegalArgumentException().isThrownBy(() -> CaptionOptions.builder().token("t").build())
			.withMessage("'sessionId' must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CaptionOptions.builder().sessionId(MockOpenTok.SESSION_ID).build())
			.withMessage("'token' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().token(" ").build())
			.withMessage("'token' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().sessionId("a b").build())
			.withMessageStartingWith("'sessionId' must be an OpenTok session id");
	}

	@Test
	void neverShowsTheToken() {
		assertThat(builder().token("secret-moderator-token").build().toString())
			.doesNotContain("secret-moderator-token")
			.contains("token=******");
	}

	private static CaptionOptions.Builder builder() {
		return CaptionOptions.builder().sessionId(MockOpenTok.SESSION_ID).token("moderator-token");
	}

}
