package org.opentok.spring.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonValue;
import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.docs.ObservationDocumentation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import org.opentok.spring.client.archive.OutputMode;
import org.opentok.spring.client.callback.CallbackEvent;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.token.TokenFormat;
import org.opentok.spring.client.webhook.OpenTokEventKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How any Jackson mapper reads every public enum of the client from what a user types:
 * the constant's name ({@code COMPOSED}) or its wire string ({@code composed}), exactly,
 * and nothing else, never the {@code UNKNOWN} fallback meant for values the server sends.
 * The enums are found by scanning the client's classes, so that a new one cannot slip by.
 */
class EnumsFromJsonTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String UNKNOWN = "UNKNOWN";

	@Test
	void findsTheEnumsOfEveryApiArea() {
		assertThat(enums()).hasSizeGreaterThan(20)
			.contains(OutputMode.class, Resolution.class, MediaMode.class, TokenFormat.class, CallbackEvent.class,
					OpenTokEventKind.class, OpenTokOperation.class);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("enums")
	<E extends Enum<E>> void readsEachConstantFromItsName(Class<E> type) {
		for (E constant : userConstants(type)) {
			assertThat(JSON.readValue(quoted(constant.name()), type)).isEqualTo(constant);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("enums")
	<E extends Enum<E>> void readsEachConstantFromItsWireString(Class<E> type) {
		for (E constant : userConstants(type)) {
			String wire = wireValue(constant);
			if (wire != null) {
				assertThat(JSON.readValue(quoted(wire), type)).as(wire).isEqualTo(constant);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("enums")
	<E extends Enum<E>> void readsAConstantInsideAnObjectAndNamesTheFieldOfARefusedOne(Class<E> type) {
		JavaType holder = JSON.getTypeFactory().constructMapType(Map.class, String.class, type);
		E constant = userConstants(type).get(0);
		Map<String, E> read = JSON.readValue("{\"field\":" + quoted(constant.name()) + "}", holder);
		assertThat(read).containsExactly(Map.entry("field", constant));
		assertThatExceptionOfType(ValueInstantiationException.class)
			.isThrownBy(() -> JSON.readValue("{\"field\":\"UNKNOWN\"}", holder))
			.satisfies((ex) -> assertThat(ex.getPath()).last()
				.extracting(JacksonException.Reference::getPropertyName)
				.isEqualTo("field"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("enums")
	<E extends Enum<E>> void refusesTheUnknownFallbackAndAnythingElseNamingTheValueAndTheAllowedOnes(Class<E> type) {
		List<String> refused = new ArrayList<>(List.of(UNKNOWN, "unknown", "", "bogus\n"));
		E first = userConstants(type).get(0);
		refused.add(first.name().toLowerCase(Locale.ROOT) + "x");
		refused.add(" " + first.name());
		for (String value : refused) {
			assertThatExceptionOfType(ValueInstantiationException.class)
				.isThrownBy(() -> JSON.readValue(quoted(value), type))
				.havingCause()
				.isInstanceOf(IllegalArgumentException.class)
				.withMessageStartingWith("'" + value.replace("\n", "\\u000a") + "' is not a")
				.withMessageContaining(type.getSimpleName())
				.satisfies((ex) -> assertThat(ex.getMessage()).contains(allowed(type)));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("enums")
	<E extends Enum<E>> void matchesNamesAndWireStringsInTheirExactCase(Class<E> type) {
		for (E constant : userConstants(type)) {
			for (String typed : Arrays.asList(constant.name(), wireValue(constant))) {
				if (typed == null) {
					continue;
				}
				for (String otherCase : List.of(typed.toLowerCase(Locale.ROOT), typed.toUpperCase(Locale.ROOT))) {
					if (!isAccepted(type, otherCase)) {
						assertThatExceptionOfType(ValueInstantiationException.class)
							.isThrownBy(() -> JSON.readValue(quoted(otherCase), type));
					}
				}
			}
		}
	}

	@Test
	void listsEachNameWithItsWireString() {
		assertThatIllegalArgumentException().isThrownBy(() -> OutputMode.parse("composite"))
			.withMessage("'composite' is not an OutputMode; allowed values: COMPOSED or composed, "
					+ "INDIVIDUAL or individual");
		assertThatIllegalArgumentException().isThrownBy(() -> TokenFormat.parse("jwt"))
			.withMessage("'jwt' is not a TokenFormat; allowed values: JWT, T1");
		assertThatIllegalArgumentException().isThrownBy(() -> Resolution.parse(null))
			.withMessageStartingWith("null is not a Resolution; allowed values: SD_HORIZONTAL or 640x480, ");
	}

	@Test
	void cutsAndEscapesAHostileValueInTheMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> MediaMode.parse("\u001b[31m" + "x".repeat(500)))
			.withMessageStartingWith("'\\u001b[31mxxx")
			.withMessageContaining("... (505 characters) is not a MediaMode")
			.withMessageNotContaining("\u001b");
	}

	static List<Class<?>> enums() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		MetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
		List<Class<?>> enums = new ArrayList<>();
		try {
			for (Resource resource : resolver.getResources("classpath*:org/opentok/spring/client/**/*.class")) {
				Class<?> type = Class.forName(readers.getMetadataReader(resource).getClassMetadata().getClassName(),
						false, EnumsFromJsonTests.class.getClassLoader());
				if (type.isEnum() && isPublic(type) && isClientClass(type) && !isObservationDocumentation(type)) {
					enums.add(type);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
		return enums;
	}

	private static boolean isPublic(Class<?> type) {
		for (Class<?> candidate = type; candidate != null; candidate = candidate.getEnclosingClass()) {
			if (!Modifier.isPublic(candidate.getModifiers())) {
				return false;
			}
		}
		return true;
	}

	private static boolean isClientClass(Class<?> type) {
		return type.getProtectionDomain()
			.getCodeSource()
			.getLocation()
			.equals(OpenTok.class.getProtectionDomain().getCodeSource().getLocation());
	}

	// Micrometer's documentation constants (observation and key names), not values
	private static boolean isObservationDocumentation(Class<?> type) {
		return ObservationDocumentation.class.isAssignableFrom(type) || KeyName.class.isAssignableFrom(type);
	}

	private static <E extends Enum<E>> List<E> userConstants(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).filter((constant) -> !UNKNOWN.equals(constant.name())).toList();
	}

	// the @JsonValue accessor, else the enum's one String accessor (p2pPreference,
	// value, operationName, ...); none for TokenFormat and CallbackEvent
	private static @Nullable String wireValue(Enum<?> constant) {
		List<Method> accessors = Stream.of(constant.getDeclaringClass().getDeclaredMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
					&& method.getParameterCount() == 0 && method.getReturnType() == String.class)
			.toList();
		List<Method> annotated = accessors.stream()
			.filter((method) -> method.isAnnotationPresent(JsonValue.class))
			.toList();
		List<Method> chosen = annotated.isEmpty() ? accessors : annotated;
		if (chosen.size() != 1) {
			return null;
		}
		try {
			return (String) chosen.get(0).invoke(constant);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static <E extends Enum<E>> boolean isAccepted(Class<E> type, String value) {
		return userConstants(type).stream()
			.anyMatch((constant) -> constant.name().equals(value) || value.equals(wireValue(constant)));
	}

	private static <E extends Enum<E>> String allowed(Class<E> type) {
		List<String> allowed = new ArrayList<>();
		for (E constant : userConstants(type)) {
			String wire = wireValue(constant);
			allowed.add(
					(wire == null || wire.equals(constant.name())) ? constant.name() : constant.name() + " or " + wire);
		}
		return "allowed values: " + String.join(", ", allowed);
	}

	private static String quoted(String value) {
		return JSON.writeValueAsString(value);
	}

}
