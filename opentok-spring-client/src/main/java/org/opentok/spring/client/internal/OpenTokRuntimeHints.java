package org.opentok.spring.client.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.util.ClassUtils;

/**
 * What the client needs at run time in a native image, registered through
 * {@code META-INF/spring/aot.factories} when an application is AOT-processed: binding
 * reflection (constructors, accessors, Jackson annotations and the (de)serializers they
 * name) for every record, enum and Jackson-annotated class that the client reads or
 * writes as JSON, the version resource of the {@code User-Agent} header, and the Apache
 * HttpClient 5 class that the default request factory looks for by name. The JSON types
 * are found by scanning the client's packages while the application is processed, so a
 * new request or response type is covered without a list to keep; {@code
 * OpenTokRuntimeHintsTests} checks the result independently.
 *
 * @since 0.1.0
 */
public final class OpenTokRuntimeHints implements RuntimeHintsRegistrar {

	/**
	 * The resource that {@link UserAgent} reads the library version from.
	 */
	static final String VERSION_RESOURCE = "org/opentok/spring/client/version.properties";

	private static final String CLASSES = ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX
			+ "org/opentok/spring/client/**/*.class";

	private static final String HTTP_COMPONENTS_CLASS = "org.apache.hc.client5.http.impl.classic.HttpClients";

	private static final List<String> JACKSON_ANNOTATION_PACKAGES = List.of("com.fasterxml.jackson.annotation.",
			"tools.jackson.databind.annotation.");

	private final BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		for (String name : jsonTypeNames(classLoader)) {
			registerBindingHints(hints, name, classLoader);
		}
		hints.resources().registerPattern(VERSION_RESOURCE);
		hints.reflection().registerType(TypeReference.of(HTTP_COMPONENTS_CLASS));
	}

	private void registerBindingHints(RuntimeHints hints, String typeName, @Nullable ClassLoader classLoader) {
		try {
			this.bindings.registerReflectionHints(hints.reflection(),
					ClassUtils.resolveClassName(typeName, classLoader));
		}
		catch (LinkageError ex) {
			// the type refers to an optional dependency the
			// application does not have (such as Reactor, for the
			// reactive client): the application cannot use it either
		}
	}

	/**
	 * Returns the names of the client's types that Jackson reads or writes: its records
	 * and enums, and every class that carries a Jackson annotation (custom deserializers,
	 * polymorphic bases), wherever they are nested.
	 * @param classLoader the class loader to scan with
	 * @return the class names, sorted
	 */
	public static Set<String> jsonTypeNames(@Nullable ClassLoader classLoader) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		MetadataReaderFactory readers = new SimpleMetadataReaderFactory(resolver);
		Set<String> names = new TreeSet<>();
		try {
			for (Resource resource : resolver.getResources(CLASSES)) {
				MetadataReader reader = readers.getMetadataReader(resource);
				if (isJsonType(reader)) {
					names.add(reader.getClassMetadata().getClassName());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot scan " + CLASSES + " for JSON types", ex);
		}
		return names;
	}

	private static boolean isJsonType(MetadataReader reader) {
		String superClass = reader.getClassMetadata().getSuperClassName();
		if (Record.class.getName().equals(superClass) || Enum.class.getName().equals(superClass)) {
			return true;
		}
		return reader.getAnnotationMetadata().getAnnotationTypes().stream().anyMatch(OpenTokRuntimeHints::isJackson)
				|| reader.getAnnotationMetadata()
					.getDeclaredMethods()
					.stream()
					.anyMatch((method) -> method.getAnnotations()
						.stream()
						.map((annotation) -> annotation.getType().getName())
						.anyMatch(OpenTokRuntimeHints::isJackson));
	}

	private static boolean isJackson(String annotationType) {
		return JACKSON_ANNOTATION_PACKAGES.stream().anyMatch(annotationType::startsWith);
	}

}
