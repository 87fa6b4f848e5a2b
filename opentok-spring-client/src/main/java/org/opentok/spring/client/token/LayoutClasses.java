package org.opentok.spring.client.token;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * Checks the initial layout classes of a token. They are written as they are into the
 * signed data of a T1 token ({@code initial_layout_class_list=focus full}), as the
 * official Java and .NET SDKs write them, so a class is a CSS-class-like name of ASCII
 * letters, digits, {@code -} and {@code _}: nothing in it can end the field or start
 * another, and form-encoding would leave it unchanged.
 */
final class LayoutClasses {

	private LayoutClasses() {
	}

	static List<String> copyOf(@Nullable List<String> classes) {
		if (classes == null || classes.isEmpty()) {
			return List.of();
		}
		// n classes take at least 2n - 1 characters joined: refuse before copying
		int maxClasses = (TokenOptions.MAX_LAYOUT_CLASS_LIST_LENGTH + 1) / 2;
		if (classes.size() > maxClasses) {
			throw tooLong(classes.size() + " classes, at least " + (2L * classes.size() - 1) + " characters");
		}
		String[] copy = classes.toArray(new String[0]);
		long joinedLength = copy.length - 1;
		for (String layoutClass : copy) {
			requireClassName(layoutClass);
			joinedLength += layoutClass.length();
		}
		if (joinedLength > TokenOptions.MAX_LAYOUT_CLASS_LIST_LENGTH) {
			throw tooLong(joinedLength + " characters");
		}
		return List.of(copy);
	}

	private static void requireClassName(@Nullable String layoutClass) {
		if (layoutClass == null || layoutClass.isEmpty() || !isClassName(layoutClass)) {
			throw new IllegalArgumentException("'initialLayoutClassList' entries must be non-blank class names "
					+ "without whitespace, made of ASCII letters, digits, '-' and '_', got "
					+ ((layoutClass != null) ? "'" + Arguments.printable(layoutClass) + "'" : "null"));
		}
	}

	private static boolean isClassName(String layoutClass) {
		for (int i = 0; i < layoutClass.length(); i++) {
			char c = layoutClass.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
				return false;
			}
		}
		return true;
	}

	private static IllegalArgumentException tooLong(String got) {
		return new IllegalArgumentException("'initialLayoutClassList' must be at most "
				+ TokenOptions.MAX_LAYOUT_CLASS_LIST_LENGTH + " characters joined with spaces, got " + got);
	}

}
