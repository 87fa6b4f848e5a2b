package org.opentok.spring.docs.readme;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps every Java and YAML block of the README equal to a tagged region of this module's
 * test sources, which are compiled and run by the build. A block is tied to its region by
 * a {@code <!-- snippet: name -->} line right above the fence. Run with
 * {@code -Dreadme.write=true} to copy the regions into the README instead of failing.
 */
class ReadmeSnippetsTests {

	private static final Set<String> TESTED_LANGUAGES = Set.of("java", "yaml");

	private Readme readme;

	private Snippets snippets;

	@BeforeEach
	void read() throws IOException {
		this.readme = Readme.read(Path.of(System.getProperty("readme.path", "../README.md")));
		this.snippets = Snippets.scan(Path.of("src/test/java"), Path.of("src/test/resources"));
	}

	@Test
	void everyJavaAndYamlBlockIsATestedSnippet() throws IOException {
		List<String> problems = new ArrayList<>();
		List<CodeBlock> stale = new ArrayList<>();
		for (CodeBlock block : this.readme.codeBlocks()) {
			if (!TESTED_LANGUAGES.contains(block.language())) {
				continue;
			}
			String where = "README line " + block.fenceLineNumber() + " (" + block.language() + ")";
			if (block.snippet() == null) {
				problems.add(where + ": no <!-- snippet: name --> line above the block, so nothing tests it");
				continue;
			}
			Snippet snippet = this.snippets.get(block.snippet());
			if (snippet == null) {
				problems.add(where + ": no source tags a snippet '" + block.snippet() + "'");
			}
			else if (!snippet.lines().equals(block.lines())) {
				problems.add(where + ": differs from snippet '" + snippet.name() + "' in " + snippet.source()
						+ "\n--- README\n" + block.text() + "\n--- tested source\n" + snippet.text() + "\n---");
				stale.add(block);
			}
		}
		if (Boolean.getBoolean("readme.write") && problems.size() == stale.size()) {
			rewrite(stale);
			return;
		}
		assertThat(problems)
			.as("README blocks that are not what the build tests (-Dreadme.write=true copies "
					+ "the tested sources into the README)")
			.isEmpty();
	}

	private void rewrite(List<CodeBlock> stale) throws IOException {
		List<CodeBlock> lastFirst = new ArrayList<>(stale);
		Collections.reverse(lastFirst);
		for (CodeBlock block : lastFirst) {
			this.readme.replace(block, this.snippets.get(block.snippet()).lines());
		}
		this.readme.write();
	}

	@Test
	void everySnippetIsShownInTheReadme() {
		Set<String> shown = new HashSet<>();
		for (CodeBlock block : this.readme.codeBlocks()) {
			shown.add(block.snippet());
		}
		List<String> unshown = new ArrayList<>();
		for (String name : this.snippets.names()) {
			if (!shown.contains(name)) {
				unshown.add(name);
			}
		}
		assertThat(unshown).as("snippets that no README block shows").isEmpty();
	}

}
