package org.opentok.spring.client.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link RenderOptions} validation.
 */
class RenderOptionsTests {

	@Test
	void acceptsUrlsOf15And2048Characters() {
		assertThat(builder().url("https://a.b/cde").build().url()).hasSize(15);
		String longUrl = "https://example.com/" + "a".repeat(2048 - 20);
		assertThat(builder().url(longUrl).build().url()).hasSize(2048);
	}

	@Test
	void refusesUrlsShorterThan15OrLongerThan2048Characters() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().url("https://a.b/cd").build())
			.withMessage("'url' must be 15 to 2048 characters, got 14");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder().url("https://example.com/" + "a".repeat(2029)).build())
			.withMessage("'url' must be 15 to 2048 characters, got 2049");
	}

	@ParameterizedTest
	@ValueSource(ints = { 60, 7200, 36000 })
	void acceptsMaxDurationsWithinTheLimits(int maxDuration) {
		assertThat(builder().maxDuration(maxDuration).build().maxDuration()).isEqualTo(maxDuration);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 59, 36001, -1 })
	void refusesMaxDurationsOutsideTheLimits(int maxDuration) {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().maxDuration(maxDuration).build())
			.withMessage("'maxDuration' must be between 60 and 36000, got " + maxDuration);
	}

	@ParameterizedTest
	@EnumSource(names = { "SD_HORIZONTAL", "SD_VERTICAL", "HD_HORIZONTAL", "HD_VERTICAL" })
	void acceptsTheFourRenderResolutions(Resolution resolution) {
		assertThat(builder().resolution(resolution).build().resolution()).isEqualTo(resolution);
	}

	@ParameterizedTest
	@EnumSource(names = { "FHD_HORIZONTAL", "FHD_VERTICAL" })
	void refusesFullHdResolutions(Resolution resolution) {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().resolution(resolution).build())
			.withMessage("'resolution' must be 640x480, 480x640, 1280x720 or 720x1280, got " + resolution.wireValue());
	}

	@Test
	void refusesTheUnknownResolution() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().resolution(Resolution.UNKNOWN).build())
			.withMessage("'resolution' must not be UNKNOWN");
	}

	@Test
	void limitsTheNameTo200Characters() {
		assertThat(builder().name("n".repeat(200)).build().name()).hasSize(200);
		assertThatIllegalArgumentException().isThrownBy(() -> builder().name("n".repeat(201)).build())
			.withMessage("'name' must be at most 200 characters, got 201");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().name(" ").build())
			.withMessage("'name' must not be blank");
	}

	@Test
	void requiresSessionTokenAndUrl() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RenderOptions.builder().sessionId(MockOpenTok.SESSION_ID).token("t").build())
			.withMessage("'url' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().token(" ").build())
			.withMessage("'token' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().sessionId("x y").build())
			.withMessageStartingWith("'sessionId' must be an OpenTok session id");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().statusCallbackUrl("").build())
			.withMessage("'statusCallbackUrl' must not be blank");
	}

	@Test
	void neverShowsTheToken() {
		assertThat(builder().token("secret-publisher-token").build().toString())
			.doesNotContain("secret-publisher-token")
			.contains("token=******");
	}

	private static RenderOptions.Builder builder() {
		return RenderOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("publisher-token")
			.url("https://webapp.example.com/composer");
	}

}
