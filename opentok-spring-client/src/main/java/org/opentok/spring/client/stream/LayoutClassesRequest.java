package org.opentok.spring.client.stream;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.opentok.spring.client.internal.Arguments;

/**
 * The body of {@code PUT .../session/{sessionId}/stream}: {@code {"items":[{"id":...,
 * "layoutClassList":[...]}, ...]}}.
 *
 * @param items one entry per stream
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LayoutClassesRequest(@JsonProperty("items") List<Item> items) {

	/**
	 * Validates the stream ids and class names. Keeps the map's iteration order, so that
	 * the body is predictable for a {@link java.util.LinkedHashMap}.
	 * @param classesByStreamId the classes to set per stream id
	 * @return the request body
	 */
	static LayoutClassesRequest of(Map<String, ? extends Collection<String>> classesByStreamId) {
		Arguments.requireNonNull(classesByStreamId, "classesByStreamId");
		if (classesByStreamId.isEmpty()) {
			throw new IllegalArgumentException("'classesByStreamId' must name at least one stream");
		}
		if (classesByStreamId.size() > StreamClient.MAX_STREAMS) {
			throw new IllegalArgumentException("'classesByStreamId' must have at most " + StreamClient.MAX_STREAMS
					+ " streams, got " + classesByStreamId.size());
		}
		List<Item> items = new ArrayList<>(classesByStreamId.size());
		classesByStreamId.forEach((streamId, classes) -> items.add(Item.of(streamId, classes)));
		return new LayoutClassesRequest(List.copyOf(items));
	}

	/**
	 * One stream's entry.
	 *
	 * @param id the stream id
	 * @param layoutClassList the classes; empty clears them
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Item(@JsonProperty("id") String id, @JsonProperty("layoutClassList") List<String> layoutClassList) {

		static Item of(String streamId, Collection<String> classes) {
			Arguments.requireId(streamId, "streamId");
			if (classes == null) {
				throw new IllegalArgumentException(
						"'layoutClassList' of stream '" + streamId + "' must not be null (use an empty list to clear)");
			}
			// n classes take at least 2n - 1 characters joined: refuse before copying
			if (classes.size() > (StreamClient.MAX_LAYOUT_CLASS_LIST_LENGTH + 1) / 2) {
				throw tooLong(streamId, classes.size() + " classes");
			}
			String[] copy = classes.toArray(new String[0]);
			long joinedLength = copy.length - 1;
			for (String layoutClass : copy) {
				if (layoutClass == null || layoutClass.isBlank()) {
					throw new IllegalArgumentException(
							"'layoutClassList' of stream '" + streamId + "' must not hold a blank class name");
				}
				joinedLength += layoutClass.length();
			}
			if (joinedLength > StreamClient.MAX_LAYOUT_CLASS_LIST_LENGTH) {
				throw tooLong(streamId, String.valueOf(joinedLength));
			}
			return new Item(streamId, List.of(copy));
		}

		private static IllegalArgumentException tooLong(String streamId, String got) {
			return new IllegalArgumentException("'layoutClassList' of stream '" + streamId + "' must be at most "
					+ StreamClient.MAX_LAYOUT_CLASS_LIST_LENGTH + " characters joined with spaces, got " + got);
		}

	}

}
