package org.opentok.spring.client.core;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.opentok.spring.client.internal.Arguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the id checks, the control-character check and the printable form of values
 * in {@link Arguments}.
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

	@ParameterizedTest
	@ValueSource(strings = { "b40ef09b-0000-4000-8000-0000000000cc", "archive-1", "a", "a.b", ".hidden", "a..b",
			"x~y_z", "123456" })
	void requireIdAcceptsIdsThatStayOnePathSegment(String id) {
		assertThat(Arguments.requireId(id, "archiveId")).isSameAs(id);
	}

	@ParameterizedTest
	@ValueSource(strings = { ".", "..", "...", "....." })
	void requireIdRefusesIdsMadeOnlyOfDots(String id) {
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.requireId(id, "archiveId"))
			.withMessage("'archiveId' must be an OpenTok id (1 to 255 letters, digits, '-', '_', '.' or '~', "
					+ "not only dots), got '" + id + "'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a/b", "../x", "%2e%2e", "a b", "a?b", "a#b", "a\\b", "a;b", "\u00e9" })
	void requireIdRefusesCharactersOutsideTheIdAlphabet(String id) {
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.requireId(id, "streamId"))
			.withMessageStartingWith("'streamId' must be an OpenTok id");
	}

	@Test
	void requireIdRefusesMoreThan255Characters() {
		assertThat(Arguments.requireId("a".repeat(255), "renderId")).hasSize(255);
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.requireId("a".repeat(256), "renderId"))
			.withMessageStartingWith("'renderId' must be an OpenTok id")
			.withMessageEndingWith("... (256 characters)");
	}

	@Test
	void requireIdRefusesNullAndBlank() {
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.requireId(null, "connectionId"))
			.withMessage("'connectionId' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.requireId(" ", "connectionId"))
			.withMessage("'connectionId' must not be blank");
	}

	@Test
	void messagesEscapeControlAndNonAsciiCharacters() {
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.requireId("a\r\nb\u0000\t\u00e9", "archiveId"))
			.withMessageEndingWith("got 'a\\u000d\\u000ab\\u0000\\u0009\\u00e9'");
	}

	@ParameterizedTest
	@ValueSource(strings = { SessionIdsTests.SESSION_ID, "2_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-ZXhhbXBsZX4",
			"1_MX4xMjM0NTZ-flNhdCBNYXIgMTUgMTQ6NDI6MjMgUERUIDIwMTR-MC40OTAxMzAyNX4" })
	void requireSessionIdAcceptsRealShapedIds(String sessionId) {
		assertThat(Arguments.requireSessionId(sessionId, "sessionId")).isSameAs(sessionId);
	}

	@Test
	void requireSessionIdAcceptsASessionOfAnotherApiKey() {
		String otherKeys = SessionIdsTests.sessionIdFor("1~654321~~1700000000000~kD3qPzX9VbT7wL2mN8sR4yHc~~");
		assertThat(Arguments.requireSessionId(otherKeys, "sessionId")).isSameAs(otherKeys);
	}

	@ParameterizedTest
	@ValueSource(strings = { ".", "..", "a/b", "b40ef09b-0000-4000-8000-0000000000cc", "1_", "3_MX4xMjM0NTZ-fg",
			"1_MX4xMjM0NTZ+fjE3MDAwMDAwMDAwMDB+a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4",
			"1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4=", "1_bm8gdGlsZGVz", "1_fn5-",
			"1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6W" })
	void requireSessionIdRefusesWhatIsNotASessionId(String sessionId) {
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.requireSessionId(sessionId, "sessionId"))
			.withMessageStartingWith("'sessionId' must be an OpenTok session id ('1_' or '2_' and URL-safe base64 "
					+ "of '~'-separated fields naming an API key, at most 255 characters), got '");
	}

	@Test
	void requireSessionIdRefusesMoreThan255Characters() {
		// 253 base64 characters cannot be decoded, so 254 is the longest session id
		String longest = SessionIdsTests.sessionIdFor("1~123456~~1700000000000~" + "x".repeat(163) + "~~");
		assertThat(longest).hasSize(254);
		assertThat(Arguments.requireSessionId(longest, "sessionId")).isSameAs(longest);
		String tooLong = SessionIdsTests.sessionIdFor("1~123456~~1700000000000~" + "x".repeat(164) + "~~");
		assertThat(tooLong).hasSizeGreaterThan(255);
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.requireSessionId(tooLong, "sessionId"))
			.withMessageStartingWith("'sessionId' must be an OpenTok session id");
	}

	@Test
	void requireSessionIdRefusesNullAndBlank() {
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.requireSessionId(null, "sessionId"))
			.withMessage("'sessionId' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.requireSessionId("", "sessionId"))
			.withMessage("'sessionId' must not be blank");
	}

}
