package org.opentok.spring.docs.readme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The README as lines, its fenced code blocks, and a way to replace a block's content.
 */
final class Readme {

	private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\S*)\\s*$");

	private static final Pattern MARKER = Pattern.compile("^\\s*<!-- snippet: (\\S+) -->\\s*$");

	private final Path path;

	private final List<String> lines;

	private Readme(Path path, List<String> lines) {
		this.path = path;
		this.lines = lines;
	}

	static Readme read(Path path) throws IOException {
		return new Readme(path, new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8)));
	}

	Path path() {
		return this.path;
	}

	String text() {
		return String.join("\n", this.lines);
	}

	List<CodeBlock> codeBlocks() {
		List<CodeBlock> blocks = new ArrayList<>();
		int index = 0;
		while (index < this.lines.size()) {
			Matcher open = FENCE.matcher(this.lines.get(index));
			if (!open.matches()) {
				index++;
				continue;
			}
			String indent = open.group(1);
			int close = closingFence(index, indent);
			List<String> content = new ArrayList<>();
			for (String line : this.lines.subList(index + 1, close)) {
				content.add(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
			}
			blocks.add(new CodeBlock(open.group(2), marker(index - 1), index + 1, indent, content));
			index = close + 1;
		}
		return blocks;
	}

	private int closingFence(int open, String indent) {
		for (int index = open + 1; index < this.lines.size(); index++) {
			if (this.lines.get(index).equals(indent + "```")) {
				return index;
			}
		}
		throw new IllegalStateException("README line " + (open + 1) + ": code block is never closed");
	}

	private @Nullable String marker(int index) {
		if (index < 0) {
			return null;
		}
		Matcher marker = MARKER.matcher(this.lines.get(index));
		return marker.matches() ? marker.group(1) : null;
	}

	/**
	 * Replaces the content of a block, keeping its fences and indentation.
	 * @param block the block, as read from this README
	 * @param content the new content lines
	 */
	void replace(CodeBlock block, List<String> content) {
		List<String> indented = content.stream().map((line) -> line.isEmpty() ? line : block.indent() + line).toList();
		int first = block.firstLine();
		this.lines.subList(first, first + block.lines().size()).clear();
		this.lines.addAll(first, indented);
	}

	void write() throws IOException {
		Files.writeString(this.path, text() + "\n", StandardCharsets.UTF_8);
	}

}
