package org.opentok.spring.client;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the public face of the client jar: no type of
 * {@code org.opentok.spring.client.internal} appears in a public or protected signature
 * (supertypes, fields, constructor and method parameters, return types, exceptions, type
 * bounds) of a public type outside that package.
 */
class PublicApiTests {

	private static final String BASE = "org.opentok.spring.client.";

	private static final String INTERNAL = BASE + "internal.";

	@Test
	void noInternalTypeLeaksIntoThePublicApi() throws Exception {
		List<Class<?>> api = publicApiTypes();
		assertThat(api).as("public types found").hasSizeGreaterThan(100).contains(OpenTok.class);
		List<String> leaks = new ArrayList<>();
		api.forEach((type) -> collectLeaks(type, leaks));
		assertThat(leaks).isEmpty();
	}

	@Test
	void findsALeakWhereverItIs() {
		List<String> leaks = new ArrayList<>();
		collectLeaks(Leaky.class, leaks);
		assertThat(leaks).containsExactlyInAnyOrder(Leaky.class.getName() + " field text: " + INTERNAL + "TextBuffer",
				Leaky.class.getName() + " method signed: " + INTERNAL + "JwsSigner",
				Leaky.class.getName() + " method pages: " + INTERNAL + "PageUri");
	}

	static List<Class<?>> publicApiTypes() throws IOException, URISyntaxException, ClassNotFoundException {
		Path classes = Path.of(OpenTok.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<Class<?>> types = new ArrayList<>();
		try (Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".class")).toList()) {
				String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
				name = name.substring(0, name.length() - ".class".length());
				if (name.startsWith(BASE) && !name.startsWith(INTERNAL) && !name.endsWith("package-info")) {
					Class<?> type = Class.forName(name, false, OpenTok.class.getClassLoader());
					if (isVisible(type)) {
						types.add(type);
					}
				}
			}
		}
		return types;
	}

	private static boolean isVisible(Class<?> type) {
		for (Class<?> current = type; current != null; current = current.getDeclaringClass()) {
			int modifiers = current.getModifiers();
			if (current.isAnonymousClass() || current.isLocalClass()
					|| !(Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))) {
				return false;
			}
		}
		return true;
	}

	static void collectLeaks(Class<?> type, List<String> leaks) {
		String owner = type.getName();
		check(owner + " supertype", type.getGenericSuperclass(), leaks);
		for (Type implemented : type.getGenericInterfaces()) {
			check(owner + " supertype", implemented, leaks);
		}
		for (TypeVariable<?> variable : type.getTypeParameters()) {
			checkAll(owner + " type parameter", variable.getBounds(), leaks);
		}
		for (Field field : type.getDeclaredFields()) {
			if (isVisible(field.getModifiers())) {
				check(owner + " field " + field.getName(), field.getGenericType(), leaks);
			}
		}
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			checkExecutable(owner + " constructor", constructor, leaks);
		}
		for (Method method : type.getDeclaredMethods()) {
			if (!method.isSynthetic()) {
				checkExecutable(owner + " method " + method.getName(), method, leaks);
				if (isVisible(method.getModifiers())) {
					check(owner + " method " + method.getName(), method.getGenericReturnType(), leaks);
				}
			}
		}
	}

	private static void checkExecutable(String where, Executable executable, List<String> leaks) {
		if (isVisible(executable.getModifiers()) && !executable.isSynthetic()) {
			checkAll(where, executable.getGenericParameterTypes(), leaks);
			checkAll(where, executable.getGenericExceptionTypes(), leaks);
			for (TypeVariable<?> variable : executable.getTypeParameters()) {
				checkAll(where, variable.getBounds(), leaks);
			}
		}
	}

	private static boolean isVisible(int modifiers) {
		return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
	}

	private static void checkAll(String where, Type[] types, List<String> leaks) {
		for (Type type : types) {
			check(where, type, leaks);
		}
	}

	private static void check(String where, Type type, List<String> leaks) {
		if (type instanceof Class<?> raw) {
			Class<?> element = raw;
			while (element.isArray()) {
				element = element.getComponentType();
			}
			if (element.getName().startsWith(INTERNAL)) {
				leaks.add(where + ": " + element.getName());
			}
		}
		else if (type instanceof ParameterizedType parameterized) {
			check(where, parameterized.getRawType(), leaks);
			checkAll(where, parameterized.getActualTypeArguments(), leaks);
		}
		else if (type instanceof GenericArrayType array) {
			check(where, array.getGenericComponentType(), leaks);
		}
		else if (type instanceof WildcardType wildcard) {
			checkAll(where, wildcard.getUpperBounds(), leaks);
			checkAll(where, wildcard.getLowerBounds(), leaks);
		}
	}

	/**
	 * A public type that leaks internal types, to show the check sees each place.
	 */
	public static class Leaky {

		/**
		 * Leaks through a field.
		 */
		public org.opentok.spring.client.internal.TextBuffer text;

		private org.opentok.spring.client.internal.Hmac hidden;

		/**
		 * Leaks through a parameter.
		 * @param signer the signer
		 */
		public void signed(org.opentok.spring.client.internal.JwsSigner signer) {
		}

		/**
		 * Leaks through a type argument of the return type.
		 * @return nothing
		 */
		protected List<? extends org.opentok.spring.client.internal.PageUri> pages() {
			return List.of();
		}

		@SuppressWarnings("unused")
		private org.opentok.spring.client.internal.Arguments privateIsFine() {
			return null;
		}

	}

}
