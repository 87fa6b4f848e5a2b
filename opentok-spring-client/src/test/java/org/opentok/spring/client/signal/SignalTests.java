package org.opentok.spring.client.signal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the limits {@link Signal} checks.
 */
class SignalTests {

	@Test
	void acceptsATypeOfExactly128Bytes() {
		assertThat(Signal.of("t".repeat(128), "x").type()).hasSize(128);
	}

	@Test
	void rejectsATypeOf129Bytes() {
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("t".repeat(129), "x"))
			.withMessage("'type' must be at most 128 bytes in UTF-8, got 129 bytes");
	}

	@Test
	void countsTheTypeInUtf8BytesNotCharacters() {
		assertThat(Signal.of("é".repeat(64), "x").type()).hasSize(64);
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("é".repeat(65), "x"))
			.withMessage("'type' must be at most 128 bytes in UTF-8, got 130 bytes");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t\n" })
	void rejectsAMissingOrBlankType(String type) {
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of(type, "x"))
			.withMessage("'type' must not be blank");
	}

	@Test
	void acceptsDataOfExactly8192Bytes() {
		assertThat(Signal.of("chat", "d".repeat(8192)).data()).hasSize(8192);
		assertThat(Signal.of("chat", "€".repeat(2730) + "dd").data()).hasSize(2732);
	}

	@Test
	void rejectsDataOf8193Bytes() {
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("chat", "d".repeat(8193)))
			.withMessage("'data' must be at most 8192 bytes in UTF-8, got 8193 bytes");
	}

	@Test
	void countsTheDataInUtf8BytesNotCharacters() {
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("chat", "€".repeat(2731)))
			.withMessage("'data' must be at most 8192 bytes in UTF-8, got 8193 bytes");
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("chat", "\uD83D\uDE00".repeat(2049)))
			.withMessage("'data' must be at most 8192 bytes in UTF-8, got 8196 bytes");
	}

	@Test
	void acceptsEmptyData() {
		assertThat(Signal.of("ping", "").data()).isEmpty();
	}

	@Test
	void rejectsNullData() {
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.of("chat", null))
			.withMessage("'data' must not be null");
	}

	@Test
	void builderBuildsTheSameSignalAsTheFactory() {
		assertThat(Signal.builder().type("chat").data("hello").build()).isEqualTo(Signal.of("chat", "hello"));
	}

	@Test
	void builderRequiresTypeAndData() {
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.builder().data("hello").build())
			.withMessage("'type' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> Signal.builder().type("chat").build())
			.withMessage("'data' must not be null");
	}

}
