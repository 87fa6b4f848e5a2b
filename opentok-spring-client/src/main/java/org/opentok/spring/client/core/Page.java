package org.opentok.spring.client.core;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list answer ({@code {"count": N, "items": [...]}}).
 *
 * @param <T> the item type
 * @param totalCount how many items match in all, not how many this page holds
 * @param items the items of this page
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(int totalCount, List<T> items) {

	/**
	 * Creates a page; a missing item list reads as empty.
	 * @param totalCount how many items match in all
	 * @param items the items of this page, or {@code null}
	 */
	@JsonCreator
	public Page(@JsonProperty("count") int totalCount, @JsonProperty("items") @Nullable List<T> items) {
		this.totalCount = totalCount;
		this.items = (items != null) ? List.copyOf(items) : List.of();
	}

}
