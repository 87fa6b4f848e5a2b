package org.opentok.spring.client.core;

/**
 * Writes JSON string literals for the hand-built JWT payloads on the signing hot path.
 *
 * @since 0.1.0
 */
public final class JsonText {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private JsonText() {
	}

	/**
	 * Appends {@code value} as a quoted, escaped JSON string.
	 * @param json where to append
	 * @param value the string
	 * @return {@code json}
	 */
	public static StringBuilder appendString(StringBuilder json, String value) {
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						json.append("\\u")
							.append(HEX[c >> 12])
							.append(HEX[(c >> 8) & 0xF])
							.append(HEX[(c >> 4) & 0xF])
							.append(HEX[c & 0xF]);
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"');
	}

}
