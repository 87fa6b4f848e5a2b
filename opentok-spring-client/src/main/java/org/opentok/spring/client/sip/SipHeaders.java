package org.opentok.spring.client.sip;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * Checks the custom headers of a SIP INVITE ({@code sip.headers}): at most
 * {@value SipDialOptions#MAX_HEADERS_BYTES} bytes in all, any valid header name (RFC 9110
 * token; the old rule that names start with {@code X-} was lifted in 2020), and values
 * without control characters (CR, LF, NUL, TAB, ...), so that no header can smuggle in
 * another.
 */
final class SipHeaders {

	private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

	private SipHeaders() {
	}

	static Map<String, String> copy(@Nullable Map<String, String> headers) {
		if (headers == null || headers.isEmpty()) {
			return Map.of();
		}
		// each header takes at least a byte: refuse before copying
		if (headers.size() > SipDialOptions.MAX_HEADERS_BYTES) {
			throw tooLarge(headers.size() + " headers");
		}
		Map<String, String> copy = new LinkedHashMap<>();
		long bytes = 0;
		for (Map.Entry<String, String> header : headers.entrySet()) {
			String name = requireName(header.getKey());
			String value = requireValue(name, header.getValue());
			bytes += Arguments.utf8Length(name) + Arguments.utf8Length(value);
			if (bytes > SipDialOptions.MAX_HEADERS_BYTES) {
				throw tooLarge(String.valueOf(bytes));
			}
			copy.put(name, value);
		}
		return Collections.unmodifiableMap(copy);
	}

	private static IllegalArgumentException tooLarge(String got) {
		return new IllegalArgumentException("'headers' must be at most " + SipDialOptions.MAX_HEADERS_BYTES
				+ " bytes in all (names and values, UTF-8), got " + got);
	}

	private static String requireName(@Nullable String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("'headers' name must not be blank");
		}
		for (int i = 0; i < name.length(); i++) {
			if (!isTokenCharacter(name.charAt(i))) {
				throw new IllegalArgumentException("'headers' name '" + Arguments.printable(name)
						+ "' is not a valid header name: use only letters, digits and " + TOKEN_SYMBOLS);
			}
		}
		return name;
	}

	private static String requireValue(String name, @Nullable String value) {
		if (value == null) {
			throw new IllegalArgumentException("'headers' value of '" + name + "' must not be null");
		}
		Arguments.requireNoControlCharacters(value, "headers[" + name + "]");
		return value;
	}

	private static boolean isTokenCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
				|| TOKEN_SYMBOLS.indexOf(c) >= 0;
	}

}
