package org.opentok.spring.docs.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The snippets of tested sources: regions between {@code // tag::name[]} and
 * {@code // end::name[]} in Java files, {@code # tag::name[]} and {@code # end::name[]}
 * in YAML files. A region of a Java file is shown with the file's imports that it uses.
 */
final class Snippets {

	private static final Pattern TAG = Pattern.compile("^\\s*(?://|#)\\s*(tag|end)::([\\w.-]+)\\[]\\s*$");

	private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+?)(\\.\\*)?;$");

	private final Map<String, Snippet> byName;

	private Snippets(Map<String, Snippet> byName) {
		this.byName = byName;
	}

	static Snippets scan(Path... roots) throws IOException {
		Map<String, Snippet> byName = new LinkedHashMap<>();
		for (Path root : roots) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Snippets::isSnippetSource).sorted().toList()) {
					for (Snippet snippet : read(file)) {
						Snippet earlier = byName.put(snippet.name(), snippet);
						if (earlier != null) {
							throw new IllegalStateException("Snippet '" + snippet.name() + "' is tagged in both "
									+ earlier.source() + " and " + file);
						}
					}
				}
			}
		}
		return new Snippets(byName);
	}

	private static boolean isSnippetSource(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".java") || name.endsWith(".yml") || name.endsWith(".yaml");
	}

	Snippet get(String name) {
		return this.byName.get(name);
	}

	Iterable<String> names() {
		return this.byName.keySet();
	}

	private static List<Snippet> read(Path file) {
		List<String> lines = readLines(file);
		List<Snippet> snippets = new ArrayList<>();
		for (int index = 0; index < lines.size(); index++) {
			Matcher tag = TAG.matcher(lines.get(index));
			if (tag.matches() && tag.group(1).equals("tag")) {
				String name = tag.group(2);
				List<String> region = dedent(region(file, lines, index + 1, name));
				List<String> shown = file.toString().endsWith(".java") ? withImports(lines, region) : region;
				snippets.add(new Snippet(name, file, shown));
			}
		}
		return snippets;
	}

	private static List<String> readLines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// the lines up to the matching end tag, without the tag lines of regions nested in it
	private static List<String> region(Path file, List<String> lines, int start, String name) {
		List<String> region = new ArrayList<>();
		for (int index = start; index < lines.size(); index++) {
			Matcher tag = TAG.matcher(lines.get(index));
			if (!tag.matches()) {
				region.add(lines.get(index));
			}
			else if (tag.group(1).equals("end") && tag.group(2).equals(name)) {
				return region;
			}
		}
		throw new IllegalStateException(file + ": snippet '" + name + "' has no end::" + name + "[]");
	}

	private static List<String> dedent(List<String> region) {
		int common = region.stream()
			.filter((line) -> !line.isBlank())
			.mapToInt(Snippets::leadingWhitespace)
			.min()
			.orElse(0);
		return region.stream().map((line) -> line.isBlank() ? "" : line.substring(common)).toList();
	}

	private static int leadingWhitespace(String line) {
		int count = 0;
		while (count < line.length() && Character.isWhitespace(line.charAt(count))) {
			count++;
		}
		return count;
	}

	// the file's imports that the region uses, in the file's groups, then the region
	private static List<String> withImports(List<String> file, List<String> region) {
		String code = String.join("\n", region);
		List<String> shown = new ArrayList<>();
		boolean groupOpen = false;
		for (String line : file) {
			Matcher imported = IMPORT.matcher(line);
			if (imported.matches() && imported.group(3) == null && uses(code, simpleName(imported.group(2)))) {
				shown.add(line);
				groupOpen = true;
			}
			else if (line.isBlank() && groupOpen) {
				shown.add("");
				groupOpen = false;
			}
			else if (line.startsWith("@") || line.contains(" class ") || line.contains(" interface ")
					|| line.startsWith("class ") || line.startsWith("final class ")) {
				break;
			}
		}
		if (groupOpen) {
			shown.add("");
		}
		shown.addAll(region);
		return shown;
	}

	private static String simpleName(String qualified) {
		return qualified.substring(qualified.lastIndexOf('.') + 1);
	}

	private static boolean uses(String code, String name) {
		return Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "\\b").matcher(code).find();
	}

}
