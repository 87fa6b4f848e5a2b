package org.opentok.spring.docs.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How tagged regions become README blocks, and how the README's blocks are read and
 * replaced.
 */
class SnippetsTests {

	@TempDir
	Path directory;

	@Test
	void javaRegionIsShownDedentedWithTheImportsItUsesInTheirGroups() throws IOException {
		write("Example.java", """
				package example;

				import java.time.Duration;
				import java.util.List;

				import org.example.Unused;
				import org.example.Used;

				import static org.example.Helpers.help;

				class Example {

					void run() {
						// <tag>example[]
						List<Used> values = help(Duration.ZERO);
						// <end>example[]
					}

				}
				""");
		assertThat(Snippets.scan(this.directory).get("example").lines()).containsExactly("import java.time.Duration;",
				"import java.util.List;", "", "import org.example.Used;", "", "import static org.example.Helpers.help;",
				"", "List<Used> values = help(Duration.ZERO);");
	}

	@Test
	void nestedTagLinesAreLeftOut() throws IOException {
		write("settings.yml", """
				# <tag>outer[]
				opentok:
				  # <tag>inner[]
				  api-key: 1
				  # <end>inner[]
				# <end>outer[]
				""");
		Snippets snippets = Snippets.scan(this.directory);
		assertThat(snippets.get("outer").lines()).containsExactly("opentok:", "  api-key: 1");
		assertThat(snippets.get("inner").lines()).containsExactly("api-key: 1");
	}

	@Test
	void aRegionWithoutEndIsAnError() throws IOException {
		write("Broken.java", "// <tag>broken[]\nclass Broken {\n}\n");
		assertThatIllegalStateException().isThrownBy(() -> Snippets.scan(this.directory))
			.withMessageContaining("snippet 'broken' has no end" + "::broken[]");
	}

	@Test
	void aNameTaggedTwiceIsAnError() throws IOException {
		write("one.yml", "# <tag>twice[]\na: 1\n# <end>twice[]\n");
		write("two.yml", "# <tag>twice[]\nb: 2\n# <end>twice[]\n");
		assertThatIllegalStateException().isThrownBy(() -> Snippets.scan(this.directory))
			.withMessageContaining("Snippet 'twice' is tagged in both");
	}

	@Test
	void readmeBlocksKeepTheirMarkerAndIndentationAndAreReplacedInPlace() throws IOException {
		Path file = write("README.md", """
				# Title

				<!-- snippet: first -->
				```java
				old();
				```

				- item

				  <!-- snippet: second -->
				  ```yaml
				  a: 1
				  ```

				```shell
				./mvnw verify
				```
				""");
		Readme readme = Readme.read(file);
		List<CodeBlock> blocks = readme.codeBlocks();
		assertThat(blocks).extracting(CodeBlock::language, CodeBlock::snippet, CodeBlock::text)
			.containsExactly(tuple("java", "first", "old();"), tuple("yaml", "second", "a: 1"),
					tuple("shell", null, "./mvnw verify"));
		readme.replace(blocks.get(1), List.of("a: 2", "b:", "  - 3"));
		readme.replace(blocks.get(0), List.of("fresh();", "", "again();"));
		assertThat(readme.text()).contains("```java\nfresh();\n\nagain();\n```")
			.contains("  ```yaml\n  a: 2\n  b:\n    - 3\n  ```");
	}

	private Path write(String name, String content) throws IOException {
		// the tag markers are spelled out here only,
		// so that this file tags no snippet itself
		return Files.writeString(this.directory.resolve(name),
				content.replace("<tag>", "tag" + "::").replace("<end>", "end" + "::"));
	}

}
