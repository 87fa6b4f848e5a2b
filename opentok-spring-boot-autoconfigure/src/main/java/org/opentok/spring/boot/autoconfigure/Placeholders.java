package org.opentok.spring.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.opentok.spring.client.internal.Arguments;

/**
 * The {@code ${...}} placeholders in a property value, and what to set so that they
 * resolve. Only placeholder text is ever returned, never the text around it, which may be
 * part of a secret.
 */
final class Placeholders {

	private static final String PREFIX = "${";

	private Placeholders() {
	}

	/**
	 * Returns the outermost placeholders of a text, such as {@code ${A:${B}}}, skipping
	 * escaped ones ({@code \${A}}) and an unclosed {@code ${}.
	 */
	static List<String> in(String text) {
		List<String> placeholders = new ArrayList<>();
		int start = text.indexOf(PREFIX);
		while (start >= 0) {
			int end = closingBrace(text, start + PREFIX.length());
			if (end < 0) {
				break;
			}
			if (start == 0 || text.charAt(start - 1) != '\\') {
				placeholders.add(text.substring(start, end + 1));
			}
			start = text.indexOf(PREFIX, end + 1);
		}
		return placeholders;
	}

	private static int closingBrace(String text, int from) {
		int depth = 1;
		for (int i = from; i < text.length(); i++) {
			if (text.startsWith(PREFIX, i)) {
				depth++;
				i++;
			}
			else if (text.charAt(i) == '}' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Returns what to do about unresolved placeholders of a property: set the variables
	 * they name (a placeholder's default naming another one is an alternative), or the
	 * property itself.
	 */
	static String action(String property, List<String> placeholders) {
		List<String> variables = placeholders.stream()
			.map((placeholder) -> Arguments.printable(alternatives(placeholder)))
			.toList();
		String names = String.join(" and ", variables);
		String set;
		if (variables.size() > 1) {
			set = "the environment variables " + names + " (or properties of those names)";
		}
		else if (names.contains(" or ")) {
			set = "the environment variable " + names + " (or a property of that name)";
		}
		else {
			set = "the environment variable " + names + " (or the property " + names + ")";
		}
		return "Set " + set + ", or put the value in " + property + ".";
	}

	// "${A:${B}}" -> "A or B"
	private static String alternatives(String placeholder) {
		String body = placeholder.substring(PREFIX.length(), placeholder.length() - 1);
		int separator = separator(body);
		if (separator < 0) {
			return body;
		}
		String name = body.substring(0, separator);
		String fallback = body.substring(separator + 1);
		List<String> nested = in(fallback);
		return (nested.size() == 1 && nested.get(0).equals(fallback)) ? name + " or " + alternatives(fallback) : name;
	}

	// the ':' between name and default, outside nested placeholders
	private static int separator(String body) {
		int nested = body.indexOf(PREFIX);
		int separator = body.indexOf(':');
		return (nested >= 0 && nested < separator) ? -1 : separator;
	}

}
