package org.opentok.spring.client.stream;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A stream published in a session.
 *
 * @param id the stream id
 * @param videoType what the video shows, or {@code null} for an audio-only stream
 * @param name the name the publisher gave the stream, or {@code null}
 * @param layoutClassList the stream's layout classes, empty when it has none
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionStream(@JsonProperty("id") String id, @JsonProperty("videoType") @Nullable VideoType videoType,
		@JsonProperty("name") @Nullable String name, @JsonProperty("layoutClassList") List<String> layoutClassList) {

	/**
	 * Creates a stream; a class list missing from the answer reads as empty.
	 * @param id the stream id
	 * @param videoType what the video shows, or {@code null}
	 * @param name the stream's name, or {@code null}
	 * @param layoutClassList the layout classes
	 */
	public SessionStream {
		layoutClassList = (layoutClassList != null) ? List.copyOf(layoutClassList) : List.of();
	}

}
