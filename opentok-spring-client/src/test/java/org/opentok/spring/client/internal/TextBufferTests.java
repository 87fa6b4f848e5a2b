package org.opentok.spring.client.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TextBuffer}: each hand-written encoding checked against the JDK's or
 * Jackson's on fixed and random input.
 */
class TextBufferTests {

	private static final String TRICKY = "say \"hi\" \\ back\\slash\nnew line\r\ttab é ✓ 😀 \u0001 \u001f \u2028 \u2029 "
			+ "</script> a+b=c&d %25 ~!*'();:@$,/?#[] \ud800 lone";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Random random = new Random(42);

	@Test
	void formEncodingMatchesUrlEncoder() {
		assertFormEncoded(TRICKY);
		for (int i = 0; i < 2000; i++) {
			assertFormEncoded(randomText(i % 40));
		}
	}

	private void assertFormEncoded(String text) {
		String encoded = new TextBuffer(4).appendFormEncoded(text).toAsciiString();
		assertThat(encoded).as(text).isEqualTo(URLEncoder.encode(text, StandardCharsets.UTF_8));
	}

	@Test
	void jsonStringsParseBackToTheOriginal() {
		assertJsonRoundTrip(TRICKY.replace("\ud800", ""));
		for (int i = 0; i < 2000; i++) {
			assertJsonRoundTrip(randomText(i % 40).replaceAll("[\ud800-\udfff]", ""));
		}
	}

	private void assertJsonRoundTrip(String text) {
		byte[] json = new TextBuffer(4).appendJsonString(text).toByteArray();
		assertThat(JSON.readValue(json, String.class)).isEqualTo(text);
		String raw = new String(json, StandardCharsets.UTF_8);
		assertThat(raw).doesNotContain("\n", "\u0001", "\u2028", "\u2029");
	}

	@Test
	void unpairedSurrogatesAreEscapedAndParseBackToTheOriginal() {
		assertJsonRoundTrip(TRICKY);
		for (String text : new String[] { "\ud800", "\udc00", "a\ud83d", "\ude00b", "\udc00\ud800",
				"\ud83d\ud83d\ude00", "\ud83d\ude00\ude00" }) {
			assertJsonRoundTrip(text);
		}
		for (int i = 0; i < 2000; i++) {
			assertJsonRoundTrip(randomText(i % 40));
		}
		assertThat(new String(new TextBuffer(4).appendJsonString("a\ud800b\udfff\ud83d\ude00").toByteArray(),
				StandardCharsets.UTF_8))
			.isEqualTo("\"a\\ud800b\\udfff\ud83d\ude00\"");
	}

	@Test
	void jsonEscapesAreTheShortOnes() {
		assertThat(new String(new TextBuffer(4).appendJsonString("\"\\\n\r\t\u0001\u2028é").toByteArray(),
				StandardCharsets.UTF_8))
			.isEqualTo("\"\\\"\\\\\\n\\r\\t\\u0001\\u2028é\"");
	}

