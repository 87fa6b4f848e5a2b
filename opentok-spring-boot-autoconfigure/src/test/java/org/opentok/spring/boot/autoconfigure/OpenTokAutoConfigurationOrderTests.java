package org.opentok.spring.boot.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every Boot auto-configuration the starter's auto-configurations name as a
 * string (because its module is optional, or because Boot renames it) exists: a rename in
 * Boot would otherwise silently drop the ordering.
 */
class OpenTokAutoConfigurationOrderTests {

	private final ClassLoader classLoader = getClass().getClassLoader();

	@Test
	void everyAutoConfigurationNamedForOrderingExists() {
		List<String> candidates = ImportCandidates.load(AutoConfiguration.class, this.classLoader).getCandidates();
		List<String> starters = candidates.stream().filter((name) -> name.startsWith("org.opentok.")).toList();
		assertThat(starters).contains(OpenTokAutoConfiguration.class.getName());
		for (String starter : starters) {
			AutoConfiguration annotation = ClassUtils.resolveClassName(starter, this.classLoader)
				.getAnnotation(AutoConfiguration.class);
			for (String name : List.of(concat(annotation.afterName(), annotation.beforeName()))) {
				assertThat(ClassUtils.isPresent(name, this.classLoader)).as("%s names %s", starter, name).isTrue();
				assertThat(candidates).as("%s names %s, an auto-configuration", starter, name).contains(name);
			}
		}
	}

	@Test
	void clientAutoConfigurationComesAfterBootsHttpClientAndObservationAutoConfigurations() {
		assertThat(OpenTokAutoConfiguration.class.getAnnotation(AutoConfiguration.class).afterName()).containsExactly(
				"org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
				"org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration",
				"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration");
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = new String[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
