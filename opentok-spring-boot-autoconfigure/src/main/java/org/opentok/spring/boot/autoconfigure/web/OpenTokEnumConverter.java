package org.opentok.spring.boot.autoconfigure.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * Converts a string to one of the OpenTok client's enums through the enum's
 * {@code parse(String)}, its JSON creator: the constant's name or its wire string,
 * matched exactly, never the {@code UNKNOWN} fallback. Any other enum is left to Spring's
 * own converter. An empty string is no value, as with Spring's.
 *
 * @since 0.1.0
 */
final class OpenTokEnumConverter implements ConditionalGenericConverter {

	private static final String CLIENT_PACKAGE = "org.opentok.spring.client.";

	private static final ClassValue<Optional<Method>> PARSERS = new ClassValue<>() {

		@Override
		protected Optional<Method> computeValue(Class<?> type) {
			return Optional.ofNullable(findParser(type));
		}

	};

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(String.class, Enum.class));
	}

	@Override
	public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
		return PARSERS.get(targetType.getType()).isPresent();
	}

	@Override
	public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		if (source == null || ((String) source).isEmpty()) {
			return null;
		}
		Method parser = PARSERS.get(targetType.getType()).orElseThrow();
		try {
			return parser.invoke(null, source);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof RuntimeException refused) {
				throw refused;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable Method findParser(Class<?> type) {
		if (!type.isEnum() || !type.getName().startsWith(CLIENT_PACKAGE)) {
			return null;
		}
		try {
			Method parser = type.getMethod("parse", String.class);
			boolean creator = Modifier.isStatic(parser.getModifiers()) && parser.getReturnType() == type
					&& parser.isAnnotationPresent(JsonCreator.class);
			return creator ? parser : null;
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

}