	@Test
	void utf8MatchesTheJdk() {
		assertThat(new TextBuffer(1).appendUtf8(TRICKY).toByteArray())
			.isEqualTo(TRICKY.getBytes(StandardCharsets.UTF_8));
		assertThat(new TextBuffer(1).appendUtf8("plain ascii").toByteArray())
			.isEqualTo("plain ascii".getBytes(StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@ValueSource(longs = { 0, 1, -1, 9, 10, 99, 100, 424242, -424242, 1700000000, Integer.MIN_VALUE, Integer.MAX_VALUE,
			999999999999999999L, 1000000000000000000L, Long.MAX_VALUE, Long.MIN_VALUE })
	void decimalsMatchLongToString(long value) {
		assertThat(new TextBuffer(1).appendDecimal(value).toAsciiString()).isEqualTo(Long.toString(value));
	}

	@Test
	void base64MatchesTheJdkForEveryTailLength() {
		for (int length = 0; length < 70; length++) {
			byte[] bytes = new byte[length];
			this.random.nextBytes(bytes);
			assertThat(new TextBuffer(1).appendBase64(bytes, 0, length).toAsciiString())
				.isEqualTo(Base64.getEncoder().encodeToString(bytes));
			assertThat(new TextBuffer(1).appendBase64Url(bytes, 0, length).toAsciiString())
				.isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
		}
	}

	@Test
	void base64EncodesOnlyTheGivenRange() {
		byte[] bytes = "xxhello worldyy".getBytes(StandardCharsets.US_ASCII);
		assertThat(new TextBuffer(1).append('>').appendBase64(bytes, 2, 11).toAsciiString())
			.isEqualTo(">" + Base64.getEncoder().encodeToString("hello world".getBytes(StandardCharsets.US_ASCII)));
	}

	@Test
	void oneBufferReusedForRangesOfManyLengthsMatchesTheJdk() {
		TextBuffer buffer = new TextBuffer(1);
		byte[] source = new byte[600];
		for (int round = 0; round < 2_000; round++) {
			this.random.nextBytes(source);
			int offset = this.random.nextInt(100);
			int count = this.random.nextInt(500);
			byte[] range = Arrays.copyOfRange(source, offset, offset + count);
			String expected = Base64.getEncoder().encodeToString(range) + "."
					+ Base64.getUrlEncoder().withoutPadding().encodeToString(range);
			String actual = buffer.clear()
				.appendBase64(source, offset, count)
				.append('.')
				.appendBase64Url(source, offset, count)
				.toAsciiString();
			assertThat(actual).as("offset %d, count %d", offset, count).isEqualTo(expected);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, -1, 9, 10, 99, 100, 101, 424242, -424242, 99999999, 100000000, 999999999, 1000000000,
			-1000000000, 1700000000, Integer.MIN_VALUE, Integer.MAX_VALUE })
	void intDecimalsMatchIntegerToString(int value) {
		assertThat(new TextBuffer(1).appendDecimal(value).toAsciiString()).isEqualTo(Integer.toString(value));
	}

	@Test
	void everyIntDecimalLengthMatchesIntegerToString() {
		for (int i = 0; i < 100_000; i++) {
			int value = this.random.nextInt() >> this.random.nextInt(32);
			assertThat(new TextBuffer(1).append('[').appendDecimal(value).append(']').toAsciiString())
				.isEqualTo("[" + value + "]");
		}
	}

	@Test
	void hexOfLongIsItsLowDigitsLowerCase() {
		assertThat(new TextBuffer(1).appendHex(0x1234_5678_9abc_def0L, 16).toAsciiString())
			.isEqualTo("123456789abcdef0");
		assertThat(new TextBuffer(1).appendHex(0xABCDL, 3).toAsciiString()).isEqualTo("bcd");
	}

	@Test
	void skipReservesBytesThatOverwriteHexFillsAndTruncateDrops() {
		TextBuffer buffer = new TextBuffer(1).appendUtf8("sig=").skip(4).append(':');
		buffer.overwriteHex(4, new byte[] { (byte) 0xFF, 0x00 });
		assertThat(buffer.toAsciiString()).isEqualTo("sig=ff00:");
		assertThat(buffer.truncate(3).toAsciiString()).isEqualTo("sig");
		assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> buffer.truncate(4));
	}

	@Test
	void overwriteHexWritesEveryByteValue() {
		byte[] all = new byte[256];
		for (int i = 0; i < all.length; i++) {
			all[i] = (byte) i;
		}
		TextBuffer buffer = new TextBuffer(1).skip(512);
		assertThat(buffer.overwriteHex(0, all).toAsciiString()).isEqualTo(HexFormat.of().formatHex(all));
	}

	@Test
	void hexIsLowerCaseTwoDigitsPerByte() {
		byte[] bytes = { 0, 1, (byte) 0xAB, (byte) 0xFF, 0x10 };
		assertThat(new TextBuffer(1).appendHex(bytes, 1, 3).toAsciiString()).isEqualTo("01abff");
	}

	@Test
	void overwriteHexReplacesOnlyItsDigits() {
		TextBuffer buffer = new TextBuffer(1).appendUtf8("sig=....:data");
		buffer.overwriteHex(4, new byte[] { (byte) 0xC0, 0x0A });
		assertThat(buffer.toAsciiString()).isEqualTo("sig=c00a:data");
		assertThatExceptionOfType(IndexOutOfBoundsException.class)
			.isThrownBy(() -> buffer.overwriteHex(10, new byte[] { 1, 2 }));
	}

	@Test
	void clearKeepsNothingButCapacity() {
		TextBuffer buffer = new TextBuffer(1).appendUtf8("a longer text than the capacity");
		assertThat(buffer.clear().appendUtf8("x").toAsciiString()).isEqualTo("x");
		assertThat(buffer.length()).isEqualTo(1);
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			int kind = this.random.nextInt(4);
			text.append(switch (kind) {
				case 0 -> (char) this.random.nextInt(0x80);
				case 1 -> (char) (0x80 + this.random.nextInt(0x780));
				case 2 -> (char) (0x800 + this.random.nextInt(0xF7FF));
				default -> new String(Character.toChars(0x10000 + this.random.nextInt(0xFFFFF)));
			});
		}
		return text.toString();
	}

}
