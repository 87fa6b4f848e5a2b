package org.opentok.spring.client.internal;

import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.RecordComponent;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;

import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.session.Session;
import org.opentok.spring.client.webhook.ArchiveStatusEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the client's native-image hints as an AOT-processed application gets them: the
 * registrars listed in {@code META-INF/spring/aot.factories}, checked with
 * {@link RuntimeHintsPredicates} against every JSON type that reflection (not the
 * registrar's own scan) finds in the client's classes. A new request, response or event
 * type without hints fails here.
 */
class OpenTokRuntimeHintsTests {

	private final RuntimeHints hints = registeredHints();

	@Test
	void everyJsonTypeHasBindingHints() throws Exception {
		List<Class<?>> jsonTypes = jsonTypesFoundByReflection();
		assertThat(jsonTypes).contains(Archive.class, ArchiveStatus.class, ArchiveStatusEvent.class, Session.class);
		assertThat(jsonTypes).allSatisfy((type) -> {
			assertThat(RuntimeHintsPredicates.reflection().onType(type)).as(type.getName()).accepts(this.hints);
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
						.as(type.getName() + "." + component.getName() + "()")
						.accepts(this.hints);
				}
				assertThat(RuntimeHintsPredicates.reflection()
					.onConstructorInvocation(type.getDeclaredConstructor(Arrays.stream(type.getRecordComponents())
						.map(RecordComponent::getType)
						.toArray(Class[]::new))))
					.as(type.getName() + " canonical constructor")
					.accepts(this.hints);
			}
		});
	}

	@Test
	void theVersionResourceAndTheHttpClientProbeAreDeclared() {
		assertThat(RuntimeHintsPredicates.resource().forResource("org/opentok/spring/client/version.properties"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(org.springframework.aot.hint.TypeReference
				.of("org.apache.hc.client5.http.impl.classic.HttpClients")))
			.accepts(this.hints);
		// named by Jackson annotations (@JsonDeserialize(using = ...)) and built by them
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(org.springframework.aot.hint.TypeReference
				.of("org.opentok.spring.client.archive.SecondsDeserializer")))
			.accepts(this.hints);
	}

	@Test
	void anApplicationWithoutReactorGetsItsHints() throws Exception {
		URL[] classPathWithoutReactor = Arrays.stream(testClassPath().split(File.pathSeparator))
			.filter((entry) -> !entry.contains("reactor-core"))
			.map(OpenTokRuntimeHintsTests::toUrl)
			.toArray(URL[]::new);
		try (URLClassLoader application = new URLClassLoader(classPathWithoutReactor,
				ClassLoader.getPlatformClassLoader())) {
			assertThat(ClassUtils.isPresent("reactor.core.publisher.Mono", application)).isFalse();
			Class<?> hintsType = application.loadClass(RuntimeHints.class.getName());
			Object hints = hintsType.getConstructor().newInstance();
			Class<?> registrarType = application.loadClass(OpenTokRuntimeHints.class.getName());
			registrarType.getMethod("registerHints", hintsType, ClassLoader.class)
				.invoke(registrarType.getConstructor().newInstance(), hints, application);
			Object reflection = hintsType.getMethod("reflection").invoke(hints);
			Object archiveHint = reflection.getClass()
				.getMethod("getTypeHint", Class.class)
				.invoke(reflection, application.loadClass(Archive.class.getName()));
			assertThat(archiveHint).as("hint for Archive").isNotNull();
		}
	}

	private static String testClassPath() {
		// surefire runs the tests from a manifest-only
		// jar and names the real class path here
		return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
	}

	private static URL toUrl(String entry) {
		try {
			return new File(entry).toURI().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RuntimeHints registeredHints() {
		RuntimeHints hints = new RuntimeHints();
		List<RuntimeHintsRegistrar> registrars = SpringFactoriesLoader
			.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class);
		assertThat(registrars).hasAtLeastOneElementOfType(OpenTokRuntimeHints.class);
		registrars
			.forEach((registrar) -> registrar.registerHints(hints, OpenTokRuntimeHintsTests.class.getClassLoader()));
		return hints;
	}

	private static List<Class<?>> jsonTypesFoundByReflection() throws Exception {
		ClassLoader classLoader = OpenTokRuntimeHintsTests.class.getClassLoader();
		List<Class<?>> types = new ArrayList<>();
		Resource[] classes = new PathMatchingResourcePatternResolver(classLoader)
			.getResources("classpath*:org/opentok/spring/client/**/*.class");
		for (Resource resource : classes) {
			String path = resource.getURL().toString();
			if (path.contains("/test-classes/")) {
				continue;
			}
			String name = path.substring(path.indexOf("org/opentok/spring/client/"), path.length() - ".class".length())
				.replace('/', '.');
			Class<?> type = ClassUtils.forName(name, classLoader);
			if (type.isRecord() || type.isEnum() || hasJacksonAnnotation(type)) {
				types.add(type);
			}
		}
		return types;
	}

	private static boolean hasJacksonAnnotation(Class<?> type) {
		Stream<AnnotatedElement> elements = Stream
			.of(Stream.<AnnotatedElement>of(type), Arrays.stream(type.getDeclaredFields()),
					Arrays.stream(type.getDeclaredMethods()), Arrays.stream(type.getDeclaredConstructors()))
			.flatMap((element) -> element);
		return elements.anyMatch(OpenTokRuntimeHintsTests::isJacksonAnnotated);
	}

	private static boolean isJacksonAnnotated(AnnotatedElement element) {
		Stream<Annotation> annotations = Arrays.stream(element.getDeclaredAnnotations());
		if (element instanceof Executable executable) {
			annotations = Stream.concat(annotations,
					Arrays.stream(executable.getParameterAnnotations()).flatMap(Arrays::stream));
		}
		return annotations.map((annotation) -> annotation.annotationType().getName())
			.anyMatch((name) -> name.startsWith("com.fasterxml.jackson.annotation.")
					|| name.startsWith("tools.jackson.databind.annotation."));
	}

}
