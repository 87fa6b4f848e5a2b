package org.opentok.spring.client.stream;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A stream published in a session.
 *
 * @param id the stream id
 * @param rawVideoType what the video shows, exactly as OpenTok sent it, or {@code null}
 * for an audio-only stream; read it when {@link #videoType()} returns
 * {@link VideoType#UNKNOWN}
 * @param name the name the publisher gave the stream, or {@code null}
 * @param layoutClassList the stream's layout classes, empty when it has none
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionStream(@JsonProperty("id") String id, @JsonProperty("videoType") @Nullable String rawVideoType,
		@JsonProperty("name") @Nullable String name, @JsonProperty("layoutClassList") List<String> layoutClassList) {

	/**
	 * Creates a stream; a class list missing from the answer reads as empty.
	 * @param id the stream id
	 * @param rawVideoType what the video shows, as sent, or {@code null}
	 * @param name the stream's name, or {@code null}
	 * @param layoutClassList the layout classes
	 */
	public SessionStream {
		layoutClassList = (layoutClassList != null) ? List.copyOf(layoutClassList) : List.of();
	}

	/**
	 * Returns what the video shows.
	 * @return the video type, {@code null} for an audio-only stream, or
	 * {@link VideoType#UNKNOWN} for one this version does not know
	 * ({@link #rawVideoType()} has it)
	 */
	public @Nullable VideoType videoType() {
		return (this.rawVideoType != null) ? VideoType.fromWire(this.rawVideoType) : null;
	}

}
