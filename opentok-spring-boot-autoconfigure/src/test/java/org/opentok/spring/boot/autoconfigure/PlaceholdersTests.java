package org.opentok.spring.boot.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Placeholders}.
 */
class PlaceholdersTests {

	@Test
	void findsOnlyThePlaceholdersOfAText() {
		assertThat(Placeholders.in("${A}")).containsExactly("${A}");
		assertThat(Placeholders.in("s3cr3t${A}-${B:x}tail")).containsExactly("${A}", "${B:x}");
		assertThat(Placeholders.in("${A:${B:${C}}}")).containsExactly("${A:${B:${C}}}");
		assertThat(Placeholders.in("no placeholder, {braces} and $ signs")).isEmpty();
	}

	@Test
	void skipsEscapedAndUnclosedPlaceholders() {
		assertThat(Placeholders.in("\\${A}${B}")).containsExactly("${B}");
		assertThat(Placeholders.in("${A")).isEmpty();
		assertThat(Placeholders.in("${A}${B")).containsExactly("${A}");
		assertThat(Placeholders.in("${A:${B}")).isEmpty();
	}

	@Test
	void actionNamesTheVariablesAndTheirAlternatives() {
		assertThat(Placeholders.action("opentok.api-secret", List.of("${S}")))
			.isEqualTo("Set the environment variable S (or the property S), or put the value in opentok.api-secret.");
		assertThat(Placeholders.action("opentok.api-secret", List.of("${A:${B:${C}}}")))
			.isEqualTo("Set the environment variable A or B or C (or a property of that name), or put the value in "
					+ "opentok.api-secret.");
		assertThat(Placeholders.action("opentok.api-secret", List.of("${A}", "${B:${C}}")))
			.isEqualTo("Set the environment variables A and B or C (or properties of those names), or put the value in "
					+ "opentok.api-secret.");
	}

	@Test
	void actionCannotBreakTheLogLine() {
		assertThat(Placeholders.action("opentok.api-key", List.of("${A\nERROR forged}")))
			.isEqualTo("Set the environment variable A\\u000aERROR forged (or the property A\\u000aERROR forged), "
					+ "or put the value in opentok.api-key.");
	}

	@Test
	void actionNamesOnlyTheVariableOfAPlaceholderWithALiteralDefault() {
		assertThat(Placeholders.action("opentok.api-key", List.of("${A:prefix-${B}}")))
			.isEqualTo("Set the environment variable A (or the property A), or put the value in opentok.api-key.");
	}

}
