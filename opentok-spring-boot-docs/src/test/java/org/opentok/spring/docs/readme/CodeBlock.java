package org.opentok.spring.docs.readme;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A fenced code block of the README.
 *
 * @param language the fence's language, such as {@code java}, or empty
 * @param snippet the name in the {@code <!-- snippet: name -->} line right above the
 * fence, or {@code null} when there is none
 * @param firstLine the 0-based index of the block's first content line in the README
 * @param indent the fence's indentation, which every content line shares (a block in a
 * list item)
 * @param lines the content lines, without the indentation
 */
record CodeBlock(String language, @Nullable String snippet, int firstLine, String indent, List<String> lines) {

	/**
	 * Returns where the block is, as a 1-based README line number.
	 * @return the line of the opening fence
	 */
	int fenceLineNumber() {
		return this.firstLine;
	}

	String text() {
		return String.join("\n", this.lines);
	}

}
