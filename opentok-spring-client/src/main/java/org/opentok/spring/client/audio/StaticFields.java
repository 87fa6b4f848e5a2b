package org.opentok.spring.client.audio;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Checks and deep-copies the {@code static_fields} of a JSON audio transport: a JSON
 * object made of strings, numbers, booleans, lists and maps only, at most
 * {@value AudioTransport#MAX_STATIC_FIELD_VALUES} values in all, so that it is sent
 * exactly as given and cannot change after it was checked.
 */
final class StaticFields {

	static final int MAX_DEPTH = 32;

	private static final String NAME = "staticFields";

	/**
	 * How many keys and list elements were copied so far.
	 */
	private int values;

	private StaticFields() {
	}

	static Map<String, Object> copy(Map<?, ?> fields) {
		return new StaticFields().copyMap(fields, NAME, 1);
	}

	private void count(int size) {
		// checked from the size alone, before anything is copied
		if (size > AudioTransport.MAX_STATIC_FIELD_VALUES - this.values) {
			throw new IllegalArgumentException(
					"'" + NAME + "' must hold at most " + AudioTransport.MAX_STATIC_FIELD_VALUES
							+ " values in all (keys and list elements at every level), got more");
		}
		this.values += size;
	}

	private Map<String, Object> copyMap(Map<?, ?> map, String path, int depth) {
		requireDepth(depth);
		count(map.size());
		Map<String, Object> copy = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String key = requireKey(entry.getKey(), path);
			copy.put(key, copyValue(entry.getValue(), path + "." + key, depth));
		}
		return Collections.unmodifiableMap(copy);
	}

	private List<Object> copyList(List<?> list, String path, int depth) {
		requireDepth(depth);
		count(list.size());
		List<Object> copy = new ArrayList<>(list.size());
		for (int i = 0; i < list.size(); i++) {
			copy.add(copyValue(list.get(i), path + "[" + i + "]", depth));
		}
		return Collections.unmodifiableList(copy);
	}

	private Object copyValue(@Nullable Object value, String path, int depth) {
		if (value == null) {
			throw new IllegalArgumentException("'" + path + "' must not be null");
		}
		if (value instanceof String || value instanceof Boolean) {
			return value;
		}
		if ((value instanceof Double number && !Double.isFinite(number))
				|| (value instanceof Float single && !Float.isFinite(single))) {
			throw new IllegalArgumentException("'" + path + "' must be a finite number, got " + value);
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
				|| value instanceof Double || value instanceof Float || value instanceof BigInteger
				|| value instanceof BigDecimal) {
			return value;
		}
		if (value instanceof Map<?, ?> map) {
			return copyMap(map, path, depth + 1);
		}
		if (value instanceof List<?> list) {
			return copyList(list, path, depth + 1);
		}
		throw new IllegalArgumentException(
				"'" + path + "' must be a string, number, boolean, list or map, got " + value.getClass().getTypeName());
	}

	private static String requireKey(@Nullable Object key, String path) {
		if (key != null && !(key instanceof String)) {
			throw new IllegalArgumentException(
					"'" + path + "' keys must be strings, got " + key.getClass().getTypeName());
		}
		String name = (String) key;
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException(
					"'" + path + "' keys must not be blank, got " + ((name != null) ? "'" + name + "'" : "null"));
		}
		return name;
	}

	private static void requireDepth(int depth) {
		if (depth > MAX_DEPTH) {
			throw new IllegalArgumentException("'" + NAME + "' must not nest deeper than " + MAX_DEPTH + " levels");
		}
	}

}
