package org.opentok.spring.client.internal;

import java.util.Collection;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.SessionIds;

/**
 * Argument checks shared by the API clients. Each failure is an
 * {@link IllegalArgumentException} that names the argument and says what is allowed,
 * thrown before any request is sent.
 *
 * @since 0.1.0
 */
public final class Arguments {

	private static final int MAX_ID_LENGTH = 255;

	private static final int MAX_QUOTED_LENGTH = 64;

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]{1," + MAX_ID_LENGTH + "}");

	private static final Pattern SESSION_ID = Pattern.compile("[12]_[A-Za-z0-9_-]{1," + (MAX_ID_LENGTH - 2) + "}");

	private static final int PRINTABLE_LENGTH = 200;

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private Arguments() {
	}

	/**
	 * Requires a non-null value.
	 * @param <T> the value type
	 * @param value the value
	 * @param name the argument's name
	 * @return the value
	 */
	public static <T> T requireNonNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException("'" + name + "' must not be null");
		}
		return value;
	}

	/**
	 * Requires a string with at least one non-whitespace character.
	 * @param value the value
	 * @param name the argument's name
	 * @return the value
	 */
	public static String requireNonBlank(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("'" + name + "' must not be blank");
		}
		return value;
	}

	/**
	 * Requires an OpenTok id other than a session id (archive, broadcast, stream,
	 * connection, render, captions, callback or project id): 1 to 255 letters, digits,
	 * {@code -}, {@code _}, {@code .} or {@code ~}, and not only dots, so that it stays
	 * one path segment that no server or proxy normalises away ({@code .}, {@code ..},
	 * {@code ...}).
	 * @param value the id
	 * @param name the argument's name
	 * @return the id
	 * @throws IllegalArgumentException if the id is {@code null}, blank or not allowed
	 */
	public static String requireId(@Nullable String value, String name) {
		requireNonBlank(value, name);
		if (!ID.matcher(value).matches() || isDotsOnly(value)) {
			throw new IllegalArgumentException("'" + name + "' must be an OpenTok id (1 to " + MAX_ID_LENGTH
					+ " letters, digits, '-', '_', '.' or '~', not only dots), got " + quote(value));
		}
		return value;
	}

	/**
	 * Requires an OpenTok session id: {@code 1_} or {@code 2_}, then URL-safe base64
	 * (letters, digits, {@code -}, {@code _}, no padding) of {@code ~}-separated fields
	 * whose second field, the API key, is not empty; at most 255 characters in all.
	 * Whether the session belongs to this project is left to OpenTok.
	 * @param value the session id
	 * @param name the argument's name
	 * @return the session id
	 * @throws IllegalArgumentException if the id is {@code null}, blank or not a session
	 * id
	 */
	public static String requireSessionId(@Nullable String value, String name) {
		requireNonBlank(value, name);
		if (!SESSION_ID.matcher(value).matches() || !namesAProject(value)) {
			throw new IllegalArgumentException("'" + name + "' must be an OpenTok session id ('1_' or '2_' and "
					+ "URL-safe base64 of '~'-separated fields naming an API key, at most " + MAX_ID_LENGTH
					+ " characters), got " + quote(value));
		}
		return value;
	}

	private static boolean isDotsOnly(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) != '.') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Quotes a value for an error message: control and non-ASCII characters escaped, so
	 * that a hostile value cannot forge log lines, and long values cut short.
	 * @param value the value
	 * @return the value in single quotes
	 */
	public static String quote(String value) {
		if (value.length() <= MAX_QUOTED_LENGTH) {
			return "'" + printable(value) + "'";
		}
		return "'" + printable(value.substring(0, MAX_QUOTED_LENGTH)) + "'... (" + value.length() + " characters)";
	}

	/**
	 * Requires a number within bounds.
	 * @param value the value
	 * @param min the smallest allowed value
	 * @param max the largest allowed value
	 * @param name the argument's name
	 * @return the value
	 */
	public static int requireRange(int value, int min, int max, String name) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(
					"'" + name + "' must be between " + min + " and " + max + ", got " + value);
		}
		return value;
	}

	/**
	 * Requires a string no longer than a limit.
	 * @param value the value, or {@code null}
	 * @param max the largest allowed length in characters
	 * @param name the argument's name
	 * @return the value
	 */
	public static @Nullable String requireMaxLength(@Nullable String value, int max, String name) {
		if (value != null && value.length() > max) {
			throw new IllegalArgumentException(
					"'" + name + "' must be at most " + max + " characters, got " + value.length());
		}
		return value;
	}

	/**
	 * Requires a collection with at most {@code max} elements.
	 * @param <C> the collection type
	 * @param value the collection
	 * @param max the largest allowed size
	 * @param name the argument's name
	 * @return the collection
	 */
	public static <C extends Collection<?>> C requireMaxSize(C value, int max, String name) {
		if (value.size() > max) {
			throw new IllegalArgumentException(
					"'" + name + "' must have at most " + max + " elements, got " + value.size());
		}
		return value;
	}

	/**
	 * Requires text without control characters: none below U+0020 (NUL, TAB, CR, LF, ESC,
	 * ...) and no DEL (U+007F), for every value that ends up in a header or a URI, where
	 * such a character could end the value early or add another one.
	 * @param value the value, or {@code null}
	 * @param name the argument's name
	 * @return the value
	 */
	public static @Nullable String requireNoControlCharacters(@Nullable String value, String name) {
		if (value != null) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c < 0x20 || c == 0x7F) {
					throw new IllegalArgumentException("'" + name + "' must not contain control characters "
							+ "(CR, LF, NUL, TAB, any other below U+0020, or DEL), got '" + printable(value) + "'");
				}
			}
		}
		return value;
	}

	/**
	 * Returns text fit for an exception message or a log line: every character outside
	 * printable ASCII shown as a Java escape (backslash, {@code u}, four hex digits), so
	 * that the text can never break a line or hide a character, and cut after 200
	 * characters.
	 * @param text the text
	 * @return the text, escaped and cut
	 */
	public static String printable(String text) {
		int shown = Math.min(text.length(), PRINTABLE_LENGTH);
		StringBuilder printable = new StringBuilder(shown + 16);
		for (int i = 0; i < shown; i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c > 0x7E) {
				printable.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF]);
				printable.append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
			}
			else {
				printable.append(c);
			}
		}
		if (shown < text.length()) {
			printable.append("... (").append(text.length()).append(" characters)");
		}
		return printable.toString();
	}

	/**
	 * Returns how many bytes text takes in UTF-8, without encoding it; an unpaired
	 * surrogate counts as the one byte ({@code ?}) the JDK's encoder writes for it.
	 * @param text the text
	 * @return its length in UTF-8 bytes
	 */
	public static long utf8Length(String text) {
		long bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				bytes += 1;
			}
			else if (c < 0x800) {
				bytes += 2;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				bytes += 4;
				i++;
			}
			else {
				bytes += Character.isSurrogate(c) ? 1 : 3;
			}
		}
		return bytes;
	}

	private static boolean namesAProject(String sessionId) {
		try {
			SessionIds.projectIdOf(sessionId);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
