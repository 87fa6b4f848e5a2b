package org.opentok.spring.client.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OpenTokStatusHandler}.
 */
class OpenTokStatusHandlerTests {

	// 2023-11-14T22:13:20Z
	private final OpenTokStatusHandler handler = new OpenTokStatusHandler(
			Clock.fixed(Instant.ofEpochSecond(1700000000), ZoneOffset.UTC), null);

	@Test
	void retryAfterParsesDelaySeconds() {
		assertThat(this.handler.retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
		assertThat(this.handler.retryAfter(" 120 ")).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.handler.retryAfter("0")).isEqualTo(Duration.ZERO);
	}

	@Test
	void retryAfterParsesHttpDate() {
		assertThat(this.handler.retryAfter("Tue, 14 Nov 2023 22:13:27 GMT")).isEqualTo(Duration.ofSeconds(7));
		assertThat(this.handler.retryAfter("Tue, 14 Nov 2023 23:13:20 GMT")).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void retryAfterInThePastIsZero() {
		assertThat(this.handler.retryAfter("Tue, 14 Nov 2023 22:00:00 GMT")).isEqualTo(Duration.ZERO);
		assertThat(this.handler.retryAfter("-5")).isEqualTo(Duration.ZERO);
	}

	@Test
	void retryAfterThatCannotBeReadIsNull() {
		assertThat(this.handler.retryAfter(null)).isNull();
		assertThat(this.handler.retryAfter("")).isNull();
		assertThat(this.handler.retryAfter("  ")).isNull();
		assertThat(this.handler.retryAfter("soon")).isNull();
		assertThat(this.handler.retryAfter("2023-11-14T22:13:27Z")).isNull();
	}

}
