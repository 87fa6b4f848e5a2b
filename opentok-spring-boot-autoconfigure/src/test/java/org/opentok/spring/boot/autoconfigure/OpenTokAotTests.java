package org.opentok.spring.boot.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.javapoet.ClassName;

import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.webhook.ArchiveStatusEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration processed ahead of time with Spring's AOT support, as a native
 * image build processes it: bean registration code is generated for the OpenTok
 * configurations, and the generated hints carry the client's (JSON types, resources) and
 * the properties binding. The generated code is compiled and run by the sample's AOT-mode
 * test; {@code spring-core-test}'s {@code TestCompiler} is not published to Maven
 * Central.
 */
class OpenTokAotTests {

	private static final String[] PROPERTIES = { "opentok.api-key=123456",
			"opentok.api-secret=" + OpenTokAutoConfigurationTests.SECRET, "opentok.api-url=http://localhost:9",
			"opentok.proxy.host=127.0.0.1", "opentok.proxy.port=3128" };

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
						HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
						RestClientAutoConfiguration.class, OpenTokAutoConfiguration.class))
		.withPropertyValues(PROPERTIES);

	@Test
	void autoConfigurationIsProcessedAheadOfTimeWithTheClientHints() {
		this.contextRunner.prepare((context) -> {
			InMemoryGeneratedFiles generatedFiles = new InMemoryGeneratedFiles();
			DefaultGenerationContext generationContext = new DefaultGenerationContext(
					new ClassNameGenerator(ClassName.get(OpenTokAotTests.class)), generatedFiles);
			ClassName initializerName = new ApplicationContextAotGenerator().processAheadOfTime(
					(GenericApplicationContext) context.getSourceApplicationContext(), generationContext);
			assertThat(RuntimeHintsPredicates.reflection().onType(Archive.class))
				.accepts(generationContext.getRuntimeHints());
			assertThat(RuntimeHintsPredicates.reflection().onType(ArchiveStatusEvent.class))
				.accepts(generationContext.getRuntimeHints());
			assertThat(RuntimeHintsPredicates.resource().forResource("org/opentok/spring/client/version.properties"))
				.accepts(generationContext.getRuntimeHints());
			assertThat(RuntimeHintsPredicates.reflection().onType(OpenTokProperties.class))
				.accepts(generationContext.getRuntimeHints());
			generationContext.writeGeneratedContent();
			StringBuilder sources = new StringBuilder();
			generatedFiles.getGeneratedFiles(GeneratedFiles.Kind.SOURCE)
				.forEach((path, content) -> sources.append(path).append('\n'));
			assertThat(initializerName.simpleName()).endsWith("__ApplicationContextInitializer");
			assertThat(sources.toString()).contains("OpenTokAutoConfiguration__BeanDefinitions.java",
					"OpenTokApiClientsConfiguration__BeanDefinitions.java");
		});
	}

}
