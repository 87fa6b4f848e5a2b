package org.opentok.spring.client.core;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the control-character check and the printable form of values in
 * {@link Arguments}.
 */
class ArgumentsTests {

	@ParameterizedTest
	@ValueSource(chars = { '\u0000', '\t', '\n', '\r', '\u001b', '\u001f', '\u007f' })
	void refusesEachControlCharacter(char c) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Arguments.requireNoControlCharacters("ab" + c + "cd", "uri"))
			.withMessage("'uri' must not contain control characters (CR, LF, NUL, TAB, any other below U+0020, "
					+ "or DEL), got 'ab" + String.format("\\u%04x", (int) c) + "cd'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "sip:+1 555@example.com;transport=tls", "caf\u00e9 \u2028 \u0085 \ud83d\ude00",
			"~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./" })
	void acceptsEverythingElse(String value) {
		assertThat(Arguments.requireNoControlCharacters(value, "value")).isSameAs(value);
	}

	@Test
	void acceptsNull() {
		assertThat(Arguments.requireNoControlCharacters(null, "value")).isNull();
	}

	@Test
	void printableEscapesEverythingButPrintableAscii() {
		assertThat(Arguments.printable("a\r\nb\u0000 caf\u00e9 \ud83d\ude00 \u007f"))
			.isEqualTo("a\\u000d\\u000ab\\u0000 caf\\u00e9 \\ud83d\\ude00 \\u007f");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "ascii", "caf\u00e9", "\u0800\uffff", "\ud83d\ude00", "\ud800", "\udc00a", "a\ud83d",
			"\ud83d\ud83d\ude00", "mixed \u00e9 \u20ac \ud83d\ude00 \ud800 end" })
	void utf8LengthMatchesTheJdksEncoder(String text) {
		assertThat(Arguments.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void printableCutsLongText() {
		String shown = Arguments.printable("x".repeat(10_000));
		assertThat(shown).isEqualTo("x".repeat(200) + "... (10000 characters)");
	}

}
