package org.opentok.spring.docs.readme;

import java.nio.file.Path;
import java.util.List;

/**
 * A tagged region of a tested source file, as the README shows it.
 *
 * @param name the tag's name
 * @param source the file the region is in
 * @param lines what the README shows: for Java, the file's imports that the region uses,
 * then the region; for YAML, the region
 */
record Snippet(String name, Path source, List<String> lines) {

	String text() {
		return String.join("\n", this.lines);
	}

}
