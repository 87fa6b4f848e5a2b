package org.opentok.spring.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * A growable buffer of UTF-8 bytes that tokens and JWTs are written into: JSON strings,
 * form encoding, decimals and base64 go straight into bytes, without the intermediate
 * Strings, StringBuilders and arrays that {@code URLEncoder}, {@code String.getBytes} and
 * the array-returning {@code Base64} methods would allocate (base64 uses the JDK's
 * encoder on arrays the buffer reuses). Token signing reuses buffers from a
 * {@link ScratchPool}; on that path this halves the time per token and cuts its
 * allocation to the final String (see the benchmarks module). Not thread-safe.
 *
 * @since 0.1.0
 */
public final class TextBuffer {

	private static final byte[] HEX_LOWER = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] DIGIT_PAIRS = digitPairs();

	/**
	 * The two lower-case hex digits of every byte value.
	 */
	private static final byte[] HEX_PAIRS = hexPairs();

	private static final Base64.Encoder BASE64 = Base64.getEncoder();

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	/**
	 * How many lengths of base64 input the buffer keeps an exact-size array for: token
	 * lengths vary with the digits of their nonce and times.
	 */
	private static final int EXACT_COPY_SLOTS = 4;

	private static final int LONG_DIGITS = 20;

	private static final int INT_DIGITS = 11;

	private byte[] bytes;

	private int length;

	private byte @Nullable [] encoded;

	private byte @Nullable [] @Nullable [] exactCopies;

	private int nextExactCopySlot;

	/**
	 * Creates an empty buffer.
	 * @param capacity the initial capacity in bytes; the buffer grows as needed
	 */
	public TextBuffer(int capacity) {
		this.bytes = new byte[Math.max(capacity, 16)];
	}

	/**
	 * Empties the buffer, keeping its capacity.
	 * @return this buffer
	 */
	public TextBuffer clear() {
		this.length = 0;
		return this;
	}

	/**
	 * Returns the number of bytes written.
	 * @return the length
	 */
	public int length() {
		return this.length;
	}

	/**
	 * Returns the backing array; bytes {@code 0} to {@link #length()} are the content.
	 * @return the backing array, valid until the next append
	 */
	public byte[] array() {
		return this.bytes;
	}

	/**
	 * Appends bytes.
	 * @param source the bytes
	 * @return this buffer
	 */
	public TextBuffer append(byte[] source) {
		return append(source, 0, source.length);
	}

	/**
	 * Appends a range of bytes.
	 * @param source the bytes
	 * @param offset where the range starts
	 * @param count how many bytes to append
	 * @return this buffer
	 */
	public TextBuffer append(byte[] source, int offset, int count) {
		ensureRoom(count);
		System.arraycopy(source, offset, this.bytes, this.length, count);
		this.length += count;
		return this;
	}

	/**
	 * Appends one ASCII character.
	 * @param c the character, below {@code 0x80}
	 * @return this buffer
	 */
	public TextBuffer append(char c) {
		ensureRoom(1);
		this.bytes[this.length++] = (byte) c;
		return this;
	}

	/**
	 * Appends text as UTF-8.
	 * @param text the text
	 * @return this buffer
	 */
	public TextBuffer appendUtf8(String text) {
		ensureRoom(text.length());
		byte[] out = this.bytes;
		int o = this.length;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				// rare: let the JDK encode the rest, surrogate pairs included
				this.length = o;
				return append(text.substring(i).getBytes(StandardCharsets.UTF_8));
			}
			out[o++] = (byte) c;
		}
		this.length = o;
		return this;
	}

	/**
	 * Appends a number in decimal, as {@link Long#toString(long)} writes it.
	 * @param value the number
	 * @return this buffer
	 */
	public TextBuffer appendDecimal(long value) {
		ensureRoom(LONG_DIGITS);
		if (value == Long.MIN_VALUE) {
			return appendUtf8(Long.toString(value));
		}
		byte[] out = this.bytes;
		int o = this.length;
		if (value < 0) {
			out[o++] = '-';
			value = -value;
		}
		int end = o + digitCount(value);
		int i = end;
		// two digits per division, from a table, as the JDK's Long.getChars does
		while (value >= 100) {
			int pair = (int) (value % 100);
			value /= 100;
			out[--i] = DIGIT_PAIRS[2 * pair + 1];
			out[--i] = DIGIT_PAIRS[2 * pair];
		}
		if (value >= 10) {
			out[--i] = DIGIT_PAIRS[2 * (int) value + 1];
			out[--i] = DIGIT_PAIRS[2 * (int) value];
		}
		else {
			out[--i] = (byte) ('0' + value);
		}
		this.length = end;
		return this;
	}

	/**
	 * Appends a number in decimal, as {@link Integer#toString(int)} writes it; in int
	 * arithmetic, cheaper than the long version, for token nonces.
	 * @param value the number
	 * @return this buffer
	 */
	public TextBuffer appendDecimal(int value) {
		if (value == Integer.MIN_VALUE) {
			return appendDecimal((long) value);
		}
		ensureRoom(INT_DIGITS);
		byte[] out = this.bytes;
		int o = this.length;
		if (value < 0) {
			out[o++] = '-';
			value = -value;
		}
		int end = o + digitCount(value);
		int i = end;
		while (value >= 100) {
			int pair = 2 * (value % 100);
			value /= 100;
			out[--i] = DIGIT_PAIRS[pair + 1];
			out[--i] = DIGIT_PAIRS[pair];
		}
		if (value >= 10) {
			out[--i] = DIGIT_PAIRS[2 * value + 1];
			out[--i] = DIGIT_PAIRS[2 * value];
		}
		else {
			out[--i] = (byte) ('0' + value);
		}
		this.length = end;
		return this;
	}

	private static int digitCount(int value) {
		int digits = 1;
		for (int limit = 10; digits < 10 && value >= limit; limit *= 10) {
			digits++;
		}
		return digits;
	}

	private static byte[] hexPairs() {
		byte[] pairs = new byte[512];
		for (int i = 0; i < 256; i++) {
			pairs[2 * i] = HEX_LOWER[i >> 4];
			pairs[2 * i + 1] = HEX_LOWER[i & 0xF];
		}
		return pairs;
	}

	private static byte[] digitPairs() {
		byte[] pairs = new byte[200];
		for (int i = 0; i < 100; i++) {
			pairs[2 * i] = (byte) ('0' + i / 10);
			pairs[2 * i + 1] = (byte) ('0' + i % 10);
		}
		return pairs;
	}

	private static int digitCount(long value) {
		int digits = 1;
		for (long limit = 10; digits < 19 && value >= limit; limit *= 10) {
			digits++;
		}
		return digits;
	}

	/**
	 * Appends the low {@code digits} hex digits of {@code value}, lower-case, most
	 * significant first.
	 * @param value the number
	 * @param digits how many digits, 1 to 16
	 * @return this buffer
	 */
	public TextBuffer appendHex(long value, int digits) {
		ensureRoom(digits);
		byte[] out = this.bytes;
		int o = this.length;
		for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
			out[o++] = HEX_LOWER[(int) (value >>> shift) & 0xF];
		}
		this.length = o;
		return this;
	}

	/**
	 * Appends {@code count} bytes whose content is left undefined, to be overwritten
	 * later, for example by {@link #overwriteHex(int, byte[])}.
	 * @param count how many bytes
	 * @return this buffer
	 */
	public TextBuffer skip(int count) {
		ensureRoom(count);
		this.length += count;
		return this;
	}

	/**
	 * Drops the bytes from {@code newLength} on, keeping those before.
	 * @param newLength the length to keep, at most {@link #length()}
	 * @return this buffer
	 */
	public TextBuffer truncate(int newLength) {
		if (newLength < 0 || newLength > this.length) {
			throw new IndexOutOfBoundsException("Cannot truncate " + this.length + " bytes to " + newLength);
		}
		this.length = newLength;
		return this;
	}

	/**
	 * Appends bytes as lower-case hex, two digits per byte.
	 * @param source the bytes
	 * @param offset where they start
	 * @param count how many
	 * @return this buffer
	 */
	public TextBuffer appendHex(byte[] source, int offset, int count) {
		ensureRoom(2 * count);
		byte[] out = this.bytes;
		int o = this.length;
		for (int i = offset; i < offset + count; i++) {
			out[o++] = HEX_LOWER[(source[i] >> 4) & 0xF];
			out[o++] = HEX_LOWER[source[i] & 0xF];
		}
		this.length = o;
		return this;
	}

	/**
	 * Overwrites bytes already written with the lower-case hex of {@code source}, two
	 * digits per byte, for a value known only after the text around it.
	 * @param position where the hex starts
	 * @param source the bytes
	 * @return this buffer
	 */
	public TextBuffer overwriteHex(int position, byte[] source) {
		if (position < 0 || position + 2 * source.length > this.length) {
			throw new IndexOutOfBoundsException("Hex of " + source.length + " bytes at " + position
					+ " does not fit in " + this.length + " bytes written");
		}
		byte[] out = this.bytes;
		int o = position;
		for (byte b : source) {
			int pair = 2 * (b & 0xFF);
			out[o++] = HEX_PAIRS[pair];
			out[o++] = HEX_PAIRS[pair + 1];
		}
		return this;
	}

	/**
	 * Appends {@code value} as a quoted, escaped JSON string. Besides what JSON requires,
	 * U+2028 and U+2029 are escaped, so the text is also safe inside JavaScript, and an
	 * unpaired surrogate is escaped (backslash, {@code u}, four hex digits) as
	 * JavaScript's {@code JSON.stringify} does, so the string reads back unchanged.
	 * @param value the string
	 * @return this buffer
	 */
	public TextBuffer appendJsonString(String value) {
		append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> append('\\').append('"');
				case '\\' -> append('\\').append('\\');
				case '\n' -> append('\\').append('n');
				case '\r' -> append('\\').append('r');
				case '\t' -> append('\\').append('t');
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						appendUnicodeEscape(c);
					}
					else if (c < 0x80) {
						append(c);
					}
					else if (isUnpairedSurrogate(value, i)) {
						appendUnicodeEscape(c);
					}
					else {
						i = appendUtf8CodePoint(value, i);
					}
				}
			}
		}
		return append('"');
	}

	private void appendUnicodeEscape(char c) {
		append('\\').append('u');
		appendHexDigit(HEX_LOWER, c >> 12).appendHexDigit(HEX_LOWER, c >> 8);
		appendHexDigit(HEX_LOWER, c >> 4).appendHexDigit(HEX_LOWER, c);
	}

	private static boolean isUnpairedSurrogate(String value, int index) {
		char c = value.charAt(index);
		if (Character.isHighSurrogate(c)) {
			return index + 1 == value.length() || !Character.isLowSurrogate(value.charAt(index + 1));
		}
		return Character.isLowSurrogate(c);
	}

	/**
	 * Appends {@code value} form-encoded exactly as
	 * {@code URLEncoder.encode(value, UTF_8)} does: letters, digits and {@code .-*_}
	 * kept, space as {@code +}, every other UTF-8 byte as upper-case {@code %XX}.
	 * @param value the string
	 * @return this buffer
	 */
	public TextBuffer appendFormEncoded(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
					|| c == '*' || c == '_') {
				append(c);
			}
			else if (c == ' ') {
				append('+');
			}
			else if (c < 0x80) {
				appendPercentEncoded(c);
			}
			else {
				int start = this.length;
				i = appendUtf8CodePoint(value, i);
				int end = this.length;
				byte[] utf8 = Arrays.copyOfRange(this.bytes, start, end);
				this.length = start;
				for (byte b : utf8) {
					appendPercentEncoded(b & 0xFF);
				}
			}
		}
		return this;
	}

	private void appendPercentEncoded(int b) {
		append('%').appendHexDigit(HEX_UPPER, b >> 4).appendHexDigit(HEX_UPPER, b);
	}

	private TextBuffer appendHexDigit(byte[] digits, int value) {
		return append((char) digits[value & 0xF]);
	}

	/**
	 * Appends the UTF-8 bytes of the code point at {@code index}; an unpaired surrogate
	 * becomes {@code ?}, as the JDK's encoder writes it.
	 * @return the index of the code point's last char
	 */
	private int appendUtf8CodePoint(String value, int index) {
		char c = value.charAt(index);
		if (c < 0x800) {
			append((char) (0xC0 | (c >> 6))).append((char) (0x80 | (c & 0x3F)));
			return index;
		}
		if (!Character.isSurrogate(c)) {
			append((char) (0xE0 | (c >> 12))).append((char) (0x80 | ((c >> 6) & 0x3F)))
				.append((char) (0x80 | (c & 0x3F)));
			return index;
		}
		if (Character.isHighSurrogate(c) && index + 1 < value.length()
				&& Character.isLowSurrogate(value.charAt(index + 1))) {
			int codePoint = Character.toCodePoint(c, value.charAt(index + 1));
			append((char) (0xF0 | (codePoint >> 18))).append((char) (0x80 | ((codePoint >> 12) & 0x3F)))
				.append((char) (0x80 | ((codePoint >> 6) & 0x3F)))
				.append((char) (0x80 | (codePoint & 0x3F)));
			return index + 1;
		}
		append('?');
		return index;
	}

	/**
	 * Appends bytes as standard base64 with padding (RFC 4648 §4).
	 * @param source the bytes
	 * @param offset where they start
	 * @param count how many
	 * @return this buffer
	 */
	public TextBuffer appendBase64(byte[] source, int offset, int count) {
		return appendBase64(BASE64, source, offset, count);
	}

	/**
	 * Appends bytes as base64url without padding (RFC 4648 §5), as JWTs use it.
	 * @param source the bytes
	 * @param offset where they start
	 * @param count how many
	 * @return this buffer
	 */
	public TextBuffer appendBase64Url(byte[] source, int offset, int count) {
		return appendBase64(BASE64URL, source, offset, count);
	}

	private TextBuffer appendBase64(Base64.Encoder encoder, byte[] source, int offset, int count) {
		// the JDK's encoder, an intrinsic on recent CPUs (12x faster than a loop in Java
		// here), takes whole arrays: the range is copied into a reused array of exactly
		// its length and encoded into a reused scratch array
		byte[] input = exactCopy(source, offset, count);
		int encodedLength = (count + 2) / 3 * 4;
		if (this.encoded == null || this.encoded.length < encodedLength) {
			this.encoded = new byte[Math.max(encodedLength, 64)];
		}
		int written = encoder.encode(input, this.encoded);
		return append(this.encoded, 0, written);
	}

	private byte[] exactCopy(byte[] source, int offset, int count) {
		if (offset == 0 && count == source.length) {
			return source;
		}
		if (this.exactCopies == null) {
			this.exactCopies = new byte[EXACT_COPY_SLOTS][];
		}
		byte[] copy = null;
		for (byte[] candidate : this.exactCopies) {
			if (candidate != null && candidate.length == count) {
				copy = candidate;
				break;
			}
		}
		if (copy == null) {
			copy = new byte[count];
			this.exactCopies[this.nextExactCopySlot] = copy;
			this.nextExactCopySlot = (this.nextExactCopySlot + 1) % EXACT_COPY_SLOTS;
		}
		System.arraycopy(source, offset, copy, 0, count);
		return copy;
	}

	/**
	 * Returns the content as a String; only meaningful when all of it is ASCII, as tokens
	 * are.
	 * @return the content
	 */
	public String toAsciiString() {
		// ISO-8859-1 lets the JDK copy the bytes straight into a compact String
		return new String(this.bytes, 0, this.length, StandardCharsets.ISO_8859_1);
	}

	/**
	 * Returns a copy of the content.
	 * @return the bytes written so far
	 */
	public byte[] toByteArray() {
		return Arrays.copyOf(this.bytes, this.length);
	}

	private void ensureRoom(int count) {
		if (this.length + count > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + count));
		}
	}

	@Override
	public String toString() {
		return "TextBuffer[length=" + this.length + "]";
	}

}
